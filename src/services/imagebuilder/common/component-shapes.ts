/**
 * Components as the API returns them: `Component` (GetComponent, stored as the envelope's `resource`),
 * `ComponentVersion` (ListComponents: one entry per version, with the version ARN) and
 * `ComponentSummary` (ListComponentBuildVersions: one entry per build), members in the model's order.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Component.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ComponentVersion.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ComponentSummary.html
 */
import { imageBuilderArn, parseImageBuilderArn } from './arns.js';
import type { ComponentParameterDetail, ComponentType } from './document-component.js';
import type { StoredResource } from './resources.js';

export type Platform = 'Windows' | 'Linux' | 'macOS';
export const PLATFORMS: readonly Platform[] = ['Windows', 'Linux', 'macOS'];

export type ComponentShape = {
  readonly arn: string;
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly changeDescription?: string;
  readonly type: ComponentType;
  readonly platform: Platform;
  readonly supportedOsVersions?: readonly string[];
  readonly state: { readonly status: 'ACTIVE' | 'DEPRECATED' | 'DISABLED'; readonly reason?: string };
  readonly parameters?: readonly ComponentParameterDetail[];
  readonly owner: string;
  readonly data?: string;
  readonly kmsKeyId?: string;
  readonly encrypted: boolean;
  readonly dateCreated: string;
  readonly tags: Readonly<Record<string, string>>;
};

export type StoredComponent = StoredResource<ComponentShape>;

/** The version ARN (no build number) of a component build version ARN. */
export function versionArnOf(arn: string): string {
  const parsed = parseImageBuilderArn(arn);
  if (!parsed) return arn;
  const { partition, region, account, type, name, version } = parsed;
  return imageBuilderArn({ partition, region, account, type, name, ...(version ? { version } : {}) });
}

export function componentVersionShape(c: ComponentShape) {
  return {
    arn: versionArnOf(c.arn),
    name: c.name,
    version: c.version,
    description: c.description,
    platform: c.platform,
    supportedOsVersions: c.supportedOsVersions,
    type: c.type,
    owner: c.owner,
    dateCreated: c.dateCreated,
    status: c.state.status,
  };
}

export function componentSummaryShape(c: ComponentShape) {
  return {
    arn: c.arn,
    name: c.name,
    version: c.version,
    platform: c.platform,
    supportedOsVersions: c.supportedOsVersions,
    state: c.state,
    type: c.type,
    owner: c.owner,
    description: c.description,
    changeDescription: c.changeDescription,
    dateCreated: c.dateCreated,
    tags: c.tags,
  };
}
