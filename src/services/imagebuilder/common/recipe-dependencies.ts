/**
 * What depends on what, for the Delete* operations that refuse while something still uses the resource
 * (ResourceDependencyException, "Resource dependency error: The resource ARN '...' has other resources
 * depended on it."): image and container recipes use component builds; image pipelines and images use
 * recipes (`imageRecipeArn`/`containerRecipeArn` on pipelines, `imageRecipe.arn`/`containerRecipe.arn`
 * on images); pipelines use workflows (`workflows[].workflowArn`). A reference with a version ARN or `x`
 * wildcards depends on the build it currently resolves to. Dependants are looked for in every account
 * of the Region, since shared resources are used across accounts.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/delete-resources.html
 */
import { listAccounts } from '../../common/accounts.js';
import type { StoreTx } from '../../../store/store.js';
import { parseImageBuilderArn, type ImageBuilderResourceType } from './arns.js';
import { resolveVersioned } from './component-versioning.js';
import { resourceDependency } from './errors.js';
import { listResources } from './resources.js';

type Loose = Record<string, unknown> & {
  readonly components?: readonly { readonly componentArn?: string }[];
  readonly workflows?: readonly { readonly workflowArn?: string }[];
  readonly imageRecipe?: { readonly arn?: string };
  readonly containerRecipe?: { readonly arn?: string };
  readonly imageRecipeArn?: string;
  readonly containerRecipeArn?: string;
};

/** Whether `reference` (as a recipe or pipeline holds it) selects the resource `target`. */
export async function selects(tx: StoreTx, reference: string, target: string): Promise<boolean> {
  if (reference === target) return true;
  const ref = parseImageBuilderArn(reference);
  const to = parseImageBuilderArn(target);
  if (!ref || !to || ref.type !== to.type || ref.account !== to.account || ref.region !== to.region)
    return false;
  if (ref.name !== to.name || ref.build !== undefined || to.build === undefined) return false;
  return (await resolveVersioned(tx, ref))?.arn === target;
}

async function anyInRegion(
  tx: StoreTx,
  types: readonly ImageBuilderResourceType[],
  region: string,
  references: (resource: Loose) => readonly (string | undefined)[],
  target: string,
): Promise<boolean> {
  for (const account of await listAccounts(tx))
    for (const type of types)
      for (const stored of await listResources<Loose>(tx, type, account, region))
        for (const reference of references(stored.resource ?? {}))
          if (reference !== undefined && (await selects(tx, reference, target))) return true;
  return false;
}

/** Throws ResourceDependencyException when anything uses the resource `arn`. */
export async function refuseIfUsed(tx: StoreTx, arn: string): Promise<void> {
  const parsed = parseImageBuilderArn(arn);
  if (!parsed) return;
  let used = false;
  if (parsed.type === 'component') {
    used = await anyInRegion(
      tx,
      ['image-recipe', 'container-recipe'],
      parsed.region,
      (r) => (r.components ?? []).map((c) => c.componentArn),
      arn,
    );
  } else if (parsed.type === 'image-recipe' || parsed.type === 'container-recipe') {
    used = await anyInRegion(
      tx,
      ['image-pipeline', 'image'],
      parsed.region,
      (r) => [r.imageRecipeArn, r.containerRecipeArn, r.imageRecipe?.arn, r.containerRecipe?.arn],
      arn,
    );
  } else if (parsed.type.startsWith('workflow/')) {
    used = await anyInRegion(
      tx,
      ['image-pipeline'],
      parsed.region,
      (r) => (r.workflows ?? []).map((w) => w.workflowArn),
      arn,
    );
  }
  if (used)
    throw resourceDependency(
      `Resource dependency error: The resource ARN '${arn}' has other resources depended on it.`,
    );
}
