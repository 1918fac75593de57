/**
 * clientToken idempotency: a mutating call repeated with the same token and the same parameters answers
 * what the first call answered, without doing anything again; the same token with other parameters is
 * IdempotentParameterMismatchException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateComponent.html (clientToken)
 */
import { createHash } from 'node:crypto';
import type { OperationContext, ResultStruct } from '../../common/operation.js';
import { idempotentParameterMismatch } from './errors.js';

interface TokenRecord {
  readonly operation: string;
  readonly paramsHash: string;
  readonly result: ResultStruct;
  readonly createdAt: string;
}

const COLLECTION = 'imagebuilder:client-tokens' as const;

function hashParams(params: unknown): string {
  return createHash('sha256').update(JSON.stringify(params)).digest('hex');
}

/**
 * Runs `produce` once per (account, operation, clientToken): a repeat with equal `params` gets the stored
 * result; a repeat with different `params` throws IdempotentParameterMismatchException.
 */
export async function idempotent(
  ctx: OperationContext,
  operation: string,
  clientToken: string,
  params: unknown,
  produce: () => Promise<ResultStruct>,
): Promise<ResultStruct> {
  const key = `${operation}/${clientToken}`;
  const paramsHash = hashParams(params);
  const previous = (await ctx.tx.get(COLLECTION, ctx.caller.accountId, key)) as TokenRecord | undefined;
  if (previous) {
    if (previous.paramsHash !== paramsHash) {
      throw idempotentParameterMismatch(
        `The client token ${clientToken} was already used with different parameters.`,
      );
    }
    return previous.result;
  }
  const result = await produce();
  const record: TokenRecord = { operation, paramsHash, result, createdAt: ctx.now.toISOString() };
  await ctx.tx.put(COLLECTION, ctx.caller.accountId, key, record);
  return result;
}
