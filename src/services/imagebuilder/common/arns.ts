/**
 * Image Builder ARNs: `arn:aws:imagebuilder:REGION:ACCOUNT:TYPE/NAME[/VERSION[/BUILD]]`; versioned
 * resources (components, images, recipes, workflows) carry a semantic version and, for build versions, a
 * build number. The owner segment is an account id, or `aws` for AWS-owned resources.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/ibhow-semantic-versioning.html
 */
export type ImageBuilderResourceType =
  | 'component'
  | 'image'
  | 'image-recipe'
  | 'container-recipe'
  | 'infrastructure-configuration'
  | 'distribution-configuration'
  | 'image-pipeline'
  | 'lifecycle-policy'
  | 'workflow/build'
  | 'workflow/test'
  | 'workflow/distribution'
  | 'lifecycle-execution'
  | 'workflow-execution'
  | 'workflow-step-execution';

export interface ImageBuilderArn {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly type: ImageBuilderResourceType;
  readonly name: string;
  /** `1.0.0`, or with wildcards `1.x.x` where the API allows them. */
  readonly version?: string;
  readonly build?: number;
}

const ARN_PATTERN =
  /^arn:(aws[a-z-]*):imagebuilder:([a-z0-9-]+):(\d{12}|aws(?:-[a-z-]+)?):(image-recipe|container-recipe|infrastructure-configuration|distribution-configuration|component|image-pipeline|image|lifecycle-policy|lifecycle-execution|workflow-execution|workflow-step-execution|workflow\/(?:build|test|distribution))\/([^/]+)(?:\/((?:x|\d+)\.(?:x|\d+)\.(?:x|\d+))(?:\/(\d+))?)?$/;

export function parseImageBuilderArn(arn: string): ImageBuilderArn | undefined {
  const m = ARN_PATTERN.exec(arn);
  if (!m) return undefined;
  return {
    partition: m[1]!,
    region: m[2]!,
    account: m[3]!,
    type: m[4] as ImageBuilderResourceType,
    name: m[5]!,
    ...(m[6] !== undefined ? { version: m[6] } : {}),
    ...(m[7] !== undefined ? { build: Number(m[7]) } : {}),
  };
}

export function imageBuilderArn(parts: Omit<ImageBuilderArn, 'partition'> & { partition?: string }): string {
  const version = parts.version !== undefined ? `/${parts.version}` : '';
  const build = parts.build !== undefined ? `/${parts.build}` : '';
  return `arn:${parts.partition ?? 'aws'}:imagebuilder:${parts.region}:${parts.account}:${parts.type}/${parts.name}${version}${build}`;
}
