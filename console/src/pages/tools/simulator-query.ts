/**
 * The simulator's form as data: read from the route's query (links from a failed Image Builder build:
 * `#/tools/simulator?policySourceArn=ARN&action=A&resource=R&context=KEY=VALUE`, each but the first
 * repeatable), turned into the `POST /_ibiam/api/simulate` request, and back into a query to share.
 * Pure: no DOM, no framework.
 */
import {
  CONTEXT_KEY_TYPES,
  type ContextEntry,
  type ContextKeyType,
  type SimulateRequest,
} from './simulator-types.js';

export interface ContextRow {
  readonly key: string;
  readonly type: ContextKeyType;
  /** The values as typed: one value, or for a list type, comma- or line-separated values. */
  readonly values: string;
}

export interface SimulatorForm {
  /** Simulate a principal of the account (its policies), or policies pasted here. */
  readonly mode: 'principal' | 'custom';
  readonly policySourceArn: string;
  readonly policies: readonly string[];
  /** Comma- or line-separated action names. */
  readonly actions: string;
  /** One ARN per line; none means `*`. */
  readonly resources: string;
  readonly context: readonly ContextRow[];
  readonly resourcePolicy: string;
  readonly resourceOwner: string;
  readonly callerArn: string;
  readonly boundary: string;
}

export const EMPTY_FORM: SimulatorForm = {
  mode: 'principal',
  policySourceArn: '',
  policies: [''],
  actions: '',
  resources: '',
  context: [],
  resourcePolicy: '',
  resourceOwner: '',
  callerArn: '',
  boundary: '',
};

/** Types of well-known global condition keys, so a key from a link gets the right type. */
const KNOWN_TYPES: Record<string, ContextKeyType> = {
  'aws:currenttime': 'date',
  'aws:epochtime': 'date',
  'aws:tokenissuetime': 'date',
  'aws:multifactorauthpresent': 'boolean',
  'aws:securetransport': 'boolean',
  'aws:viaawsservice': 'boolean',
  'aws:principalisawsservice': 'boolean',
  'aws:multifactorauthage': 'numeric',
  'aws:sourceip': 'ip',
  'aws:tagkeys': 'stringList',
  'aws:principalorgpaths': 'stringList',
};

export function isListType(type: ContextKeyType): boolean {
  return type.endsWith('List');
}

/** Splits on commas and line breaks, trimming, dropping empty items. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n\r]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Splits on line breaks only (ARNs and IAM names may contain commas). */
export function splitLines(text: string): string[] {
  return text
    .split(/[\n\r]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The form a route query pre-fills; `context=KEY=VALUE` repeated for one key makes a list. */
export function formFromQuery(query: URLSearchParams): SimulatorForm {
  const values = new Map<string, string[]>();
  for (const item of query.getAll('context')) {
    const at = item.indexOf('=');
    if (at <= 0) continue;
    const key = item.slice(0, at).trim();
    values.set(key, [...(values.get(key) ?? []), item.slice(at + 1)]);
  }
  const context = [...values].map(([key, list]): ContextRow => {
    const known = KNOWN_TYPES[key.toLowerCase()];
    const type: ContextKeyType =
      list.length > 1
        ? known && isListType(known)
          ? known
          : (`${known ?? 'string'}List` as ContextKeyType)
        : (known ?? 'string');
    return { key, type: CONTEXT_KEY_TYPES.includes(type) ? type : 'stringList', values: list.join(', ') };
  });
  const policySourceArn = query.get('policySourceArn') ?? '';
  const policy = query.getAll('policy');
  return {
    ...EMPTY_FORM,
    mode: policy.length && !policySourceArn ? 'custom' : 'principal',
    policySourceArn,
    policies: policy.length ? policy : EMPTY_FORM.policies,
    actions: query.getAll('action').join('\n'),
    resources: query.getAll('resource').join('\n'),
    context,
  };
}

/** A query that pre-fills the same form (the reverse of formFromQuery, for a shareable link). */
export function queryFromForm(form: SimulatorForm): URLSearchParams {
  const query = new URLSearchParams();
  if (form.mode === 'principal' && form.policySourceArn) query.set('policySourceArn', form.policySourceArn);
  if (form.mode === 'custom')
    for (const policy of form.policies) if (policy.trim()) query.append('policy', policy);
  for (const action of splitList(form.actions)) query.append('action', action);
  for (const resource of splitLines(form.resources)) query.append('resource', resource);
  for (const row of form.context) {
    if (!row.key.trim()) continue;
    for (const value of contextValues(row)) query.append('context', `${row.key.trim()}=${value}`);
  }
  return query;
}

function contextValues(row: ContextRow): string[] {
  return isListType(row.type) ? splitList(row.values) : row.values.trim() ? [row.values.trim()] : [];
}

/** The simulate request for a form, or what is missing. */
export function buildRequest(form: SimulatorForm): { request: SimulateRequest } | { error: string } {
  const actionNames = splitList(form.actions);
  if (actionNames.length === 0) return { error: 'Enter at least one action (service:Action).' };
  const policies = form.policies.map((p) => p.trim()).filter(Boolean);
  if (form.mode === 'principal' && !form.policySourceArn.trim()) return { error: 'Choose a principal.' };
  if (form.mode === 'custom' && policies.length === 0) return { error: 'Enter at least one policy.' };
  const contextEntries: ContextEntry[] = [];
  for (const row of form.context) {
    if (!row.key.trim()) continue;
    const values = contextValues(row);
    if (values.length === 0) return { error: `Enter a value for the context key ${row.key.trim()}.` };
    contextEntries.push({
      contextKeyName: row.key.trim(),
      contextKeyType: row.type,
      contextKeyValues: values,
    });
  }
  const resourceArns = splitLines(form.resources);
  const optional = (value: string) => value.trim() || undefined;
  const request: SimulateRequest = {
    ...(form.mode === 'principal'
      ? { policySourceArn: form.policySourceArn.trim() }
      : { policyInputList: policies }),
    ...(optional(form.boundary) ? { permissionsBoundaryPolicyInputList: [form.boundary.trim()] } : {}),
    ...(optional(form.resourcePolicy) ? { resourcePolicy: form.resourcePolicy.trim() } : {}),
    ...(optional(form.resourceOwner) ? { resourceOwner: form.resourceOwner.trim() } : {}),
    ...(optional(form.callerArn) ? { callerArn: form.callerArn.trim() } : {}),
    actionNames,
    ...(resourceArns.length ? { resourceArns } : {}),
    ...(contextEntries.length ? { contextEntries } : {}),
  };
  return { request };
}

/** True when a query carries enough to run the simulation at once (a link from a failed build). */
export function isRunnable(form: SimulatorForm): boolean {
  return 'request' in buildRequest(form);
}
