/**
 * The doctor's model of the accounts it checks, whatever they came from (a GetAccountAuthorizationDetails
 * snapshot, a running ibiam endpoint): IAM entities with their policy documents decoded to JSON values,
 * and the Image Builder resources that name them. Only what the checks need is kept.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 */

/** A policy document as a parsed JSON value (the doctor never keeps URL-encoded text). */
export type JsonValue = unknown;

export interface NamedDocument {
  readonly name: string;
  readonly document: JsonValue;
}

export interface IamEntity {
  readonly name: string;
  readonly id?: string;
  readonly path: string;
  readonly arn: string;
  readonly createDate?: string;
}

export interface PolicyHolder extends IamEntity {
  readonly inline: readonly NamedDocument[];
  /** ARNs of the attached managed policies. */
  readonly attached: readonly string[];
}

export interface IamUser extends PolicyHolder {
  readonly groups: readonly string[];
  readonly boundaryArn?: string;
  readonly tags: Readonly<Record<string, string>>;
}

export type IamGroup = PolicyHolder;

export interface IamRole extends PolicyHolder {
  readonly trust: JsonValue;
  readonly boundaryArn?: string;
  readonly description?: string;
  readonly maxSessionDuration?: number;
  readonly tags: Readonly<Record<string, string>>;
}

export interface IamInstanceProfile extends IamEntity {
  readonly roles: readonly string[];
  readonly tags: Readonly<Record<string, string>>;
}

export interface ManagedPolicy extends IamEntity {
  readonly defaultVersionId?: string;
  /** The default version's document, when the snapshot holds it. */
  readonly document?: JsonValue;
  readonly versions: readonly { readonly versionId: string; readonly document: JsonValue }[];
  readonly description?: string;
}

export interface AccountSnapshot {
  readonly accountId: string;
  /** Where it came from, for messages: a file name or the endpoint URL. */
  readonly source: string;
  readonly users: readonly IamUser[];
  readonly groups: readonly IamGroup[];
  readonly roles: readonly IamRole[];
  readonly instanceProfiles: readonly IamInstanceProfile[];
  readonly policies: readonly ManagedPolicy[];
}

export interface InfrastructureConfiguration {
  readonly arn: string;
  readonly name: string;
  readonly instanceProfileName?: string;
  readonly s3Logs?: { readonly bucket: string; readonly prefix?: string };
  readonly snsTopicArn?: string;
}

export interface Distribution {
  readonly region: string;
  readonly targetAccountIds: readonly string[];
  readonly containerRepository?: string;
}

export interface DistributionConfiguration {
  readonly arn: string;
  readonly name: string;
  readonly distributions: readonly Distribution[];
}

export interface LifecyclePolicy {
  readonly arn: string;
  readonly name: string;
  readonly executionRole?: string;
  readonly resourceType?: string;
  readonly recipes: readonly { readonly name: string; readonly semanticVersion?: string }[];
}

/** An image pipeline or an image (get-image): both name the resources a build uses. */
export interface BuildDefinition {
  readonly kind: 'image-pipeline' | 'image';
  readonly arn: string;
  readonly name: string;
  readonly imageRecipeArn?: string;
  readonly containerRecipeArn?: string;
  readonly infrastructureConfigurationArn?: string;
  readonly distributionConfigurationArn?: string;
  readonly executionRole?: string;
  readonly workflows: readonly string[];
}

export interface ContainerRecipe {
  readonly arn: string;
  readonly name: string;
  readonly repositoryName?: string;
}

export interface ImageRecipe {
  readonly arn: string;
  readonly name: string;
}

/** An ECR repository and its tags (from `aws ecr describe-repositories` plus its tags). */
export interface EcrRepository {
  readonly name: string;
  readonly arn?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

export interface ImageBuilderSnapshot {
  readonly infrastructureConfigurations: InfrastructureConfiguration[];
  readonly distributionConfigurations: DistributionConfiguration[];
  readonly lifecyclePolicies: LifecyclePolicy[];
  readonly builds: BuildDefinition[];
  readonly containerRecipes: ContainerRecipe[];
  readonly imageRecipes: ImageRecipe[];
  readonly repositories: EcrRepository[];
}

export function emptyImageBuilderSnapshot(): ImageBuilderSnapshot {
  return {
    infrastructureConfigurations: [],
    distributionConfigurations: [],
    lifecyclePolicies: [],
    builds: [],
    containerRecipes: [],
    imageRecipes: [],
    repositories: [],
  };
}
