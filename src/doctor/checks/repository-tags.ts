/**
 * IB012: the ECR repositories that container lifecycle policies act on (those of the selected container
 * recipes and of their distributions) carry the tag LifecycleExecutionAccess: EC2 Image Builder, without
 * which the lifecycle execution policy allows no ECR action on them. The tags come from the
 * --imagebuilder input (`repositories`); a repository whose tags were not given is a warning.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
 */
import { arnParts, type AccountView } from '../world.js';
import type { CheckContext } from './context.js';
import { isContainer, selectedDistributions } from './lifecycle.js';

export const LIFECYCLE_TAG = { key: 'LifecycleExecutionAccess', value: 'EC2 Image Builder' } as const;

/** The ECR repositories (name, Region) of the container lifecycle policies of the account. */
function lifecycleRepositories(account: AccountView): Map<string, string> {
  const ib = account.imagebuilder;
  const repos = new Map<string, string>();
  for (const policy of ib.lifecyclePolicies.filter(isContainer)) {
    const names = new Set(policy.recipes.map((r) => r.name.toLowerCase()));
    let recipes = ib.containerRecipes.filter((r) => names.has(r.name.toLowerCase()));
    if (recipes.length === 0) recipes = [...ib.containerRecipes];
    for (const r of recipes)
      if (r.repositoryName)
        repos.set(r.repositoryName, arnParts(r.arn).region || arnParts(policy.arn).region);
    for (const config of selectedDistributions(account, policy))
      for (const d of config.distributions)
        if (d.containerRepository) repos.set(d.containerRepository, d.region || arnParts(policy.arn).region);
  }
  return repos;
}

export function checkRepositoryTags(ctx: CheckContext, account: AccountView): void {
  for (const [name, region] of lifecycleRepositories(account)) {
    const reg = region || ctx.region;
    const known = account.imagebuilder.repositories.find((r) => r.name === name);
    const arn = known?.arn ?? `arn:aws:ecr:${reg}:${account.id}:repository/${name}`;
    const fix = {
      account: account.id,
      actions: [
        {
          kind: 'tag-ecr-repository' as const,
          region: reg,
          repositoryArn: arn,
          tags: { [LIFECYCLE_TAG.key]: LIFECYCLE_TAG.value },
        },
      ],
    };
    if (!known?.tags) {
      ctx.findings.warn(
        'IB012',
        account.id,
        arn,
        `Cannot verify that ECR repository ${name}, used by a container lifecycle policy, carries the tag ${LIFECYCLE_TAG.key}: ${LIFECYCLE_TAG.value} (its tags were not given: add \`aws ecr describe-repositories\` output with a "tags" list to --imagebuilder).`,
        fix,
      );
      continue;
    }
    if (known.tags[LIFECYCLE_TAG.key] === LIFECYCLE_TAG.value) {
      ctx.findings.pass();
      continue;
    }
    ctx.findings.fail(
      'IB012',
      account.id,
      arn,
      `ECR repository ${name}, used by a container lifecycle policy, lacks the tag ${LIFECYCLE_TAG.key}: ${LIFECYCLE_TAG.value}; Image Builder's lifecycle actions will not touch its images.`,
      fix,
    );
  }
}
