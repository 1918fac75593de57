/**
 * Who creates Image Builder resources: the principals of an account that the engine allows to make the
 * Create requests (on representative ARNs, or on the resource itself when the doctor knows it).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html
 */
import type { Ask } from '../engine/permissions.js';
import { arnParts, type AccountView, type Principal } from '../world.js';
import type { CheckContext } from './context.js';

const CREATE_ACTIONS = [
  'imagebuilder:CreateInfrastructureConfiguration',
  'imagebuilder:CreateImagePipeline',
  'imagebuilder:CreateImage',
  'imagebuilder:CreateImageRecipe',
  'imagebuilder:CreateContainerRecipe',
  'imagebuilder:CreateComponent',
  'imagebuilder:CreateDistributionConfiguration',
  'imagebuilder:CreateWorkflow',
  'imagebuilder:CreateLifecyclePolicy',
  'imagebuilder:ImportVmImage',
];

/** Principals who may create any Image Builder resource (the first of which creates the service-linked role). */
export function imageBuilderCreators(ctx: CheckContext, account: AccountView): Principal[] {
  const set = ctx.document(
    'Image Builder resource creation',
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: CREATE_ACTIONS, Resource: '*' }] },
    account.id,
  );
  return ctx.whoMay(account, 'create Image Builder resources', set.requirements);
}

/** Principals who may create or update the resource (`arn`) with the given Image Builder actions. */
export function resourceCreators(
  ctx: CheckContext,
  account: AccountView,
  arn: string,
  actions: readonly string[],
): Principal[] {
  const region = arnParts(arn).region || ctx.region;
  const asks: Ask[] = actions.map((action) => ({ action, resource: arn, region }));
  return ctx.whoMay(account, `${actions.join(' or ')} ${arn}`, asks);
}
