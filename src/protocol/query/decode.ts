/**
 * Decodes an AWS Query request (IAM, STS): `Action=CreateRole&Version=2010-05-08&RoleName=r&Tags.member.1.Key=k`
 * -> `{ action: 'CreateRole', version: '2010-05-08', params: { RoleName: 'r', Tags: [{ Key: 'k' }] } }`.
 * Accepts the form body (string) or already-decoded pairs (e.g. a GET query's URLSearchParams). SigV4
 * presigned parameters (X-Amz-*) are not operation input and are dropped. An empty list is sent by the
 * JS SDK as `Tags=` and arrives as the string '' (see readList).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonParameters.html
 */
import type { ProtocolError } from '../errors.js';
import { invalidAction, invalidQueryParameter, missingAction } from './errors.js';
import { parseForm } from './form.js';
import { unflatten, type QueryStruct } from './unflatten.js';

export interface QueryRequest {
  readonly action: string;
  readonly version: string | undefined;
  readonly params: QueryStruct;
}

export type QueryDecodeResult = { ok: true; request: QueryRequest } | { ok: false; error: ProtocolError };

const AUTH_PARAM = /^X-Amz-/i;

export function decodeQueryRequest(input: string | Iterable<readonly [string, string]>): QueryDecodeResult {
  let pairs: Iterable<readonly [string, string]>;
  if (typeof input === 'string') {
    const form = parseForm(input);
    if (!form.ok) return form;
    pairs = form.pairs;
  } else {
    pairs = input;
  }

  let action: string | undefined;
  let version: string | undefined;
  const rest: (readonly [string, string])[] = [];
  for (const [name, value] of pairs) {
    if (name === 'Action' || name === 'Version') {
      const previous = name === 'Action' ? action : version;
      if (previous !== undefined && previous !== value) {
        return { ok: false, error: invalidQueryParameter(`'${name}' is given more than once`) };
      }
      if (name === 'Action') action = value;
      else version = value;
    } else if (!AUTH_PARAM.test(name)) {
      rest.push([name, value]);
    }
  }
  if (action === undefined || action === '') return { ok: false, error: missingAction() };

  const params = unflatten(rest);
  if (!params.ok) return params;
  return { ok: true, request: { action, version, params: params.params } };
}

/** A service's Query surface: its API version and operation names. */
export interface QueryService {
  readonly version: string;
  /** The action names served (any collection with `has`: a set, or a map keyed by name). */
  readonly actions: { has(action: string): boolean };
}

/**
 * Checks a decoded request against the service: an unknown Action, or a Version other than the
 * service's, is InvalidAction "Could not find operation X for version Y".
 */
export function checkQueryOperation(request: QueryRequest, service: QueryService): ProtocolError | undefined {
  if (request.version !== service.version || !service.actions.has(request.action)) {
    return invalidAction(request.action, request.version);
  }
  return undefined;
}
