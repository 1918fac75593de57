/**
 * What request handlers share: the store, the enforcement point, the clock and the logger.
 */
import type { Enforcer } from '../services/common/enforce/enforcer.js';
import type { Store } from '../store/store.js';
import type { KeyCache } from './authenticate.js';

export interface Logger {
  info(event: Record<string, unknown>): void;
  error(event: Record<string, unknown>): void;
}

export interface ServerDeps {
  readonly store: Store;
  /** Access key lookups, cached until the store changes. */
  readonly keys: KeyCache;
  readonly enforcer: Enforcer;
  readonly logger: Logger;
  readonly clock: () => Date;
}

/** What a handler answers, and what the request log records about it. */
export interface HandlerResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly log: { service?: string; action?: string; principal?: string; errorCode?: string };
}
