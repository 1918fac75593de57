/**
 * ARN members of Image Builder requests, checked against the API model's patterns (a mismatch is
 * InvalidParameterValueException naming the member and the pattern, as the service answers), with `x`
 * wildcards that must be right-aligned (`1.x.x`, never `x.2.x`: InvalidVersionNumberException). Also the
 * not-found answer for an ARN that names nothing.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetComponent.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/ibhow-semantic-versioning.html
 */
import { parseImageBuilderArn, type ImageBuilderArn } from './arns.js';
import { invalidParameterValue, resourceNotFound } from './errors.js';
import type { JsonReader } from './input.js';
import { parseVersionFilter } from './versions.js';

const HEAD = '^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?)';
const NAME = '[a-z0-9-_]+';
const VERSION = '[0-9]+\\.[0-9]+\\.[0-9]+';
const WILDCARD = '(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)';
const WORKFLOW = ':workflow/(?:build|test|distribution)/';

/** The model's ARN patterns, by the shape names it gives them. */
export const ARN_PATTERNS = {
  ComponentBuildVersionArn: `${HEAD}:component/${NAME}/${VERSION}/[0-9]+$`,
  ComponentVersionArn: `${HEAD}:component/${NAME}/${VERSION}$`,
  ComponentVersionArnOrBuildVersionArn: `${HEAD}:component/${NAME}/(?:${WILDCARD}|${VERSION}/[0-9]+)$`,
  WorkflowBuildVersionArn: `${HEAD}${WORKFLOW}${NAME}/${VERSION}/[0-9]+$`,
  WorkflowVersionArnOrBuildVersionArn: `${HEAD}${WORKFLOW}${NAME}/(?:${WILDCARD}|${VERSION}/[0-9]+)$`,
  WorkflowWildcardVersionArn: `${HEAD}${WORKFLOW}${NAME}/${WILDCARD}$`,
  ImageRecipeArn: `${HEAD}:image-recipe/${NAME}/${VERSION}$`,
  ContainerRecipeArn: `${HEAD}:container-recipe/${NAME}/${VERSION}$`,
  ImageBuildVersionArn: `${HEAD}:image/${NAME}/${VERSION}/[0-9]+$`,
} as const;

export type ArnShape = keyof typeof ARN_PATTERNS;

/** Checks an ARN text against a model pattern; returns it parsed. */
export function checkArn(text: string, member: string, shape: ArnShape): ImageBuilderArn {
  const pattern = ARN_PATTERNS[shape];
  const parsed = new RegExp(pattern).test(text) ? parseImageBuilderArn(text) : undefined;
  if (!parsed)
    throw invalidParameterValue(
      `The value supplied for parameter '${member}' is not valid. '${member}' must match pattern ${pattern}`,
    );
  if (parsed.version?.includes('x')) parseVersionFilter(parsed.version);
  return parsed;
}

/** Reads a required ARN member. */
export function readArn(reader: JsonReader, member: string, shape: ArnShape): string {
  const text = reader.string(member);
  checkArn(text, member, shape);
  return text;
}

const KIND: Readonly<Record<string, string>> = {
  component: 'component',
  image: 'image',
  'image-recipe': 'image recipe',
  'container-recipe': 'container recipe',
  'workflow/build': 'workflow',
  'workflow/test': 'workflow',
  'workflow/distribution': 'workflow',
};

/** ResourceNotFoundException for an ARN that names no resource. */
export function notFound(arn: string) {
  const kind = KIND[parseImageBuilderArn(arn)?.type ?? ''] ?? 'resource';
  return resourceNotFound(`The ${kind} ${arn} does not exist.`);
}
