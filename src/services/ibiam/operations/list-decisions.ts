/**
 * ListDecisions (`GET /_ibiam/api/decisions`): this node's decision log (DATA_DIR/decisions.jsonl), the
 * entries that concern the caller's account (the principal's or the resource's account is the caller's).
 * Filters: `principal` and `action` are case-insensitive substrings, `decision=Deny` means ExplicitDeny or
 * ImplicitDeny. Without `after`: the last `limit` (default 200, at most 1,000) matching entries; with it,
 * the matching entries written after that cursor, oldest first, at most `limit`. The answer's `cursor` (a
 * byte offset, as a string) is where the next poll starts. Authorized as cloudtrail:LookupEvents on `*`:
 * CloudTrail is AWS's record of API calls.
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html
 */
import type { InputValue, ResultStruct } from '../../common/operation.js';
import { defineOperation } from '../../common/operation.js';
import { validationException } from '../../common/service-error.js';
import { resourceNotFound } from '../common/api-errors.js';
import { readLastLines, readLinesAfter } from '../common/log-lines.js';

export const DEFAULT_LIMIT = 200;
export const MAX_LIMIT = 1000;

interface ListDecisionsInput {
  readonly after?: number;
  readonly limit: number;
  readonly principal?: string;
  readonly action?: string;
  readonly decision?: 'Allow' | 'Deny';
}

function single(name: string, value: InputValue | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw validationException(`The parameter ${name} must be given once.`);
  return value;
}

/** The account an ARN names (field 5), or undefined for `*` and service principals. */
const arnAccount = (arn: string): string | undefined =>
  arn.startsWith('arn:') ? arn.split(':')[4] || undefined : undefined;

/** Text that JSON writes as is, so that a substring of a value is a substring of the line. */
// eslint-disable-next-line no-control-regex
const plainJson = (text: string) => !/["\\\u0000-\u001f]/.test(text);

function lineFilter(account: string, input: ListDecisionsInput) {
  const principal = input.principal?.toLowerCase();
  const action = input.action?.toLowerCase();
  const quick = [principal, action].filter((t): t is string => t !== undefined && plainJson(t));
  return (line: string): ResultStruct | undefined => {
    // Cheap tests on the raw line first: a line that cannot match is not parsed.
    if (!line.includes(account)) return undefined;
    if (quick.length > 0) {
      const lower = line.toLowerCase();
      if (!quick.every((t) => lower.includes(t))) return undefined;
    }
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return undefined;
    }
    const [p, a, r, d] = [entry['principal'], entry['action'], entry['resource'], entry['decision']];
    if (typeof p !== 'string' || typeof a !== 'string' || typeof r !== 'string' || typeof d !== 'string') {
      return undefined;
    }
    if (arnAccount(p) !== account && arnAccount(r) !== account) return undefined;
    if (principal !== undefined && !p.toLowerCase().includes(principal)) return undefined;
    if (action !== undefined && !a.toLowerCase().includes(action)) return undefined;
    if (input.decision === 'Allow' && d !== 'Allow') return undefined;
    if (input.decision === 'Deny' && d === 'Allow') return undefined;
    return entry as ResultStruct;
  };
}

export const listDecisions = defineOperation({
  name: 'ListDecisions',
  http: { method: 'GET', uri: '/_ibiam/api/decisions' },
  write: false,
  input(params): ListDecisionsInput {
    const after = single('after', params['after']);
    const limit = single('limit', params['limit']);
    const decision = single('decision', params['decision']);
    const principal = single('principal', params['principal']);
    const action = single('action', params['action']);
    if (after !== undefined && !/^\d{1,15}$/.test(after)) {
      throw validationException(`The cursor ${after} is not one ListDecisions returned.`);
    }
    const limitValue = limit === undefined ? DEFAULT_LIMIT : /^\d{1,4}$/.test(limit) ? Number(limit) : NaN;
    if (!(limitValue >= 1 && limitValue <= MAX_LIMIT)) {
      throw validationException(`The limit must be an integer from 1 to ${MAX_LIMIT}.`);
    }
    const decisionValue = decision?.toLowerCase();
    if (decisionValue !== undefined && decisionValue !== 'allow' && decisionValue !== 'deny') {
      throw validationException(`The decision filter must be Allow or Deny, not ${decision}.`);
    }
    return {
      ...(after !== undefined ? { after: Number(after) } : {}),
      limit: limitValue,
      ...(principal ? { principal } : {}),
      ...(action ? { action } : {}),
      ...(decisionValue ? { decision: decisionValue === 'allow' ? 'Allow' : 'Deny' } : {}),
    };
  },
  access: () => [{ action: 'cloudtrail:LookupEvents', resource: '*' }],
  async run(input, ctx) {
    const path = ctx.decisionLogPath;
    if (path === undefined) throw resourceNotFound('This server keeps no decision log.');
    const accept = lineFilter(ctx.caller.accountId, input);
    const page =
      input.after === undefined
        ? await readLastLines(path, accept, input.limit)
        : await readLinesAfter(path, input.after, accept, input.limit);
    if (!page) {
      throw validationException(
        `The cursor ${input.after} is not a position in this node's decision log: list again without after.`,
      );
    }
    return { entries: page.items, cursor: String(page.cursor) };
  },
});
