/**
 * What GET /_ibiam/api/doctor answers: the prerequisites report as `ibiam doctor --format json` prints it,
 * each finding's fix with its actions as data. Copied from the server's types (src/doctor/fixes/actions.ts,
 * src/doctor/report/format-json.ts): console code imports nothing from src/.
 */

/** A JSON document (trust or permissions policy) as the fix writes it. */
export type JsonDocument = unknown;

export type FixAction =
  | { readonly kind: 'create-service-linked-role'; readonly service: string }
  | {
      readonly kind: 'create-role';
      readonly roleName: string;
      readonly path?: string;
      readonly trust: JsonDocument;
      readonly description?: string;
    }
  | { readonly kind: 'update-assume-role-policy'; readonly roleName: string; readonly trust: JsonDocument }
  | { readonly kind: 'attach-role-policy'; readonly roleName: string; readonly policyArn: string }
  | {
      readonly kind: 'put-role-policy';
      readonly roleName: string;
      readonly policyName: string;
      readonly document: JsonDocument;
    }
  | { readonly kind: 'create-instance-profile'; readonly instanceProfileName: string }
  | {
      readonly kind: 'add-role-to-instance-profile';
      readonly instanceProfileName: string;
      readonly roleName: string;
    }
  | {
      readonly kind: 'put-user-policy';
      readonly userName: string;
      readonly policyName: string;
      readonly document: JsonDocument;
    }
  | { readonly kind: 'attach-user-policy'; readonly userName: string; readonly policyArn: string }
  | { readonly kind: 'create-group'; readonly groupName: string }
  | {
      readonly kind: 'put-group-policy';
      readonly groupName: string;
      readonly policyName: string;
      readonly document: JsonDocument;
    }
  | { readonly kind: 'attach-group-policy'; readonly groupName: string; readonly policyArn: string }
  | { readonly kind: 'add-user-to-group'; readonly groupName: string; readonly userName: string }
  | {
      readonly kind: 'tag-ecr-repository';
      readonly region: string;
      readonly repositoryArn: string;
      readonly tags: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'sns-add-permission';
      readonly region: string;
      readonly topicArn: string;
      readonly label: string;
      readonly principalAccount: string;
    };

export type Severity = 'error' | 'warning' | 'info';

export interface DoctorFinding {
  readonly id: string;
  readonly severity: Severity;
  /** The account the finding is about. */
  readonly account: string;
  readonly resource: string;
  readonly message: string;
  /** The seed document and section the check comes from. */
  readonly source: string;
  readonly fix?: {
    /** The fix as AWS CLI commands, one per action. */
    readonly cli?: readonly string[];
    /** The main policy document the fix writes, or null. */
    readonly policy?: JsonDocument | null;
    readonly actions?: readonly FixAction[];
    /** The account the actions run in, when the server says (else the finding's account). */
    readonly account?: string;
  };
}

export interface DoctorReport {
  readonly findings: readonly DoctorFinding[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly passed: number };
}
