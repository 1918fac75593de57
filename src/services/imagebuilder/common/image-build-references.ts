/**
 * Resolving what an image build refers to, when an image is requested (CreateImage,
 * StartImagePipelineExecution) or a pipeline is saved: the recipe (the caller's own, or another
 * account's shared with it: imagebuilder:GetImageRecipe / GetContainerRecipe is then authorized with the
 * recipe's resource-based policy), the caller's infrastructure and distribution configurations, the
 * workflows (a version ARN with `x` wildcards selects the newest matching build version; AWS-owned
 * workflows are taken as given) and the execution role, which the caller must be allowed to pass to
 * imagebuilder.amazonaws.com. An execution role is required with workflows or a logging configuration.
 * A reference that does not resolve is ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-shared-resources.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-image-workflows.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 */
import type { RoleRecord } from '../../../store/records.js';
import type { OperationContext } from '../../common/operation.js';
import type { ApiObject } from './image-api-values.js';
import { parseImageBuilderArn, type ImageBuilderResourceType } from './arns.js';
import { invalidRequest } from './errors.js';
import type { BuildSettings } from './image-build-settings.js';
import { notFound, requireOwned } from './image-config-resources.js';
import { resourceTagsOf } from './image-tag-context.js';
import { getResource, listResources, type StoredResource } from './resources.js';
import { resolveExecutionRole } from './image-execution-role.js';
import { compareVersions, matchesVersionFilter, parseVersion, parseVersionFilter } from './versions.js';

export interface ResolvedRecipe {
  readonly type: 'image-recipe' | 'container-recipe';
  readonly stored: StoredResource<ApiObject>;
}

export interface ResolvedWorkflow {
  /** The workflow configuration as requested. */
  readonly configuration: ApiObject;
  /** The build version ARN the request resolved to (the requested ARN for AWS-owned workflows). */
  readonly workflowBuildVersionArn: string;
  readonly type: 'build' | 'test' | 'distribution';
}

export interface ResolvedBuildReferences {
  readonly recipe: ResolvedRecipe;
  readonly infrastructure: StoredResource<ApiObject>;
  readonly distribution?: StoredResource<ApiObject>;
  readonly workflows: readonly ResolvedWorkflow[];
  readonly executionRole?: RoleRecord;
}

/** The recipe, authorizing its use when another account owns it. */
export async function resolveRecipe(ctx: OperationContext, settings: BuildSettings): Promise<ResolvedRecipe> {
  const type = settings.imageRecipeArn !== undefined ? 'image-recipe' : 'container-recipe';
  const arn = settings.imageRecipeArn ?? settings.containerRecipeArn ?? '';
  const parsed = parseImageBuilderArn(arn);
  const stored =
    parsed && parsed.region === ctx.region
      ? await getResource<ApiObject>(ctx.tx, type, parsed.account, arn)
      : undefined;
  if (!stored) throw notFound(arn);
  if (stored.account !== ctx.caller.accountId) {
    await ctx.check({
      action: type === 'image-recipe' ? 'imagebuilder:GetImageRecipe' : 'imagebuilder:GetContainerRecipe',
      resource: arn,
      ...resourceTagsOf(stored.tags),
      ...(stored.policy
        ? { resourcePolicy: { kind: 'resource' as const, id: arn, document: stored.policy } }
        : {}),
    });
  }
  return { type, stored };
}

async function resolveWorkflow(ctx: OperationContext, configuration: ApiObject): Promise<ResolvedWorkflow> {
  const requested = String(configuration['workflowArn']);
  const parsed = parseImageBuilderArn(requested);
  if (!parsed?.version) throw notFound(requested);
  const type = parsed.type.slice('workflow/'.length) as ResolvedWorkflow['type'];
  if (parsed.account === 'aws') return { configuration, workflowBuildVersionArn: requested, type };
  if (parsed.account !== ctx.caller.accountId || parsed.region !== ctx.region) throw notFound(requested);
  const filter = parseVersionFilter(parsed.version);
  const candidates = (
    await listResources<ApiObject>(
      ctx.tx,
      parsed.type as ImageBuilderResourceType,
      parsed.account,
      parsed.region,
    )
  )
    .map((stored) => ({ stored, arn: parseImageBuilderArn(stored.arn) }))
    .filter(({ arn }) => arn?.name === parsed.name && arn.version !== undefined && arn.build !== undefined)
    .filter(({ arn }) => matchesVersionFilter(parseVersion(arn!.version!), filter))
    .filter(({ arn }) => parsed.build === undefined || arn!.build === parsed.build)
    .sort(
      (a, b) =>
        compareVersions(parseVersion(b.arn!.version!), parseVersion(a.arn!.version!)) ||
        b.arn!.build! - a.arn!.build!,
    );
  const newest = candidates[0];
  if (!newest) throw notFound(requested);
  return { configuration, workflowBuildVersionArn: newest.stored.arn, type };
}

export interface ResolveOptions {
  /** A logging configuration is set: an execution role is required. */
  readonly withLogging?: boolean;
  /** Authorize iam:PassRole of the execution role (when the caller sets it, not when a pipeline runs). */
  readonly passRole?: boolean;
}

/** Resolves every reference of the settings (see the module comment). */
export async function resolveBuildReferences(
  ctx: OperationContext,
  settings: BuildSettings,
  options: ResolveOptions = {},
): Promise<ResolvedBuildReferences> {
  const withLogging = options.withLogging ?? false;
  const recipe = await resolveRecipe(ctx, settings);
  const infrastructure = await requireOwned<ApiObject>(
    ctx,
    'infrastructure-configuration',
    settings.infrastructureConfigurationArn,
  );
  const distribution =
    settings.distributionConfigurationArn !== undefined
      ? await requireOwned<ApiObject>(
          ctx,
          'distribution-configuration',
          settings.distributionConfigurationArn,
        )
      : undefined;
  const workflows: ResolvedWorkflow[] = [];
  for (const configuration of settings.workflows ?? [])
    workflows.push(await resolveWorkflow(ctx, configuration));
  if (settings.executionRole === undefined && (workflows.length > 0 || withLogging)) {
    throw invalidRequest('An execution role is required to provide workflows or a logging configuration.');
  }
  const executionRole =
    settings.executionRole !== undefined
      ? await resolveExecutionRole(ctx, settings.executionRole)
      : undefined;
  return {
    recipe,
    infrastructure,
    ...(distribution ? { distribution } : {}),
    workflows,
    ...(executionRole ? { executionRole } : {}),
  };
}
