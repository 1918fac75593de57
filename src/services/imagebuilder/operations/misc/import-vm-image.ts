/**
 * ImportVmImage: "You can reference the task ID from the VM import to pull in the AMI that the import
 * created as the base image for your Image Builder recipe." Creates a build of `image/NAME/VERSION` with
 * build type IMPORT. Simulated: ibiam has no EC2 VM Import, so the task id is not looked up; the image is
 * AVAILABLE at once with a simulated AMI, and its state reason says so (misc-import-records.ts). As an
 * image request it creates the account's service-linked role when there is none (the caller then needs
 * iam:CreateServiceLinkedRole). Authorized as imagebuilder:ImportVmImage on the image version
 * (imageVersion), with aws:RequestTag/aws:TagKeys. The answer's imageArn is the image build version ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportVmImage.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
 */
import { defineOperation } from '../../../common/operation.js';
import { PLATFORMS } from '../../common/component-shapes.js';
import { invalidRequest } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { NON_EMPTY } from '../../common/image-config-resources.js';
import { requestTagContext } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';
import { importParams, importVersionArn, readImportBasics } from '../../common/misc-import-input.js';
import { writeVmImport } from '../../common/misc-import-records.js';
import { ensureImageBuilderServiceLinkedRole } from '../../common/service-linked-role-ensure.js';

export const importVmImage = defineOperation({
  name: 'ImportVmImage',
  http: { method: 'PUT', uri: '/ImportVmImage' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const basics = readImportBasics(reader);
    const platform = reader.optionalEnum('platform', PLATFORMS);
    if (platform === undefined) throw invalidRequest("The parameter 'platform' is required.");
    const osVersion = reader.optionalString('osVersion', { min: 1 });
    const vmImportTaskId = reader.string('vmImportTaskId', NON_EMPTY);
    return { ...basics, platform, ...(osVersion !== undefined ? { osVersion } : {}), vmImportTaskId };
  },
  access(input, ctx) {
    return [
      {
        action: 'imagebuilder:ImportVmImage',
        resource: importVersionArn(ctx, input),
        context: requestTagContext(input.tags),
      },
    ];
  },
  async run(input, ctx) {
    const result = await idempotent(
      ctx,
      'ImportVmImage',
      input.clientToken,
      importParams(input),
      async () => {
        await ensureImageBuilderServiceLinkedRole(ctx);
        const arn = await writeVmImport(ctx, input, input);
        return { requestId: ctx.requestId, imageArn: arn, clientToken: input.clientToken };
      },
    );
    return { ...result, requestId: ctx.requestId };
  },
});
