/**
 * Runs one operation for an authenticated caller, whatever the protocol: in a read or write transaction,
 * every request the operation makes authorized by the enforcement point before it runs. Any error rolls
 * the transaction back and propagates.
 */
import type { Caller } from '../services/common/caller.js';
import type { RequestFacts } from '../services/common/enforce/enforcer.js';
import type { Operation, OperationContext, ResultStruct } from '../services/common/operation.js';
import type { ServerDeps } from './context.js';

export async function runOperation<I>(
  operation: Operation<I>,
  input: I,
  caller: Caller,
  deps: ServerDeps,
  facts: RequestFacts,
): Promise<ResultStruct | undefined> {
  const run = async (tx: OperationContext['tx']) => {
    const ctx: OperationContext = {
      caller,
      tx,
      now: facts.now,
      requestId: facts.requestId,
      region: facts.region,
      awsManaged: deps.enforcer.awsManaged,
      ...(deps.decisionLogPath !== undefined ? { decisionLogPath: deps.decisionLogPath } : {}),
      check: (check) => deps.enforcer.enforce(caller, check, tx, facts),
      decideAs: (other, check) => deps.enforcer.decide(other, check, tx, facts),
    };
    for (const check of await operation.access(input, ctx)) await ctx.check(check);
    return operation.run(input, ctx);
  };
  return operation.write ? deps.store.write(run) : deps.store.read(run);
}

/** The request facts both protocols derive from an authenticated HTTP request. */
export function requestFacts(
  requestId: string,
  now: Date,
  region: string,
  req: { readonly sourceIp?: string; readonly userAgent?: string },
): RequestFacts {
  return {
    requestId,
    now,
    region,
    // AWS endpoints are HTTPS-only: requests are evaluated as AWS would see them, over TLS.
    secureTransport: true,
    ...(req.sourceIp ? { sourceIp: req.sourceIp } : {}),
    ...(req.userAgent ? { userAgent: req.userAgent } : {}),
  };
}
