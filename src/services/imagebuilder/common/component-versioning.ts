/**
 * Names, versions and builds of versioned Image Builder resources (components and workflows, whose
 * build number the service assigns, and recipes, which have none): the ARN form of a name (lower case,
 * spaces as dashes), the semantic version a caller assigns, the next build number for a name and
 * version ("Image Builder automatically increments the build version when you create a component with
 * the same name and semantic version"), resolving an ARN with `x` wildcards to the newest match, and the
 * version references that Create and Get answers carry.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/ibhow-semantic-versioning.html
 */
import type { StoreTx } from '../../../store/store.js';
import {
  imageBuilderArn,
  parseImageBuilderArn,
  type ImageBuilderArn,
  type ImageBuilderResourceType,
} from './arns.js';
import { invalidVersionNumber } from './errors.js';
import type { JsonReader } from './input.js';
import { listResources, type StoredResource } from './resources.js';
import {
  compareVersions,
  matchesVersionFilter,
  parseVersion,
  parseVersionFilter,
  type Version,
} from './versions.js';

/** ResourceName: 3-128 characters, letters, digits, dashes, underscores and inner spaces. */
export const RESOURCE_NAME = { pattern: /^[-_A-Za-z0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z0-9]$/ };

/** The name as it appears in ARNs (`[a-z0-9-_]+`). */
export const arnName = (name: string): string => name.toLowerCase().replace(/ /g, '-');

/** Reads `semanticVersion` (`major.minor.patch`, each node at most 2^30-1). */
export function readSemanticVersion(reader: JsonReader, member = 'semanticVersion'): string {
  const text = reader.string(member);
  if (!/^[0-9]+\.[0-9]+\.[0-9]+$/.test(text))
    throw invalidVersionNumber(
      `The value supplied for parameter '${member}' is not valid. ${member} must match pattern ^[0-9]+\\.[0-9]+\\.[0-9]+$`,
    );
  parseVersion(text);
  return text;
}

const versionOf = (r: StoredResource<unknown>): Version => parseVersion(r.version ?? '0.0.0');

/** Every stored build of the name in the account and Region (in ARN order). */
export async function buildsOf<T>(
  tx: StoreTx,
  type: ImageBuilderResourceType,
  account: string,
  region: string,
  name: string,
): Promise<StoredResource<T>[]> {
  const wanted = arnName(name);
  return (await listResources<T>(tx, type, account, region)).filter(
    (r) => parseImageBuilderArn(r.arn)?.name === wanted,
  );
}

const COUNTERS = 'imagebuilder:build-numbers' as const;
const counterKey = (type: string, region: string, name: string, version: string) =>
  `${type}/${region}/${arnName(name)}/${version}`;

/**
 * The build number the next Create of this name and version gets: one more than any build it has had
 * (numbers are not reused after a delete).
 */
export async function nextBuild(
  tx: StoreTx,
  type: ImageBuilderResourceType,
  account: string,
  region: string,
  name: string,
  version: string,
): Promise<number> {
  const counter = (await tx.get(COUNTERS, account, counterKey(type, region, name, version))) as
    { last: number } | undefined;
  const builds = (await buildsOf(tx, type, account, region, name)).filter((r) => r.version === version);
  return builds.reduce((max, r) => Math.max(max, r.build ?? 0), counter?.last ?? 0) + 1;
}

/** Records that the build number is taken (in the creating transaction). */
export async function reserveBuild(
  tx: StoreTx,
  type: ImageBuilderResourceType,
  account: string,
  region: string,
  name: string,
  version: string,
  build: number,
): Promise<void> {
  await tx.put(COUNTERS, account, counterKey(type, region, name, version), { last: build });
}

/** Newest first: by version, then by build. */
export function newestFirst<T>(a: StoredResource<T>, b: StoredResource<T>): number {
  return compareVersions(versionOf(b), versionOf(a)) || (b.build ?? 0) - (a.build ?? 0);
}

/**
 * The stored resource an ARN names: a build version ARN exactly, or — for a version ARN, with or without
 * `x` wildcards — the newest build of the newest matching version. Looks in the ARN's account and Region.
 */
export async function resolveVersioned<T>(
  tx: StoreTx,
  arn: ImageBuilderArn,
  type: ImageBuilderResourceType = arn.type,
): Promise<StoredResource<T> | undefined> {
  const candidates = await buildsOf<T>(tx, type, arn.account, arn.region, arn.name);
  if (arn.version === undefined) return candidates.sort(newestFirst)[0];
  const filter = parseVersionFilter(arn.version);
  const matching = candidates.filter(
    (r) => matchesVersionFilter(versionOf(r), filter) && (arn.build === undefined || r.build === arn.build),
  );
  return matching.sort(newestFirst)[0];
}

/** latestVersionReferences: the version ARN with `x` in place of the nodes from the right. */
export function latestVersionReferences(arn: string) {
  const parsed = parseImageBuilderArn(arn);
  if (!parsed?.version) return undefined;
  const [major, minor, patch] = parsed.version.split('.');
  const { partition, region, account, type, name } = parsed;
  const at = (version: string) => imageBuilderArn({ partition, region, account, type, name, version });
  return {
    latestVersionArn: at('x.x.x'),
    latestMajorVersionArn: at(`${major}.x.x`),
    latestMinorVersionArn: at(`${major}.${minor}.x`),
    latestPatchVersionArn: at(`${major}.${minor}.${patch}`),
  };
}
