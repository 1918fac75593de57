/**
 * The shapes of ibiam's `POST /_ibiam/api/simulate` (an explained IAM simulation, with the same inputs as
 * iam:SimulatePrincipalPolicy / iam:SimulateCustomPolicy). Contract: /work/briefs/console-api.md.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 */

/** https://docs.aws.amazon.com/IAM/latest/APIReference/API_ContextEntry.html */
export const CONTEXT_KEY_TYPES = [
  'string',
  'stringList',
  'numeric',
  'numericList',
  'boolean',
  'booleanList',
  'ip',
  'ipList',
  'binary',
  'binaryList',
  'date',
  'dateList',
] as const;

export type ContextKeyType = (typeof CONTEXT_KEY_TYPES)[number];

export interface ContextEntry {
  readonly contextKeyName: string;
  readonly contextKeyType: ContextKeyType;
  readonly contextKeyValues: readonly string[];
}

export interface SimulateRequest {
  readonly policySourceArn?: string;
  readonly policyInputList?: readonly string[];
  readonly permissionsBoundaryPolicyInputList?: readonly string[];
  readonly callerArn?: string;
  readonly resourcePolicy?: string;
  readonly resourceOwner?: string;
  readonly actionNames: readonly string[];
  readonly resourceArns?: readonly string[];
  readonly contextEntries?: readonly ContextEntry[];
}

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
export type Layer = 'identity' | 'resource' | 'trust' | 'boundary' | 'scp' | 'rcp' | 'session';

export interface StatementRef {
  readonly policyId: string;
  readonly policyType: string;
  readonly statementIndex: number;
  readonly sid?: string;
  readonly effect: string;
}

export interface ConditionTrace {
  readonly operator: string;
  readonly key: string;
  readonly policyValues: readonly (string | null)[];
  readonly requestValue?: unknown;
  readonly matched: boolean;
  readonly reason: string;
  readonly errors?: readonly string[];
}

export interface StatementTrace extends StatementRef {
  readonly actionMatched: boolean;
  readonly resourceMatched: boolean;
  readonly principalMatched?: boolean;
  readonly matched: boolean;
  readonly reason: string;
  readonly conditions: readonly ConditionTrace[];
}

export interface SimulationResult {
  readonly action: string;
  readonly resource: string;
  readonly decision: Decision;
  readonly blockedBy?: Layer;
  readonly decidingStatements: readonly StatementRef[];
  readonly missingContextKeys: readonly string[];
  readonly errors: readonly string[];
  readonly trace: readonly StatementTrace[];
  readonly summary: string;
}

export interface SimulatedPolicy {
  readonly policyId: string;
  readonly policyType: string;
  readonly name: string;
  readonly document: string;
}

export interface SimulateResponse {
  readonly results: readonly SimulationResult[];
  readonly policies: readonly SimulatedPolicy[];
}

/** Words for the layer that blocked a request (the policy types of the evaluation logic). */
export const LAYER_NAMES: Record<Layer, string> = {
  identity: 'identity-based policies',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  boundary: 'permissions boundary',
  scp: 'service control policies',
  rcp: 'resource control policies',
  session: 'session policy',
};
