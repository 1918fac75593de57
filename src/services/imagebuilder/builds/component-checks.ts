/**
 * What the instance profile role requests for the recipe's components on a build or test instance:
 * imagebuilder:GetComponent on each component's build version (with its tags, and its resource-based
 * policy when another account shares it), s3:GetObject on a component document stored in S3, and
 * kms:Decrypt on the component's KMS key, called via Image Builder with the encryption context key
 * aws:imagebuilder:arn (the conditions EC2InstanceProfileForImageBuilder grants it under).
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html#sec-iam-manpol-EC2InstanceProfileForImageBuilder
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/data-protection.html
 */
import type { ApiObject } from '../common/image-api-values.js';
import { parseImageBuilderArn } from '../common/arns.js';
import { resolveVersioned } from '../common/component-versioning.js';
import { resourceCheck } from '../common/policy-access.js';
import type { StoredResource } from '../common/resources.js';
import type { BuildStepContext } from './build-context.js';
import { StepFailure, type StepCheck } from './step-authorizer.js';

export interface RecipeComponent {
  readonly arn: string;
  readonly type: 'BUILD' | 'TEST';
  readonly stored?: StoredResource<ApiObject>;
}

const S3_URI = /^s3:\/\/([^/]+)\/(.+)$/;

/** The recipe's components, resolved to build versions (AWS-owned ones are taken as named). */
export async function recipeComponents(ctx: BuildStepContext): Promise<RecipeComponent[]> {
  const listed = Array.isArray(ctx.recipe['components']) ? (ctx.recipe['components'] as ApiObject[]) : [];
  const out: RecipeComponent[] = [];
  for (const entry of listed) {
    const arn = String(entry['componentArn'] ?? '');
    const parsed = parseImageBuilderArn(arn);
    if (!parsed) throw new StepFailure(`The component ${arn} is not a component ARN.`);
    if (!/^\d{12}$/.test(parsed.account)) {
      out.push({ arn, type: /test/i.test(parsed.name) ? 'TEST' : 'BUILD' });
      continue;
    }
    const stored = await resolveVersioned<ApiObject>(ctx.tx, parsed, 'component');
    if (!stored) throw new StepFailure(`The component ${arn} does not exist.`);
    out.push({ arn: stored.arn, type: stored.resource['type'] === 'TEST' ? 'TEST' : 'BUILD', stored });
  }
  return out;
}

/** The KMS key ARN of a key id, alias or ARN in the build's Region and account. */
function kmsKeyArn(ctx: BuildStepContext, key: string): string {
  if (key.startsWith('arn:')) return key;
  const path = key.startsWith('alias/') ? key : `key/${key}`;
  return `arn:aws:kms:${ctx.region}:${ctx.account}:${path}`;
}

/** The requests for one component. */
export function componentChecks(ctx: BuildStepContext, component: RecipeComponent): StepCheck[] {
  const checks: StepCheck[] = [
    resourceCheck('imagebuilder:GetComponent', component.arn, component.stored, ctx.account),
  ];
  const stored = component.stored as
    (StoredResource<ApiObject> & { readonly documentUri?: string }) | undefined;
  const uri = stored?.documentUri ?? stored?.resource['uri'];
  const s3 = typeof uri === 'string' ? S3_URI.exec(uri) : null;
  if (s3) checks.push({ action: 's3:GetObject', resource: `arn:aws:s3:::${s3[1]}/${s3[2]}` });
  const key = stored?.resource['kmsKeyId'];
  if (typeof key === 'string') {
    checks.push({
      action: 'kms:Decrypt',
      resource: kmsKeyArn(ctx, key),
      context: {
        'aws:CalledVia': ['imagebuilder.amazonaws.com'],
        'kms:EncryptionContextKeys': ['aws:imagebuilder:arn'],
        'kms:EncryptionContext:aws:imagebuilder:arn': component.arn,
      },
    });
  }
  return checks;
}
