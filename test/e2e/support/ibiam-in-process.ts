/**
 * Calls an operation of ibiam's own API on a running test server's store the way the REST-JSON handler
 * does after authentication: the caller is the holder of the access key (as SigV4 verification finds
 * it), the input is read from the query parameters, every check of `access` is enforced, and `run` runs
 * in a read transaction (server/run-operation.ts). Service errors are answered with the code REST-JSON
 * clients see (AccessDenied becomes AccessDeniedException). Used until /_ibiam/api/ routes these
 * operations; the signature and transport are covered by the server's own tests.
 */
import { randomUUID } from 'node:crypto';
import { Enforcer } from '../../../src/services/common/enforce/enforcer.js';
import type { DecisionLogEntry } from '../../../src/services/common/enforce/decision-log.js';
import type { InputParams, Operation } from '../../../src/services/common/operation.js';
import { ServiceError } from '../../../src/services/common/service-error.js';
import { AwsManagedPolicies } from '../../../src/services/iam/aws-managed/catalog.js';
import { KeyCache } from '../../../src/server/authenticate.js';
import { requestFacts, runOperation } from '../../../src/server/run-operation.js';
import type { Store } from '../../../src/store/store.js';
import type { Credentials } from '../harness.js';

export type ApiAnswer =
  | { readonly ok: true; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly status: number };

const awsManaged = new AwsManagedPolicies();

export class InProcessApi {
  /** Every decision the enforcement point made for the calls, in order. */
  readonly decisions: DecisionLogEntry[] = [];
  private readonly keys: KeyCache;
  private readonly enforcer: Enforcer;

  constructor(
    private readonly store: Store,
    private readonly region = 'us-east-1',
  ) {
    this.keys = new KeyCache(store);
    this.enforcer = new Enforcer(store, awsManaged, { record: (entry) => this.decisions.push(entry) });
  }

  async call<I>(
    operation: Operation<I>,
    credentials: Credentials,
    params: InputParams = {},
  ): Promise<ApiAnswer> {
    const holder = await this.keys.holder(credentials.accessKeyId);
    if (!holder.caller) throw new Error(`no caller for key ${credentials.accessKeyId}`);
    const facts = requestFacts(randomUUID(), new Date(), this.region, {});
    const deps = {
      store: this.store,
      keys: this.keys,
      enforcer: this.enforcer,
      logger: { info: () => {}, error: () => {} },
      clock: () => new Date(),
    };
    try {
      const input = operation.input(params);
      const result = await runOperation(operation, input, holder.caller, deps, facts);
      return { ok: true, body: JSON.parse(JSON.stringify(result ?? {})) as Record<string, unknown> };
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      const code = error.code === 'AccessDenied' ? 'AccessDeniedException' : error.code;
      return { ok: false, code, message: error.message, status: error.httpStatus };
    }
  }
}
