/**
 * One view over the two kinds of managed policy: customer managed policies (records in the account's
 * `policies` collection, keyed by lower-cased name) and AWS managed policies (the global, read-only
 * catalogue). Lookups are by exact ARN; a policy that does not exist is NoSuchEntity `Policy <arn> was not
 * found.`, the message GetPolicy returns on AWS.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html
 */
import { createHash } from 'node:crypto';
import type { ManagedPolicyRecord, Tag } from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';
import { noSuchEntity } from '../../common/service-error.js';
import type { AwsManagedPolicies, AwsManagedPolicy } from '../aws-managed/catalog.js';
import { parsePolicyArn } from './policy-arn.js';

export interface PolicyVersionView {
  readonly versionId: string;
  /** The document as JSON text (decoded). */
  readonly document: string;
  readonly createDate: string;
}

export interface ManagedPolicyView {
  readonly awsManaged: boolean;
  readonly name: string;
  readonly id: string;
  readonly arn: string;
  readonly path: string;
  readonly defaultVersionId: string;
  readonly createDate: string;
  readonly updateDate: string;
  readonly description?: string;
  readonly tags: readonly Tag[];
  /** Every version, newest first (read lazily for AWS managed policies). */
  versions(): readonly PolicyVersionView[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The catalogue has no policy ids, so an AWS managed policy gets a stable ANPA id derived from its ARN
 * (the same in every account and every run, like AWS's own ids).
 */
export function awsManagedPolicyId(arn: string): string {
  const digest = createHash('sha256').update(arn).digest();
  let id = 'ANPA';
  for (let i = 0; i < 17; i++) id += ALPHABET[digest[i]! % ALPHABET.length];
  return id;
}

const byNewest = (a: PolicyVersionView, b: PolicyVersionView) =>
  Number(b.versionId.slice(1).split('.')[0]) - Number(a.versionId.slice(1).split('.')[0]);

/**
 * UpdateDate: "When a policy has only one version, this field contains the date and time when the policy
 * was created. When a policy has more than one version, this field contains the date and time when the
 * most recent policy version was created." (API_Policy.html)
 */
export function policyUpdateDate(record: ManagedPolicyRecord): string {
  if (record.versions.length <= 1) return record.createDate;
  return record.versions.reduce((latest, v) => (v.createDate > latest ? v.createDate : latest), '');
}

export function customerPolicyView(record: ManagedPolicyRecord): ManagedPolicyView {
  return {
    awsManaged: false,
    name: record.name,
    id: record.id,
    arn: record.arn,
    path: record.path,
    defaultVersionId: record.defaultVersionId,
    createDate: record.createDate,
    updateDate: policyUpdateDate(record),
    ...(record.description !== undefined ? { description: record.description } : {}),
    tags: record.tags,
    versions: () => [...record.versions].sort(byNewest),
  };
}

export function awsPolicyView(catalog: AwsManagedPolicies, policy: AwsManagedPolicy): ManagedPolicyView {
  return {
    awsManaged: true,
    name: policy.name,
    id: awsManagedPolicyId(policy.arn),
    arn: policy.arn,
    path: policy.path,
    defaultVersionId: policy.defaultVersionId,
    createDate: policy.createDate,
    updateDate: policy.updateDate,
    tags: [],
    versions: () => catalog.versionsOf(policy.arn),
  };
}

/** The customer managed policy record with exactly this ARN, if any. */
export async function findCustomerPolicy(tx: StoreTx, arn: string): Promise<ManagedPolicyRecord | undefined> {
  const parts = parsePolicyArn(arn);
  if (parts.awsManaged) return undefined;
  const record = await tx.get('policies', parts.account, parts.name.toLowerCase());
  return record && record.arn === arn ? record : undefined;
}

export async function findManagedPolicy(
  tx: StoreTx,
  catalog: AwsManagedPolicies,
  arn: string,
): Promise<ManagedPolicyView | undefined> {
  if (parsePolicyArn(arn).awsManaged) {
    const policy = catalog.get(arn);
    return policy ? awsPolicyView(catalog, policy) : undefined;
  }
  const record = await findCustomerPolicy(tx, arn);
  return record ? customerPolicyView(record) : undefined;
}

export const policyNotFound = (arn: string) => noSuchEntity(`Policy ${arn} was not found.`);

export async function requireManagedPolicyView(
  tx: StoreTx,
  catalog: AwsManagedPolicies,
  arn: string,
): Promise<ManagedPolicyView> {
  const view = await findManagedPolicy(tx, catalog, arn);
  if (!view) throw policyNotFound(arn);
  return view;
}

export async function requireCustomerPolicy(tx: StoreTx, arn: string): Promise<ManagedPolicyRecord> {
  const record = await findCustomerPolicy(tx, arn);
  if (!record) throw policyNotFound(arn);
  return record;
}

/**
 * NoSuchEntity for a version the policy does not have, with the message AWS's GetPolicyVersion gives.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html
 */
export function requireVersion(view: ManagedPolicyView, versionId: string): PolicyVersionView {
  const version = view.versions().find((v) => v.versionId === versionId);
  if (!version) {
    throw noSuchEntity(`Policy ${view.arn} version ${versionId} does not exist or is not attachable.`);
  }
  return version;
}
