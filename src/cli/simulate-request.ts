/**
 * The simulator's request forms: `--context key=value[,value...]` flags and JSONL request lines
 * (`{"principal","action","resource","context":{},"resourceTags":{},"region","expect"}`).
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

/** One PrincipalInfo object per ARN, so that facts derived from it are computed once. */
export function principalFor(arn: string): PrincipalInfo {
  let info = principalCache.get(arn);
  if (!info) {
    info = { arn };
    principalCache.set(arn, info);
  }
  return info;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DECISIONS = new Set(['Allow', 'ExplicitDeny', 'ImplicitDeny']);

/** Validates one parsed JSONL line; `where` names the line in errors. */
export function toBatchLine(value: unknown, where: string): BatchLine {
  if (!isStringRecord(value)) throw new CliError(`${where}: expected a JSON object`);
  const { principal, action, resource, context, resourceTags, region, expect } = value as Record<
    string,
    unknown
  >;
  let info: PrincipalInfo;
  if (typeof principal === 'string') info = principalFor(principal);
  else if (isStringRecord(principal) && typeof principal['arn'] === 'string')
    info = principal as unknown as PrincipalInfo;
  else throw new CliError(`${where}: "principal" must be an ARN string or an object with "arn"`);
  if (typeof action !== 'string' || action === '') throw new CliError(`${where}: "action" must be a string`);
  if (typeof resource !== 'string' || resource === '')
    throw new CliError(`${where}: "resource" must be a string`);
  if (context !== undefined && !isStringRecord(context))
    throw new CliError(`${where}: "context" must be an object`);
  if (expect !== undefined && !DECISIONS.has(expect as string)) {
    throw new CliError(`${where}: "expect" must be Allow, ExplicitDeny or ImplicitDeny`);
  }
  const request: AuthorizationRequest = {
    principal: info,
    action,
    resource,
    ...(context ? { context: context as Record<string, ContextValue> } : {}),
    ...(isStringRecord(resourceTags) ? { resourceTags } : {}),
    ...(typeof region === 'string' ? { region } : {}),
  };
  return expect === undefined ? { request } : { request, expect: expect as DecisionValue };
}
