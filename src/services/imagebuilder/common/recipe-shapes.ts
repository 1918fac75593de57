/**
 * Recipes as the API returns them: `ImageRecipe` and `ContainerRecipe` (the Get* answers, stored as the
 * envelope's `resource`) and their list summaries, members in the model's order.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImageRecipe.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ContainerRecipe.html
 */
import type { Platform } from './component-shapes.js';
import type {
  ComponentConfiguration,
  readAdditionalInstanceConfiguration,
  readBlockDeviceMappings,
  readInstanceConfiguration,
  readTargetRepository,
} from './recipe-input.js';

export type ImageRecipeShape = {
  readonly arn: string;
  readonly type: 'AMI';
  readonly name: string;
  readonly description?: string;
  readonly platform: Platform;
  readonly owner: string;
  readonly version: string;
  readonly components: readonly ComponentConfiguration[];
  readonly parentImage: string;
  readonly blockDeviceMappings?: NonNullable<ReturnType<typeof readBlockDeviceMappings>>;
  readonly dateCreated: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly workingDirectory?: string;
  readonly additionalInstanceConfiguration?: NonNullable<
    ReturnType<typeof readAdditionalInstanceConfiguration>
  >;
  readonly amiTags?: Readonly<Record<string, string>>;
};

export type ContainerRecipeShape = {
  readonly arn: string;
  readonly containerType: 'DOCKER';
  readonly name: string;
  readonly description?: string;
  readonly platform: Platform;
  readonly owner: string;
  readonly version: string;
  readonly components: readonly ComponentConfiguration[];
  readonly instanceConfiguration?: NonNullable<ReturnType<typeof readInstanceConfiguration>>;
  readonly dockerfileTemplateData?: string;
  readonly kmsKeyId?: string;
  readonly encrypted: boolean;
  readonly parentImage: string;
  readonly dateCreated: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly workingDirectory?: string;
  readonly targetRepository: ReturnType<typeof readTargetRepository>;
};

export function imageRecipeSummaryShape(r: ImageRecipeShape) {
  return {
    arn: r.arn,
    name: r.name,
    platform: r.platform,
    owner: r.owner,
    parentImage: r.parentImage,
    dateCreated: r.dateCreated,
    tags: r.tags,
  };
}

export function containerRecipeSummaryShape(r: ContainerRecipeShape) {
  return {
    arn: r.arn,
    containerType: r.containerType,
    name: r.name,
    platform: r.platform,
    owner: r.owner,
    parentImage: r.parentImage,
    dateCreated: r.dateCreated,
    instanceImage: r.instanceConfiguration?.image,
    tags: r.tags,
  };
}
