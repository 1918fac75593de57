/**
 * GetMarketplaceResource: "Verify the subscription and perform resource dependency checks on the
 * requested AWS Marketplace resource. For AWS Marketplace components, the response contains fields to
 * download the components and their artifacts." The input is validated as the API model says
 * (resourceType COMPONENT_ARTIFACT or COMPONENT_DATA, resourceArn an Image Builder ARN, resourceLocation)
 * and authorized as imagebuilder:GetMarketplaceResource on the resource (the SAR's component type). ibiam
 * has no AWS Marketplace catalogue and no subscriptions, so no Marketplace resource exists here: every
 * request is answered as AWS answers for a resource it cannot find, ResourceNotFoundException — ibiam
 * never makes up a download URL or document.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetMarketplaceResource.html
 */
import { defineOperation } from '../../../common/operation.js';
import { invalidRequest } from '../../common/errors.js';
import { notFound } from '../../common/image-config-resources.js';
import { JsonReader } from '../../common/input.js';
import { resourceCheck } from '../../common/policy-access.js';

const RESOURCE_TYPES = ['COMPONENT_ARTIFACT', 'COMPONENT_DATA'] as const;
const IMAGE_BUILDER_ARN =
  /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):(?:image-recipe|container-recipe|infrastructure-configuration|distribution-configuration|component|image|image-pipeline|lifecycle-policy|workflow\/(?:build|test|distribution))\/[a-z0-9-_]+(?:\/(?:(?:x|[0-9]+)\.(?:x|[0-9]+)\.(?:x|[0-9]+))(?:\/[0-9]+)?)?$/;

export const getMarketplaceResource = defineOperation({
  name: 'GetMarketplaceResource',
  http: { method: 'POST', uri: '/GetMarketplaceResource' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    const resourceType = reader.optionalEnum('resourceType', RESOURCE_TYPES);
    if (resourceType === undefined) throw invalidRequest("The parameter 'resourceType' is required.");
    const resourceArn = reader.string('resourceArn', { pattern: IMAGE_BUILDER_ARN });
    const resourceLocation = reader.optionalString('resourceLocation', { min: 1, max: 1024 });
    return { resourceType, resourceArn, ...(resourceLocation !== undefined ? { resourceLocation } : {}) };
  },
  access(input, ctx) {
    // Marketplace components are AWS-owned (public): only the caller's own policies decide.
    return [
      resourceCheck(
        'imagebuilder:GetMarketplaceResource',
        input.resourceArn,
        undefined,
        ctx.caller.accountId,
      ),
    ];
  },
  async run(input) {
    // No Marketplace catalogue in ibiam: nothing can be found, whatever the ARN.
    throw notFound(input.resourceArn);
  },
});
