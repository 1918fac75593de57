/**
 * The Service Authorization Reference as the engine sees it: per service, its actions (with access level,
 * resource types and condition keys), its resource types (with ARN formats) and its condition keys (with
 * their types), plus the global `aws:` keys.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
import type { Arn } from '../match/arn.js';

/** A resource type an action can act on; `required` is the `*` mark of the reference's Actions table. */
export interface ActionResourceType {
  readonly name: string;
  readonly required: boolean;
  /** Condition keys that apply when the action acts on this resource type. */
  readonly conditionKeys: readonly string[];
}

export interface ActionInfo {
  /** The service prefix, lower-case (`imagebuilder`). */
  readonly service: string;
  /** The action name in its canonical case (`GetImage`). */
  readonly name: string;
  /** `List`, `Read`, `Write`, `Permissions management`, `Tagging` (some actions combine two). */
  readonly accessLevel: string;
  /** Empty when the action supports no resource-level permissions (its policies must use `"Resource": "*"`). */
  readonly resourceTypes: readonly ActionResourceType[];
  /** Condition keys of the action itself, as the reference spells them (`aws:RequestTag/${TagKey}`). */
  readonly conditionKeys: readonly string[];
  readonly dependentActions: readonly string[];
}

export interface ResourceTypeInfo {
  readonly service: string;
  readonly name: string;
  /** The ARN format with `${Var}` placeholders, e.g. `arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/...`. */
  readonly arnFormat: string;
  /** The format's six components; the service component may differ from `service` (ssm lists S3 buckets). */
  readonly arnParts?: Arn;
  readonly conditionKeys: readonly string[];
}

/**
 * A condition key's definition. `type` is the reference's: `String`, `ArrayOfString`, `ARN`, `ArrayOfARN`,
 * `Bool`, `ArrayOfBool`, `Numeric`, `Date`, `IPAddress`; `ArrayOf…` types are multivalued.
 */
export interface ConditionKeyInfo {
  /** The key as the reference defines it; templated keys keep their template (`aws:RequestTag/${TagKey}`). */
  readonly key: string;
  readonly type: string;
}

export interface ArnMatchOptions {
  /**
   * Strict matching (the default) keeps a `${Var}` of an ARN format from swallowing any separator that the
   * service's ARN formats put right after it: `arn:aws:s3:::bucket/key` is an object, not a bucket, and
   * `function:name:1` is a Lambda version, not a function. Loose matching only keeps the `/` separators
   * (so `arn:aws:s3:::bucket/*` is still no bucket) and lets a variable be any other text, even empty.
   */
  readonly loose?: boolean;
}

export interface Catalog {
  /** True when the service prefix is known (case-insensitive). */
  serviceExists(service: string): boolean;
  /** Every known service prefix, lower-case, sorted. */
  serviceNames(): readonly string[];
  /** True when resource control policies (RCPs) can restrict the service's actions. */
  supportsRcp(service: string): boolean;
  /** One action, looked up case-insensitively on both parts. */
  action(service: string, action: string): ActionInfo | undefined;
  /** Every action of a service (empty for an unknown service). */
  actions(service: string): readonly ActionInfo[];
  /** The actions an Action-element pattern covers: `ec2:Describe*`, `iam:*`, `*`, `s3:Get?bject` (case-insensitive). */
  expandActionPattern(pattern: string): readonly ActionInfo[];
  /** One resource type of a service, by name (case-insensitive). */
  resourceType(service: string, name: string): ResourceTypeInfo | undefined;
  /** Every resource type a service defines. */
  resourceTypes(service: string): readonly ResourceTypeInfo[];
  /**
   * Which of the action's resource types an ARN (or an ARN pattern with `*`, `?` and policy variables) can
   * match, reading the ARN formats' `${Var}` placeholders as wildcards.
   */
  resourceTypesForArn(action: ActionInfo, arn: string, options?: ArnMatchOptions): readonly string[];
  /** Which resource types of a service an ARN or ARN pattern can match. */
  matchingResourceTypes(service: string, arn: string, options?: ArnMatchOptions): readonly ResourceTypeInfo[];
  /**
   * A condition key's definition: global `aws:` keys and service keys, case-insensitively; a key such as
   * `aws:RequestTag/Env` or `s3:ExistingObjectTag/team` resolves to its templated definition.
   */
  conditionKey(key: string): ConditionKeyInfo | undefined;
  /**
   * True when keys may start with this prefix: a service prefix, or another prefix whose keys a service
   * defines (`saml`, `token.actions.githubusercontent.com`, ...).
   */
  isConditionKeyPrefix(prefix: string): boolean;
  /** True for keys whose type is `ArrayOf…` (false for unknown keys). */
  isMultiValued(key: string): boolean;
}
