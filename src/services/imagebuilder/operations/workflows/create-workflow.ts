/**
 * CreateWorkflow: a new build version of a BUILD, TEST or DISTRIBUTION workflow from a YAML document
 * given inline (`data`) or in S3 (`uri`), never both; the same name and version again creates the next
 * build. The document is validated (syntax, schemaVersion, steps with unique names and supported step
 * actions, parameters). With `dryRun`, a request that would succeed answers DryRunOperationException.
 * Authorized as imagebuilder:CreateWorkflow (and imagebuilder:TagResource when tagging) on the new
 * build version ARN, with aws:RequestTag/* and aws:TagKeys.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateWorkflow.html
 */
import { defineOperation, type OperationContext } from '../../../common/operation.js';
import { imageBuilderArn } from '../../common/arns.js';
import { readComponentBasics, readComponentExtras, requiredEnum } from '../../common/component-create.js';
import {
  arnName,
  latestVersionReferences,
  nextBuild,
  reserveBuild,
} from '../../common/component-versioning.js';
import { documentObjectChecks, readDocumentSource } from '../../common/document-source.js';
import { checkWorkflowDocument } from '../../common/document-workflow.js';
import { dryRunOperation } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { JsonReader } from '../../common/input.js';
import { createChecks } from '../../common/policy-access.js';
import { putResource } from '../../common/resources.js';
import {
  WORKFLOW_TYPES,
  workflowArnType,
  type WorkflowShape,
  type WorkflowType,
} from '../../common/workflow-shapes.js';
import { DRY_RUN_MESSAGE } from '../components/create-component.js';

type Request = ReturnType<typeof read>;

function read(reader: JsonReader) {
  const basics = readComponentBasics(reader);
  const source = readDocumentSource(reader);
  const extras = readComponentExtras(reader);
  const type: WorkflowType = requiredEnum(reader, 'type', WORKFLOW_TYPES);
  const dryRun = reader.optionalBoolean('dryRun') ?? false;
  const parameters = source.data !== undefined ? checkWorkflowDocument(source.data) : [];
  return { ...basics, source, ...extras, type, dryRun, parameters };
}

async function newArn(ctx: OperationContext, request: Request) {
  const account = ctx.caller.accountId;
  const type = workflowArnType(request.type);
  const version = request.semanticVersion;
  const build = await nextBuild(ctx.tx, type, account, ctx.region, request.name, version);
  const name = arnName(request.name);
  return { type, build, arn: imageBuilderArn({ region: ctx.region, account, type, name, version, build }) };
}

async function store(ctx: OperationContext, request: Request) {
  const { type, build, arn } = await newArn(ctx, request);
  const tags = request.tags ?? {};
  const workflow: WorkflowShape = {
    arn,
    name: request.name,
    version: request.semanticVersion,
    ...(request.description !== undefined ? { description: request.description } : {}),
    ...(request.changeDescription !== undefined ? { changeDescription: request.changeDescription } : {}),
    type: request.type,
    owner: ctx.caller.accountId,
    ...(request.source.data !== undefined ? { data: request.source.data } : {}),
    ...(request.kmsKeyId !== undefined ? { kmsKeyId: request.kmsKeyId } : {}),
    dateCreated: ctx.now.toISOString(),
    tags,
    ...(request.parameters.length > 0 ? { parameters: request.parameters } : {}),
  };
  const account = ctx.caller.accountId;
  const version = request.semanticVersion;
  await reserveBuild(ctx.tx, type, account, ctx.region, request.name, version, build);
  await putResource(ctx.tx, {
    arn,
    account,
    region: ctx.region,
    type,
    name: request.name,
    version,
    build,
    tags,
    resource: workflow,
  });
  return {
    clientToken: request.clientToken,
    workflowBuildVersionArn: arn,
    latestVersionReferences: latestVersionReferences(arn),
  };
}

export const createWorkflow = defineOperation({
  name: 'CreateWorkflow',
  http: { method: 'PUT', uri: '/CreateWorkflow' },
  write: true,
  input: (params) => read(new JsonReader(params)),
  async access(request, ctx) {
    const { arn } = await newArn(ctx, request);
    return [
      ...createChecks('imagebuilder:CreateWorkflow', arn, request.tags),
      ...documentObjectChecks(request.source),
    ];
  },
  async run(request, ctx) {
    if (request.dryRun) throw dryRunOperation(DRY_RUN_MESSAGE);
    const params = { ...request, clientToken: undefined, dryRun: undefined };
    return idempotent(ctx, 'CreateWorkflow', request.clientToken, params, () => store(ctx, request));
  },
});
