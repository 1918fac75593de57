/**
 * The Policy and PolicyVersion structures, members in the API model's order (the XML element order):
 * PolicyName, PolicyId, Arn, Path, DefaultVersionId, AttachmentCount, PermissionsBoundaryUsageCount,
 * IsAttachable, Description, CreateDate, UpdateDate, Tags; and Document, VersionId, IsDefaultVersion,
 * CreateDate. Description is returned by GetPolicy but not by ListPolicies, and listing operations leave
 * out Tags ("IAM resource-listing operations return a subset of the available attributes"). Documents
 * are URL-encoded (RFC 3986).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Policy.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PolicyVersion.html
 */
import type { ResultStruct } from '../../common/operation.js';
import { encodeDocument } from './inline-policies.js';
import type { ManagedPolicyView, PolicyVersionView } from './policy-lookup.js';
import type { PolicyCounts } from './policy-usage.js';
import { tagsShape } from './shapes.js';

export interface PolicyShapeOptions {
  readonly description: boolean;
  readonly tags: boolean;
}

export function policyShape(
  view: ManagedPolicyView,
  counts: PolicyCounts,
  options: PolicyShapeOptions,
): ResultStruct {
  return {
    PolicyName: view.name,
    PolicyId: view.id,
    Arn: view.arn,
    Path: view.path,
    DefaultVersionId: view.defaultVersionId,
    AttachmentCount: counts.attachments,
    PermissionsBoundaryUsageCount: counts.boundaries,
    IsAttachable: true,
    Description: options.description ? view.description : undefined,
    CreateDate: new Date(view.createDate),
    UpdateDate: new Date(view.updateDate),
    Tags: options.tags ? tagsShape(view.tags) : undefined,
  };
}

/** A PolicyVersion; the Document only where the operation returns it (GetPolicyVersion, authorization details). */
export function policyVersionShape(
  version: PolicyVersionView,
  defaultVersionId: string,
  withDocument: boolean,
): ResultStruct {
  return {
    Document: withDocument ? encodeDocument(version.document) : undefined,
    VersionId: version.versionId,
    IsDefaultVersion: version.versionId === defaultVersionId,
    CreateDate: new Date(version.createDate),
  };
}
