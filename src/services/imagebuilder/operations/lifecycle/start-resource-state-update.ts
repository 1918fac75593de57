/**
 * StartResourceStateUpdate: changes one image's state (AVAILABLE, DEPRECATED, DISABLED or DELETED) now
 * or at `updateAt`, optionally with its distributed AMIs, snapshots and containers (includeResources,
 * which requires an execution role) and AMI exclusion rules. Authorized as
 * imagebuilder:StartResourceStateUpdate on the image (with its tags); the execution role is passed to
 * Image Builder (iam:PassRole with iam:PassedToService imagebuilder.amazonaws.com). The change runs as a
 * lifecycle execution, which the answer names.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_StartResourceStateUpdate.html
 */
import { defineOperation } from '../../../common/operation.js';
import { invalidRequest, resourceInUse } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { compact } from '../../common/image-api-values.js';
import { resolveExecutionRole } from '../../common/image-execution-role.js';
import { ROLE_NAME_OR_ARN } from '../../common/image-build-settings.js';
import { notFound } from '../../common/image-config-resources.js';
import { IMAGE_BUILD_VERSION_ARN, imageCheck, requireImage } from '../../common/image-lookup.js';
import { IN_PROGRESS_STATES, imageStatus } from '../../common/image-records.js';
import { CLIENT_TOKEN, JsonReader, type TextRule } from '../../common/input.js';
import { createLifecycleExecution } from '../../common/lifecycle-execution-records.js';
import { readAmiExclusions } from '../../common/lifecycle-policy-input.js';

const STATUSES = ['AVAILABLE', 'DEPRECATED', 'DISABLED', 'DELETED'] as const;

function readUpdateAt(reader: JsonReader): string | undefined {
  const raw = reader.raw('updateAt');
  if (raw === undefined || raw === null) return undefined;
  const time =
    typeof raw === 'number'
      ? raw * 1000
      : typeof raw === 'string'
        ? /^\d+(\.\d+)?$/.test(raw)
          ? Number(raw) * 1000
          : Date.parse(raw)
        : NaN;
  if (!Number.isFinite(time))
    throw invalidRequest("The value supplied for parameter 'updateAt' must be a timestamp.");
  return new Date(time).toISOString();
}

export const startResourceStateUpdate = defineOperation({
  name: 'StartResourceStateUpdate',
  http: { method: 'PUT', uri: '/StartResourceStateUpdate' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const resourceArn = reader.string('resourceArn', IMAGE_BUILD_VERSION_ARN as TextRule);
    const state = reader.optionalStruct('state');
    if (!state) throw invalidRequest("The parameter 'state' is required.");
    const status =
      state.optionalEnum('status', STATUSES) ?? (state.string('status') as (typeof STATUSES)[number]);
    const executionRole = reader.optionalString('executionRole', ROLE_NAME_OR_ARN);
    const include = reader.optionalStruct('includeResources');
    const includeResources = include
      ? compact({
          amis: include.optionalBoolean('amis'),
          snapshots: include.optionalBoolean('snapshots'),
          containers: include.optionalBoolean('containers'),
        })
      : undefined;
    const amis = readAmiExclusions(reader.optionalStruct('exclusionRules')?.optionalStruct('amis'));
    const updateAt = readUpdateAt(reader);
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    if (
      includeResources &&
      Object.values(includeResources).some((v) => v === true) &&
      executionRole === undefined
    ) {
      throw invalidRequest(
        'An execution role is required to update the state of associated resources (includeResources).',
      );
    }
    return {
      resourceArn,
      status,
      executionRole,
      includeResources,
      exclusionRules: amis ? { amis } : undefined,
      updateAt,
      clientToken,
    };
  },
  async access(input, ctx) {
    return [await imageCheck(ctx, 'imagebuilder:StartResourceStateUpdate', input.resourceArn)];
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    return idempotent(ctx, 'StartResourceStateUpdate', clientToken, params, async () => {
      const image = await requireImage(ctx, input.resourceArn);
      if (image.account !== ctx.caller.accountId) throw notFound(input.resourceArn);
      const status = imageStatus(image.resource) ?? '';
      if (IN_PROGRESS_STATES.includes(status)) {
        throw resourceInUse(
          `The image '${input.resourceArn}' is ${status}: its state can be updated once the build is over.`,
        );
      }
      if (input.executionRole !== undefined) await resolveExecutionRole(ctx, input.executionRole);
      const execution = await createLifecycleExecution(
        ctx.tx,
        { account: ctx.caller.accountId, region: ctx.region },
        {
          kind: 'state-update',
          resourceArn: image.arn,
          status: input.status,
          ...(input.executionRole !== undefined ? { executionRole: input.executionRole } : {}),
          ...(input.includeResources ? { includeResources: input.includeResources } : {}),
          ...(input.exclusionRules ? { exclusionRules: input.exclusionRules } : {}),
          ...(input.updateAt !== undefined ? { notBefore: input.updateAt } : {}),
        },
        ctx.now,
      );
      return { lifecycleExecutionId: execution.name, resourceArn: image.arn };
    });
  },
});
