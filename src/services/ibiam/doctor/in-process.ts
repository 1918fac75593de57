/**
 * Calling another operation of the endpoint in-process, as the caller of the current request: its input
 * is read, every request its `access` names is authorized through the enforcement point (ctx.check: so
 * it is in the decision log, and a denial throws AccessDenied exactly as the call would over HTTP), then
 * it runs in the current transaction. The output is returned as the JSON a client would receive (dates
 * as ISO 8601 text, maps as objects), which is what the doctor's snapshot readers read.
 */
import {
  ResultMap,
  type InputParams,
  type Operation,
  type OperationContext,
} from '../../common/operation.js';

function jsonValue(this: unknown, _key: string, value: unknown): unknown {
  return value instanceof ResultMap ? Object.fromEntries(value.entries) : value;
}

export async function callAs<I>(
  ctx: OperationContext,
  operation: Operation<I>,
  params: InputParams = {},
): Promise<Record<string, unknown>> {
  const input = operation.input(params);
  for (const check of await operation.access(input, ctx)) await ctx.check(check);
  const output = await operation.run(input, ctx);
  return JSON.parse(JSON.stringify(output ?? {}, jsonValue)) as Record<string, unknown>;
}

/** Every item of a paginated call: `items` names the list, `next` the token member and parameter. */
export async function allPages<I>(
  ctx: OperationContext,
  operation: Operation<I>,
  items: string,
  token: { readonly output: string; readonly input: string; readonly done?: string },
): Promise<unknown[]> {
  const out: unknown[] = [];
  let next: string | undefined;
  do {
    const page = await callAs(ctx, operation, next === undefined ? {} : { [token.input]: next });
    const list = page[items];
    if (Array.isArray(list)) out.push(...(list as unknown[]));
    const more = token.done === undefined || page[token.done] === true;
    next = more && typeof page[token.output] === 'string' ? (page[token.output] as string) : undefined;
  } while (next !== undefined);
  return out;
}
