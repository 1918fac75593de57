/**
 * The contract between the image requests (CreateImage, StartImagePipelineExecution) and the simulated
 * builds engine (src/services/imagebuilder/builds/). A request writes, in one transaction:
 * - the image: an envelope of type `image` (collection `imagebuilder:image`, keyed by its build version
 *   ARN `image/NAME/VERSION/BUILD`) whose `resource` is the Image exactly as GetImage returns it, in state
 *   PENDING;
 * - its ImageBuildRequest (collection `imagebuilder:image-build-request`, keyed by the same ARN in the
 *   image's account): everything the build needs, frozen at request time.
 * The builds engine finds work by listing the build requests of each account and reading the image's
 * state; it walks the image through the states (PENDING, BUILDING, TESTING, DISTRIBUTING, INTEGRATING,
 * AVAILABLE or FAILED with `state.reason`) by rewriting the image envelope's `resource.state` (and
 * `outputResources`), and records what it installed in `packages` of this record at the end
 * (ListImagePackages answers from it). It stops when it finds the image CANCELLED (CancelImageCreation)
 * or gone (DeleteImage refuses images in progress). Pipeline runs also update the pipeline's
 * `lastRunStatus`.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-image-states.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Image.html
 */
import type { StoreTx } from '../../../store/store.js';
import type { CallerKind } from '../../common/caller.js';
import type { ApiObject } from './image-api-values.js';

export const BUILD_REQUEST_COLLECTION = 'imagebuilder:image-build-request' as const;

/** The principal that asked for the image (the builds engine acts for it where AWS uses forward access). */
export interface BuildRequester {
  readonly arn: string;
  readonly accountId: string;
  readonly userId: string;
  readonly kind: CallerKind;
  /** The access key the request was signed with (long-term or temporary). */
  readonly accessKeyId: string;
}

export interface ImageBuildRequest {
  readonly schemaVersion: 1;
  readonly imageBuildVersionArn: string;
  readonly account: string;
  readonly region: string;
  readonly requestedAt: string;
  readonly requestedBy: BuildRequester;
  /** USER_INITIATED (CreateImage, StartImagePipelineExecution) or SCHEDULED (a pipeline's schedule). */
  readonly buildType: 'USER_INITIATED' | 'SCHEDULED';
  readonly source:
    | { readonly operation: 'CreateImage' }
    | {
        readonly operation: 'StartImagePipelineExecution' | 'Schedule';
        readonly imagePipelineArn: string;
        readonly imagePipelineName: string;
      };
  /** The recipe as GetImageRecipe / GetContainerRecipe returned it at request time (components included). */
  readonly recipe: {
    readonly type: 'image-recipe' | 'container-recipe';
    readonly arn: string;
    readonly account: string;
    readonly resource: ApiObject;
  };
  /** The infrastructure configuration as GetInfrastructureConfiguration returned it (instance profile by name). */
  readonly infrastructureConfiguration: ApiObject;
  readonly distributionConfiguration?: ApiObject;
  readonly imageTestsConfiguration: ApiObject;
  readonly imageScanningConfiguration?: ApiObject;
  readonly enhancedImageMetadataEnabled: boolean;
  /** The workflows as requested, each with the build version ARN it resolved to. */
  readonly workflows: readonly {
    readonly configuration: ApiObject;
    readonly workflowBuildVersionArn: string;
    readonly type: 'build' | 'test' | 'distribution';
  }[];
  /** The execution role Image Builder assumes for the workflows, if any (else the service-linked role acts). */
  readonly executionRole?: { readonly name: string; readonly arn: string };
  readonly serviceLinkedRoleArn: string;
  readonly loggingConfiguration?: ApiObject;
  /** Tags of the image (request tags, plus the pipeline's imageTags for pipeline runs). */
  readonly tags: Readonly<Record<string, string>>;
  /** Written by the builds engine when the build finishes: the packages of the output image. */
  readonly packages?: readonly { readonly packageName: string; readonly packageVersion: string }[];
}

export const getBuildRequest = (tx: StoreTx, account: string, imageBuildVersionArn: string) =>
  tx.get(BUILD_REQUEST_COLLECTION, account, imageBuildVersionArn) as Promise<ImageBuildRequest | undefined>;

export const putBuildRequest = (tx: StoreTx, request: ImageBuildRequest) =>
  tx.put(BUILD_REQUEST_COLLECTION, request.account, request.imageBuildVersionArn, request);

export const deleteBuildRequest = (tx: StoreTx, account: string, imageBuildVersionArn: string) =>
  tx.delete(BUILD_REQUEST_COLLECTION, account, imageBuildVersionArn);

/** Every build request of the account, in ARN order (all Regions). */
export const listBuildRequests = (tx: StoreTx, account: string) =>
  tx.list(BUILD_REQUEST_COLLECTION, account) as Promise<ImageBuildRequest[]>;
