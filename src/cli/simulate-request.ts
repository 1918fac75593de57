/**
 * The simulator's request forms: `--context key=value[,value...]` flags and JSONL request lines
 * (`{"principal","action","resource","context":{},"resourceTags":{},"region","resourceAccount","now",
 * "expect"}`).
 */
import type { AuthorizationRequest, DecisionValue, PrincipalInfo } from '../policy/authorize/types.js';
import type { ContextValue } from '../policy/condition/types.js';
import { CliError } from './io.js';

/** Parses repeated `key=value[,value...]` flags; several values make a multivalued key. */
export function parseContextFlags(flags: readonly string[]): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0) throw new CliError(`--context ${flag}: expected key=value[,value...]`);
    const values = flag.slice(eq + 1).split(',');
    context[flag.slice(0, eq)] = values.length === 1 ? values[0]! : values;
  }
  return context;
}

export interface BatchLine {
  readonly request: AuthorizationRequest;
  readonly expect?: DecisionValue;
}

const principalCache = new Map<string, PrincipalInfo>();
let lastPrincipal: PrincipalInfo | undefined;

/** One PrincipalInfo object per ARN, so that facts derived from it are computed once. */
export function principalFor(arn: string): PrincipalInfo {
  // Batches mostly repeat the previous line's principal: a comparison is cheaper than a lookup.
  if (lastPrincipal !== undefined && lastPrincipal.arn === arn) return lastPrincipal;
  let info = principalCache.get(arn);
  if (!info) {
    info = { arn };
    principalCache.set(arn, info);
  }
  lastPrincipal = info;
  return info;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DECISIONS = new Set(['Allow', 'ExplicitDeny', 'ImplicitDeny']);

/** The request being built from a line; optional members are assigned only when present. */
type MutableRequest = {
  -readonly [K in keyof AuthorizationRequest]: AuthorizationRequest[K];
};

/**
 * Validates one parsed JSONL line; `where` names the line in errors (a function, so that the name is
 * only built when there is an error).
 */
export function toBatchLine(value: unknown, where: string | (() => string)): BatchLine {
  const at = (): string => (typeof where === 'string' ? where : where());
  if (!isStringRecord(value)) throw new CliError(`${at()}: expected a JSON object`);
  const line = value as Record<string, unknown>;
  const principal = line['principal'];
  const action = line['action'];
  const resource = line['resource'];
  const context = line['context'];
  const expect = line['expect'];
  let info: PrincipalInfo;
  if (typeof principal === 'string' && principal !== '') info = principalFor(principal);
  else if (isStringRecord(principal) && typeof principal['arn'] === 'string')
    info = principal as unknown as PrincipalInfo;
  else throw new CliError(`${at()}: "principal" must be an ARN string or an object with "arn"`);
  if (typeof action !== 'string' || action === '') throw new CliError(`${at()}: "action" must be a string`);
  if (typeof resource !== 'string' || resource === '')
    throw new CliError(`${at()}: "resource" must be a string`);
  if (context !== undefined && !isStringRecord(context))
    throw new CliError(`${at()}: "context" must be an object`);
  if (expect !== undefined && !DECISIONS.has(expect as string)) {
    throw new CliError(`${at()}: "expect" must be Allow, ExplicitDeny or ImplicitDeny`);
  }
  const request: MutableRequest = { principal: info, action, resource };
  if (context !== undefined) request.context = context as Record<string, ContextValue>;
  const resourceTags = line['resourceTags'];
  if (resourceTags !== undefined) {
    if (!isStringRecord(resourceTags)) throw new CliError(`${at()}: "resourceTags" must be an object`);
    request.resourceTags = resourceTags;
  }
  const region = line['region'];
  if (typeof region === 'string') request.region = region;
  const resourceAccount = line['resourceAccount'];
  if (typeof resourceAccount === 'string') request.resourceAccount = resourceAccount;
  const now = line['now'];
  if (now !== undefined) {
    const time = typeof now === 'string' ? new Date(now) : undefined;
    if (time === undefined || Number.isNaN(time.getTime()))
      throw new CliError(`${at()}: "now" must be an ISO-8601 date and time`);
    request.now = time;
  }
  return expect === undefined ? { request } : { request, expect: expect as DecisionValue };
}
