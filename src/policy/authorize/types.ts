/**
 * The engine's request and answer: what a caller hands to `authorize` and what it gets back.
 * Evaluation logic: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import type { ConditionTrace, ContextValue } from '../condition/types.js';

/** The policy types the engine combines; also the names of the layers that can block a request. */
export type PolicyType = 'identity' | 'resource' | 'trust' | 'boundary' | 'scp' | 'rcp' | 'session';

export type DecisionValue = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** Who makes the request. Only `arn` is required; everything else refines the request context. */
export interface PrincipalInfo {
  /**
   * The caller's ARN: `arn:aws:iam::ACCT:root`, `arn:aws:iam::ACCT:user/path/NAME`,
   * `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`, `arn:aws:sts::ACCT:federated-user/NAME`,
   * or a service principal name such as `ec2.amazonaws.com`, or `*`/`anonymous`.
   */
  readonly arn: string;
  /** For a role session: the role's ARN with its path (`arn:aws:iam::ACCT:role/path/ROLE`). */
  readonly roleArn?: string;
  /** The unique id (AIDA... for users, AROA... for roles) used for aws:userid. */
  readonly uniqueId?: string;
  /** Tags of the user or role, overlaid by session tags. */
  readonly tags?: Readonly<Record<string, string>>;
  readonly orgId?: string;
  readonly orgPaths?: readonly string[];
  /** Set for a federated-user session (GetFederationToken): the IAM user who federated. */
  readonly federatingUserArn?: string;
}

/** One request to authorize. */
export interface AuthorizationRequest {
  readonly principal: PrincipalInfo;
  /** `service:Action`, matched case-insensitively. */
  readonly action: string;
  /** The resource ARN, or `*` for actions without a resource type. */
  readonly resource: string;
  /** The account that owns the resource; defaults to the resource ARN's account, then the principal's. */
  readonly resourceAccount?: string;
  /** Tags of the resource, exposed as aws:ResourceTag/* (and SERVICE:ResourceTag/*). */
  readonly resourceTags?: Readonly<Record<string, string>>;
  /** Explicit context keys (any case); they override every value the engine would derive. */
  readonly context?: Readonly<Record<string, ContextValue>>;
  /** The Region the request is sent to, exposed as aws:RequestedRegion. */
  readonly region?: string;
  /** Wall clock for aws:CurrentTime and aws:EpochTime; defaults to now. */
  readonly now?: Date;
}

/** A statement's identity in an answer. */
export interface StatementRef {
  readonly policyId: string;
  readonly policyType: PolicyType;
  readonly statementIndex: number;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
}

/** Why one statement matched the request or not. */
export interface StatementTrace extends StatementRef {
  readonly actionMatched: boolean;
  readonly resourceMatched: boolean;
  /** Undefined when the statement has no Principal/NotPrincipal element. */
  readonly principalMatched?: boolean;
  readonly conditions: readonly ConditionTrace[];
  readonly matched: boolean;
  /** One sentence: which element stopped the match, or that everything matched. */
  readonly reason: string;
}

export interface Decision {
  readonly decision: DecisionValue;
  /** Statements that decided: the matching Denies, or the Allows that granted access. */
  readonly decidingStatements: readonly StatementRef[];
  /** For a denial, the layer that blocked the request. */
  readonly blockedBy?: PolicyType;
  /** Condition keys (and variable keys) of relevant statements that the request lacked, lower-cased. */
  readonly missingContextKeys: readonly string[];
  /** Problems found while evaluating (never thrown): bad values, unknown operators, ... */
  readonly errors: readonly string[];
  /** Present when the caller asked for a trace. */
  readonly trace?: readonly StatementTrace[];
}
