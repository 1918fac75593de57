/**
 * Fixes as data: the IAM (and a few other) calls that create what is missing. One list of actions is
 * rendered as AWS CLI commands, as a CloudFormation template, or applied through the SDK to a local ibiam
 * endpoint. Every action runs in the account of the fix.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/
 */
import type { JsonValue } from '../snapshot/types.js';

export type FixAction =
  | { readonly kind: 'create-service-linked-role'; readonly service: string }
  | {
      readonly kind: 'create-role';
      readonly roleName: string;
      readonly path?: string;
      readonly trust: JsonValue;
      readonly description?: string;
    }
  | { readonly kind: 'update-assume-role-policy'; readonly roleName: string; readonly trust: JsonValue }
  | { readonly kind: 'attach-role-policy'; readonly roleName: string; readonly policyArn: string }
  | {
      readonly kind: 'put-role-policy';
      readonly roleName: string;
      readonly policyName: string;
      readonly document: JsonValue;
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
      readonly document: JsonValue;
    }
  | { readonly kind: 'attach-user-policy'; readonly userName: string; readonly policyArn: string }
  | { readonly kind: 'create-group'; readonly groupName: string }
  | {
      readonly kind: 'put-group-policy';
      readonly groupName: string;
      readonly policyName: string;
      readonly document: JsonValue;
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

export interface Fix {
  /** The account every action runs in. */
  readonly account: string;
  readonly actions: readonly FixAction[];
  /** The main policy document the fix writes (shown in the JSON output), if any. */
  readonly policy?: JsonValue;
  /** What cannot be fixed by these actions, in words. */
  readonly note?: string;
}

/** Actions that only IAM can apply (what `--apply` sends to an ibiam endpoint). */
export function isIamAction(action: FixAction): boolean {
  return action.kind !== 'tag-ecr-repository' && action.kind !== 'sns-add-permission';
}

/** A stable key for de-duplicating actions across findings. */
export function actionKey(account: string, action: FixAction): string {
  return `${account} ${JSON.stringify(action)}`;
}
