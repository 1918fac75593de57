/**
 * Workflows as the API returns them: `Workflow` (GetWorkflow; the envelope's `resource`),
 * `WorkflowVersion` (ListWorkflows: one entry per version, with the version ARN) and `WorkflowSummary`
 * (ListWorkflowBuildVersions: one per build). Workflow ARNs carry the type in lower case:
 * `workflow/build|test|distribution/NAME/VERSION/BUILD`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Workflow.html
 */
import type { ImageBuilderResourceType } from './arns.js';
import { versionArnOf } from './component-shapes.js';
import type { WorkflowParameterDetail } from './document-workflow.js';

export const WORKFLOW_TYPES = ['BUILD', 'TEST', 'DISTRIBUTION'] as const;
export type WorkflowType = (typeof WORKFLOW_TYPES)[number];

export const workflowArnType = (type: WorkflowType): ImageBuilderResourceType =>
  `workflow/${type.toLowerCase()}` as ImageBuilderResourceType;

export const ALL_WORKFLOW_ARN_TYPES: readonly ImageBuilderResourceType[] =
  WORKFLOW_TYPES.map(workflowArnType);

export type WorkflowShape = {
  readonly arn: string;
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly changeDescription?: string;
  readonly type: WorkflowType;
  readonly owner: string;
  readonly data?: string;
  readonly kmsKeyId?: string;
  readonly dateCreated: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly parameters?: readonly WorkflowParameterDetail[];
};

export function workflowVersionShape(w: WorkflowShape) {
  return {
    arn: versionArnOf(w.arn),
    name: w.name,
    version: w.version,
    description: w.description,
    type: w.type,
    owner: w.owner,
    dateCreated: w.dateCreated,
  };
}

export function workflowSummaryShape(w: WorkflowShape) {
  return {
    arn: w.arn,
    name: w.name,
    version: w.version,
    description: w.description,
    changeDescription: w.changeDescription,
    type: w.type,
    owner: w.owner,
    dateCreated: w.dateCreated,
    tags: w.tags,
  };
}
