/**
 * The golden decision corpus's typed format. Every case is written by hand from AWS documentation and
 * names the page its expectation comes from (`source`); never generated from ibiam's own output.
 */
import type { DecisionValue, PolicyType, PrincipalInfo } from '../../src/policy/authorize/types.js';

/** A policy in a case: an id (defaults to the type and position) and the JSON document as an object. */
export interface CasePolicy {
  readonly id?: string;
  readonly document: unknown;
}

export interface CasePolicies {
  /** The principal's identity policies: user, its groups', or role policies; inline and managed alike. */
  readonly identity?: readonly CasePolicy[];
  /** The resource-based policy of the resource being accessed. */
  readonly resource?: CasePolicy;
  /** The role trust policy, for sts:AssumeRole* requests. */
  readonly trust?: CasePolicy;
  readonly boundary?: CasePolicy;
  /** Session policies passed when the session was created (inline and managed ones together). */
  readonly session?: readonly CasePolicy[];
  /** SCPs per level of the OU path, root level first; each level's policies OR together. */
  readonly scps?: readonly (readonly CasePolicy[])[];
  /** RCPs per level, like SCPs. */
  readonly rcps?: readonly (readonly CasePolicy[])[];
}

export interface CaseRequest {
  readonly principal: PrincipalInfo;
  readonly action: string;
  readonly resource: string;
  readonly resourceAccount?: string;
  readonly resourceTags?: Readonly<Record<string, string>>;
  readonly context?: Readonly<Record<string, string | readonly string[]>>;
  /** ISO-8601 time of the request (for aws:CurrentTime / aws:EpochTime). */
  readonly now?: string;
}

export interface CaseExpectation {
  readonly decision: DecisionValue;
  /** For denials where the documentation says which policy type is responsible. */
  readonly blockedBy?: PolicyType;
  /** Sids of the statements that must be among the deciding ones. */
  readonly decidingSids?: readonly string[];
  /** Lower-cased context keys the engine must report as referenced but missing. */
  readonly missingContextKeys?: readonly string[];
}

export interface DecisionCase {
  readonly name: string;
  /** The AWS documentation URL the expectation comes from. */
  readonly source: string;
  /** Optional: what the documentation says, quoted or paraphrased. */
  readonly note?: string;
  readonly policies: CasePolicies;
  readonly request: CaseRequest;
  readonly expect: CaseExpectation;
}

/** A validation case: a document, the type it is validated as, and issue codes that must (not) appear. */
export interface ValidationCase {
  readonly name: string;
  readonly source: string;
  readonly policyType: 'identity' | 'resource' | 'trust' | 'boundary' | 'scp' | 'rcp' | 'session';
  /** The document as text (so that JSON syntax errors can be tested too). */
  readonly text: string;
  /** Issue codes that must be reported (with their finding types). */
  readonly expectFindings: readonly { readonly issueCode: string; readonly findingType: string }[];
  /** Issue codes that must not be reported. */
  readonly forbidFindings?: readonly string[];
}
