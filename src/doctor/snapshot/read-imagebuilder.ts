/**
 * Reads Image Builder resources: the JSON output of one `aws imagebuilder get-*` command
 * (get-infrastructure-configuration, get-distribution-configuration, get-lifecycle-policy,
 * get-image-pipeline, get-container-recipe, get-image-recipe, get-image), an object merging several such
 * outputs under their keys, or an array of either. ECR repositories and their tags (`repositories`, as
 * `aws ecr describe-repositories` prints them, each with a `tags` list added) are read too, for the
 * lifecycle tag check. Field names follow the Image Builder API.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetInfrastructureConfiguration.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DistributionConfiguration.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecyclePolicy.html
 */
import { jsonPath, SnapshotError } from './input-error.js';
import { JsonReader } from './json-reader.js';
import type { BuildDefinition, ImageBuilderSnapshot } from './types.js';

type Reader = (r: JsonReader, into: ImageBuilderSnapshot) => void;

const nameOf = (r: JsonReader, arn: string) => r.optString('name') ?? arn.slice(arn.lastIndexOf('/') + 1);

const infrastructure: Reader = (r, into) => {
  const arn = r.object().string('arn');
  const s3 = r.child('logging').child('s3Logs');
  const bucket = s3.optString('s3BucketName');
  const prefix = s3.optString('s3KeyPrefix');
  const profile = r.optString('instanceProfileName');
  const topic = r.optString('snsTopicArn');
  into.infrastructureConfigurations.push({
    arn,
    name: nameOf(r, arn),
    ...(profile ? { instanceProfileName: profile } : {}),
    ...(bucket ? { s3Logs: { bucket, ...(prefix ? { prefix } : {}) } } : {}),
    ...(topic ? { snsTopicArn: topic } : {}),
  });
};

const distribution: Reader = (r, into) => {
  const arn = r.object().string('arn');
  into.distributionConfigurations.push({
    arn,
    name: nameOf(r, arn),
    distributions: r.list('distributions').map((d) => {
      const repository = d
        .object()
        .child('containerDistributionConfiguration')
        .child('targetRepository')
        .optString('repositoryName');
      return {
        region: d.optString('region') ?? '',
        targetAccountIds: d.child('amiDistributionConfiguration').strings('targetAccountIds'),
        ...(repository ? { containerRepository: repository } : {}),
      };
    }),
  });
};

const lifecycle: Reader = (r, into) => {
  const arn = r.object().string('arn');
  const role = r.optString('executionRole');
  const type = r.optString('resourceType');
  into.lifecyclePolicies.push({
    arn,
    name: nameOf(r, arn),
    ...(role ? { executionRole: role } : {}),
    ...(type ? { resourceType: type } : {}),
    recipes: r
      .child('resourceSelection')
      .list('recipes')
      .map((x) => {
        const version = x.object().optString('semanticVersion');
        return { name: x.string('name'), ...(version ? { semanticVersion: version } : {}) };
      }),
  });
};

function build(kind: BuildDefinition['kind'], r: JsonReader): BuildDefinition {
  const arn = r.object().string('arn');
  // get-image nests the resources it used ({"imageRecipe": {"arn": ...}}); pipelines name them by ARN.
  const ref = (flat: string, nested: string) => r.optString(flat) ?? r.child(nested).optString('arn');
  const fields = {
    imageRecipeArn: ref('imageRecipeArn', 'imageRecipe'),
    containerRecipeArn: ref('containerRecipeArn', 'containerRecipe'),
    infrastructureConfigurationArn: ref('infrastructureConfigurationArn', 'infrastructureConfiguration'),
    distributionConfigurationArn: ref('distributionConfigurationArn', 'distributionConfiguration'),
    executionRole: r.optString('executionRole'),
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return {
    kind,
    arn,
    name: nameOf(r, arn),
    ...defined,
    workflows: r.list('workflows').map((w) => w.object().string('workflowArn')),
  };
}

const containerRecipe: Reader = (r, into) => {
  const arn = r.object().string('arn');
  const repository = r.child('targetRepository').optString('repositoryName');
  into.containerRecipes.push({
    arn,
    name: nameOf(r, arn),
    ...(repository ? { repositoryName: repository } : {}),
  });
};

const repository: Reader = (r, into) => {
  r.object();
  const arn = r.optString('repositoryArn');
  const name = r.optString('repositoryName') ?? arn?.slice(arn.indexOf(':repository/') + 12);
  if (!name) return r.fail('a repository without repositoryName or repositoryArn');
  const hasTags = r.has('tags') || r.has('Tags');
  into.repositories.push({
    name,
    ...(arn ? { arn } : {}),
    ...(hasTags ? { tags: r.tags(r.has('tags') ? 'tags' : 'Tags') } : {}),
  });
};

const READERS: Record<string, Reader> = {
  infrastructureConfiguration: infrastructure,
  distributionConfiguration: distribution,
  lifecyclePolicy: lifecycle,
  imagePipeline: (r, into) => void into.builds.push(build('image-pipeline', r)),
  image: (r, into) => void into.builds.push(build('image', r)),
  containerRecipe,
  imageRecipe: (r, into) => {
    const arn = r.object().string('arn');
    into.imageRecipes.push({ arn, name: nameOf(r, arn) });
  },
  repository,
};

/** Plural keys (lists of the same resources) and the key of their elements. */
const PLURAL: Record<string, string> = {
  infrastructureConfigurations: 'infrastructureConfiguration',
  distributionConfigurations: 'distributionConfiguration',
  lifecyclePolicies: 'lifecyclePolicy',
  imagePipelines: 'imagePipeline',
  imagePipelineList: 'imagePipeline',
  images: 'image',
  containerRecipes: 'containerRecipe',
  imageRecipes: 'imageRecipe',
  repositories: 'repository',
};

/** A bare resource (no wrapper key): its kind from the ARN's resource type. */
const BY_ARN_TYPE: Record<string, string> = {
  'infrastructure-configuration': 'infrastructureConfiguration',
  'distribution-configuration': 'distributionConfiguration',
  'lifecycle-policy': 'lifecyclePolicy',
  'image-pipeline': 'imagePipeline',
  image: 'image',
  'container-recipe': 'containerRecipe',
  'image-recipe': 'imageRecipe',
};

function readOne(r: JsonReader, into: ImageBuilderSnapshot): void {
  if (Array.isArray(r.value)) {
    r.value.forEach((item: unknown, i) => readOne(new JsonReader(r.file, item, [...r.path, i]), into));
    return;
  }
  r.object();
  let found = false;
  for (const [key, read] of Object.entries(READERS)) {
    if (r.has(key)) {
      read(r.child(key), into);
      found = true;
    }
  }
  for (const [key, single] of Object.entries(PLURAL)) {
    if (!r.has(key)) continue;
    for (const item of r.list(key)) READERS[single]!(item, into);
    found = true;
  }
  const arn = r.optString('arn');
  const type = arn && /^arn:[^:]+:imagebuilder:/.test(arn) ? arn.split(':')[5]?.split('/')[0] : undefined;
  if (!found && type && BY_ARN_TYPE[type]) {
    READERS[BY_ARN_TYPE[type]]!(r, into);
    found = true;
  }
  if (!found) {
    throw new SnapshotError(
      r.file,
      `${r.path.length ? jsonPath(r.path) + ': ' : ''}not the output of an \`aws imagebuilder get-*\` command (expected one of ${Object.keys(READERS).join(', ')})`,
    );
  }
}

/** Reads one --imagebuilder file's parsed JSON into `into`. */
export function readImageBuilder(file: string, value: unknown, into: ImageBuilderSnapshot): void {
  readOne(new JsonReader(file, value), into);
}
