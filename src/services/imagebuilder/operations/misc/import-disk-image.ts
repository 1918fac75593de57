/**
 * ImportDiskImage: "Import a Windows operating system image from a verified Microsoft ISO disk file" in
 * S3 (`uri`), building it on an instance of the infrastructure configuration. Checked at request time:
 * the infrastructure configuration (the caller's, in the Region), the execution role if any (it must
 * exist and the caller may pass it: iam:PassRole with iam:PassedToService imagebuilder.amazonaws.com),
 * and the read of the ISO — s3:GetObject on the object as the execution role (the role's own policies,
 * boundary included), or as the caller without one — a refusal is AccessDeniedException. Then the image
 * (build type IMPORT_ISO) is answered PENDING and built by the builds engine (misc-disk-import.ts):
 * the role's trust, the launch with the instance profile and the AMI creation are authorized there.
 * Simulated: the ISO's content is not read, and registerImageOptions / windowsConfiguration are validated
 * only. The account's service-linked role is created if missing (an image request). Authorized as
 * imagebuilder:ImportDiskImage on the image version (imageVersion), with aws:RequestTag/aws:TagKeys.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportDiskImage.html
 */
import { defineOperation } from '../../../common/operation.js';
import { invalidParameterValue, invalidRequest } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { compact, type ApiObject } from '../../common/image-api-values.js';
import { ROLE_NAME_OR_ARN } from '../../common/image-build-settings.js';
import { configArnRule, requireOwned } from '../../common/image-config-resources.js';
import { resolveExecutionRole } from '../../common/image-execution-role.js';
import { requestTagContext } from '../../common/image-tag-context.js';
import { JsonReader, type TextRule } from '../../common/input.js';
import { importParams, importVersionArn, readImportBasics } from '../../common/misc-import-input.js';
import { requestDiskImport } from '../../common/misc-disk-import.js';
import { requireAsRole } from '../../common/misc-role-decision.js';
import { ensureImageBuilderServiceLinkedRole } from '../../common/service-linked-role-ensure.js';

const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/;
const URI: TextRule = { min: 1, max: 1024 };

function readOptions(reader: JsonReader): {
  registerImageOptions?: ApiObject;
  windowsConfiguration?: ApiObject;
} {
  const register = reader.optionalStruct('registerImageOptions');
  const secureBootEnabled = register?.optionalBoolean('secureBootEnabled');
  const uefiData = register?.optionalString('uefiData', { min: 1, max: 64000 });
  if (secureBootEnabled === false && uefiData !== undefined)
    throw invalidRequest('uefiData can be specified only when secureBootEnabled is true or unspecified.');
  const windows = reader.optionalStruct('windowsConfiguration');
  const imageIndex = windows?.optionalInteger('imageIndex', { min: 1 });
  if (windows && imageIndex === undefined)
    throw invalidRequest("The parameter 'windowsConfiguration.imageIndex' is required.");
  return {
    ...(register ? { registerImageOptions: compact({ secureBootEnabled, uefiData }) } : {}),
    ...(windows ? { windowsConfiguration: { imageIndex: imageIndex ?? 1 } } : {}),
  };
}

export const importDiskImage = defineOperation({
  name: 'ImportDiskImage',
  http: { method: 'PUT', uri: '/ImportDiskImage' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const basics = readImportBasics(reader);
    const platform = reader.string('platform', { min: 1, max: 1024 });
    if (platform !== 'Windows')
      throw invalidParameterValue(
        "The value supplied for parameter 'platform' is not valid. Allowed values: Windows.",
      );
    const osVersion = reader.string('osVersion', { min: 1 });
    const executionRole = reader.optionalString('executionRole', ROLE_NAME_OR_ARN);
    const infrastructureConfigurationArn = reader.string(
      'infrastructureConfigurationArn',
      configArnRule('infrastructure-configuration'),
    );
    const uri = reader.string('uri', URI);
    const object = S3_URI.exec(uri);
    if (!object)
      throw invalidParameterValue(
        "The value supplied for parameter 'uri' is not valid. Specify the S3 URI of the ISO file, such as s3://bucket/key.",
      );
    return {
      ...basics,
      platform,
      osVersion,
      ...(executionRole !== undefined ? { executionRole } : {}),
      infrastructureConfigurationArn,
      uri,
      objectArn: `arn:aws:s3:::${object[1]}/${object[2]}`,
      ...readOptions(reader),
    };
  },
  access(input, ctx) {
    return [
      {
        action: 'imagebuilder:ImportDiskImage',
        resource: importVersionArn(ctx, input),
        context: requestTagContext(input.tags),
      },
    ];
  },
  async run(input, ctx) {
    return idempotent(ctx, 'ImportDiskImage', input.clientToken, importParams(input), async () => {
      const infrastructure = await requireOwned<ApiObject>(
        ctx,
        'infrastructure-configuration',
        input.infrastructureConfigurationArn,
      );
      const role =
        input.executionRole !== undefined ? await resolveExecutionRole(ctx, input.executionRole) : undefined;
      const read = { action: 's3:GetObject', resource: input.objectArn };
      if (role)
        await requireAsRole(
          ctx,
          role,
          read,
          `The execution role ${role.arn} cannot read the ISO file ${input.uri}`,
        );
      else await ctx.check(read);
      const serviceLinkedRole = await ensureImageBuilderServiceLinkedRole(ctx);
      const arn = await requestDiskImport(ctx, input, {
        platform: input.platform,
        osVersion: input.osVersion,
        infrastructure,
        ...(role ? { executionRole: role } : {}),
        serviceLinkedRoleArn: serviceLinkedRole.arn,
      });
      return { clientToken: input.clientToken, imageBuildVersionArn: arn };
    });
  },
});
