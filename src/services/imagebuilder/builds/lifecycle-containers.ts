/**
 * A lifecycle DELETE of a container image: the execution role needs ecr:BatchGetImage and
 * ecr:BatchDeleteImage on the repository, which EC2ImageBuilderLifecycleExecutionPolicy grants only when
 * the repository is tagged `LifecycleExecutionAccess: EC2 Image Builder`. ibiam has no ECR, so the
 * repository's tags are read from an `imagebuilder:ecr-repository-tags` record (in the repository's
 * account, key `REGION/REPOSITORY`, value `{ "tags": { ... } }`); without one, the container image is
 * skipped and the execution resource says why.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
 */
import { compact, type ApiObject } from '../common/image-api-values.js';
import { epochSeconds } from '../common/lifecycle-execution-records.js';
import { resourceState as state, type AssociatedOptions } from './lifecycle-action-options.js';
import type { LifecycleRun } from './lifecycle-run.js';
import { StepFailure } from './step-authorizer.js';

export const ECR_REPOSITORY_TAGS = 'imagebuilder:ecr-repository-tags' as const;

const ECR_TAG_HINT =
  'the repository must carry the tag LifecycleExecutionAccess: EC2 Image Builder (what EC2ImageBuilderLifecycleExecutionPolicy requires)';

/** Deletes one container image from its ECR repository (see the module comment). */
export async function actOnContainer(
  run: LifecycleRun,
  output: ApiObject,
  options: AssociatedOptions,
): Promise<ApiObject> {
  const region = String(output['region'] ?? run.region);
  const uris = Array.isArray(output['imageUris']) ? output['imageUris'].map(String) : [];
  const match = /^(\d{12})\.dkr\.ecr\.[^/]+\/([^:@]+)/.exec(uris[0] ?? '');
  const account = match?.[1] ?? run.account;
  const repository = match?.[2] ?? '';
  const base = {
    accountId: account,
    resourceId: uris[0] ?? repository,
    action: { name: options.action, reason: options.reason },
    region,
    imageUris: uris,
    startTime: epochSeconds(run.now),
  };
  const record = (await run.tx.get(ECR_REPOSITORY_TAGS, account, `${region}/${repository}`)) as
    { tags?: Record<string, string> } | undefined;
  if (!record) {
    const reason = `ibiam has no ECR: the tags of repository ${repository} are unknown (store them in imagebuilder:ecr-repository-tags under ${region}/${repository}); Image Builder needs the tag LifecycleExecutionAccess: EC2 Image Builder on it.`;
    return compact({ ...base, state: state('SKIPPED', reason), endTime: epochSeconds(run.now) });
  }
  const arn = `arn:aws:ecr:${region}:${account}:repository/${repository}`;
  try {
    await run.authorizer(region).requireAll(run.executionActor, [
      {
        action: 'ecr:BatchGetImage',
        resource: arn,
        resourceTags: record.tags ?? {},
        suggestion: ECR_TAG_HINT,
      },
      {
        action: 'ecr:BatchDeleteImage',
        resource: arn,
        resourceTags: record.tags ?? {},
        suggestion: ECR_TAG_HINT,
      },
    ]);
    return compact({ ...base, state: state('SUCCESS'), endTime: epochSeconds(run.now) });
  } catch (error) {
    if (!(error instanceof StepFailure)) throw error;
    return compact({ ...base, state: state('FAILED', error.reason), endTime: epochSeconds(run.now) });
  }
}
