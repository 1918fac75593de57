/**
 * Lifecycle policies as stored and answered: one per name in an account and Region, at ARN
 * `lifecycle-policy/NAME` (the name lower-cased, spaces as hyphens), in the shape GetLifecyclePolicy
 * returns (members in the API reference's order) and as ListLifecyclePolicies summarizes it.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecyclePolicy.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecyclePolicySummary.html
 */
import type { OperationContext } from '../../common/operation.js';
import { imageBuilderArn } from './arns.js';
import { resourceAlreadyExists } from './errors.js';
import { compact, type ApiObject } from './image-api-values.js';
import { arnName, findOwned } from './image-config-resources.js';
import type { TextRule } from './input.js';
import type { LifecyclePolicySettings } from './lifecycle-policy-input.js';
import type { StoredResource } from './resources.js';

export const LIFECYCLE_POLICY = 'lifecycle-policy' as const;

/** LifecyclePolicyArn: `arn:aws:imagebuilder:REGION:ACCOUNT:lifecycle-policy/NAME`, at most 1024. */
export const LIFECYCLE_POLICY_ARN: TextRule = {
  max: 1024,
  pattern:
    /^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws):lifecycle-policy\/[a-z0-9-_]+$/,
};

export const lifecyclePolicyArn = (region: string, account: string, name: string): string =>
  imageBuilderArn({ region, account, type: LIFECYCLE_POLICY, name: arnName(name) });

export type StoredLifecyclePolicy = StoredResource<ApiObject>;

export const findLifecyclePolicy = (ctx: OperationContext, arn: string) =>
  findOwned<ApiObject>(ctx, LIFECYCLE_POLICY, arn);

export async function requireNewLifecyclePolicy(ctx: OperationContext, arn: string): Promise<void> {
  if (await findLifecyclePolicy(ctx, arn)) {
    throw resourceAlreadyExists(`The following resource 'LifecyclePolicy' already exists: '${arn}'.`);
  }
}

/** Epoch seconds: the API model's Timestamp members travel as numbers in REST-JSON. */
export interface LifecyclePolicyDates {
  readonly dateCreated: number;
  readonly dateUpdated?: number;
  readonly dateLastRun?: number;
}

export function lifecyclePolicyShape(
  arn: string,
  name: string,
  settings: LifecyclePolicySettings,
  dates: LifecyclePolicyDates,
  tags: Readonly<Record<string, string>>,
): ApiObject {
  return compact({
    arn,
    name,
    description: settings.description,
    status: settings.status,
    executionRole: settings.executionRole,
    resourceType: settings.resourceType,
    policyDetails: settings.policyDetails,
    resourceSelection: settings.resourceSelection,
    dateCreated: dates.dateCreated,
    dateUpdated: dates.dateUpdated,
    dateLastRun: dates.dateLastRun,
    tags: { ...tags },
  });
}

export const lifecyclePolicySummary = (p: ApiObject): ApiObject =>
  compact({
    arn: p['arn'],
    name: p['name'],
    description: p['description'],
    status: p['status'],
    executionRole: p['executionRole'],
    resourceType: p['resourceType'],
    dateCreated: p['dateCreated'],
    dateUpdated: p['dateUpdated'],
    dateLastRun: p['dateLastRun'],
    tags: p['tags'],
  });

/** The stored policy's settings, as the runner and UpdateLifecyclePolicy read them. */
export function lifecyclePolicySettingsOf(p: ApiObject): LifecyclePolicySettings {
  const description = p['description'];
  return {
    ...(typeof description === 'string' ? { description } : {}),
    status: p['status'] === 'DISABLED' ? 'DISABLED' : 'ENABLED',
    executionRole: String(p['executionRole']),
    resourceType: p['resourceType'] === 'CONTAINER_IMAGE' ? 'CONTAINER_IMAGE' : 'AMI_IMAGE',
    policyDetails: Array.isArray(p['policyDetails']) ? (p['policyDetails'] as ApiObject[]) : [],
    resourceSelection: (p['resourceSelection'] as ApiObject | undefined) ?? {},
  };
}
