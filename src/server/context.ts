/**
 * What request handlers share: the store, the enforcement point, the clock, the logger and where this
 * node's decision log is.
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
  /** This node's decision log file (DATA_DIR/decisions.jsonl), read by ibiam's ListDecisions. */
  readonly decisionLogPath?: string;
}

/** What a handler answers, and what the request log records about it. */
export interface HandlerResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Text, or bytes for the console's binary files (images, fonts). */
  readonly body: string | Uint8Array;
  readonly log: { service?: string; action?: string; principal?: string; errorCode?: string };
}
