/**
 * The contract every operation of every service follows: validate the input, say which IAM requests it
 * makes (action, resource, condition keys), then run against the store inside the request's transaction.
 * Operations know nothing of HTTP, XML or SQL. Keeping `access` next to `run` in each operation's file
 * (rather than one actions.ts per service) keeps each operation's whole behaviour in one small file.
 */
import type { ContextValue } from '../../policy/condition/types.js';
import type { StoreTx } from '../../store/store.js';
import type { AwsManagedPolicies } from '../iam/aws-managed/catalog.js';
import type { Decision } from '../../policy/authorize/types.js';
import type { Caller } from './caller.js';

/**
 * Decoded request parameters, as the protocol decoders produce them: strings, lists and structures from
 * the Query protocol; JSON values (numbers, booleans, null too) from REST-JSON bodies, query strings and
 * URI labels.
 */
export type InputValue = string | number | boolean | null | readonly InputValue[] | InputParams;
export interface InputParams {
  readonly [member: string]: InputValue | undefined;
}

/** A map in an output (e.g. GetAccountSummary's SummaryMap), as opposed to a structure. */
export class ResultMap {
  constructor(readonly entries: readonly (readonly [string, ResultValue])[]) {}
}

export type ResultValue =
  string | number | boolean | Date | null | undefined | readonly ResultValue[] | ResultMap | ResultStruct;

/** An output structure: member order is element order on the wire. */
export interface ResultStruct {
  readonly [member: string]: ResultValue;
}

/** One IAM request an operation makes on the caller's behalf, authorized by the policy engine. */
export interface AccessCheck {
  readonly action: string;
  readonly resource: string;
  /** Request condition keys (aws:RequestTag/*, aws:TagKeys, iam:PassedToService, ...). */
  readonly context?: Readonly<Record<string, ContextValue>>;
  /** Tags of the resource (aws:ResourceTag/*). */
  readonly resourceTags?: Readonly<Record<string, string>>;
  readonly resourceAccount?: string;
  /** The role trust policy (for sts:AssumeRole*) or resource-based policy that bears on the request. */
  readonly resourcePolicy?: {
    readonly kind: 'trust' | 'resource';
    readonly id: string;
    readonly document: string;
  };
}

export interface OperationContext {
  readonly caller: Caller;
  readonly tx: StoreTx;
  readonly now: Date;
  readonly requestId: string;
  /** The Region of the request's credential scope. */
  readonly region: string;
  /** The AWS managed policies (global, read-only). */
  readonly awsManaged: AwsManagedPolicies;
  /** This node's decision log file (JSON lines), when the server keeps one. */
  readonly decisionLogPath?: string;
  /** Authorizes a further request as the caller (e.g. iam:PassRole); throws AccessDenied when denied. */
  check(request: AccessCheck): Promise<void>;
  /**
   * The engine's decision on a request made by another principal (a role session a service uses, a service
   * principal), logged like every decision; it throws nothing.
   */
  decideAs(caller: Caller, request: AccessCheck): Promise<Decision>;
}

export interface Operation<I = unknown> {
  /** The operation name on the wire, e.g. `CreateRole`. */
  readonly name: string;
  /** REST-JSON services only: the HTTP method and URI template, e.g. `{ method: 'GET', uri: '/tags/{resourceArn}' }`. */
  readonly http?: { readonly method: string; readonly uri: string };
  /** Whether the operation writes (it then runs in a write transaction). */
  readonly write: boolean;
  /** Validates and converts the parameters; throws a ServiceError (ValidationError, InvalidInput...). */
  input(params: InputParams): I;
  /** The IAM requests to authorize before running, in order; may read the store (for resource tags). */
  access(input: I, ctx: OperationContext): Promise<readonly AccessCheck[]> | readonly AccessCheck[];
  /** Runs the operation; returns the Result members, or undefined for operations without output. */
  run(input: I, ctx: OperationContext): Promise<ResultStruct | undefined>;
}

/** Helps TypeScript infer I from `input` when declaring an operation. */
export function defineOperation<I>(operation: Operation<I>): Operation<I> {
  return operation;
}
