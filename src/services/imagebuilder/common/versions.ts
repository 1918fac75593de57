/**
 * Semantic versions as Image Builder uses them: `major.minor.patch`, each 0..2^30-1, assigned by the
 * caller, plus a build number the service assigns. Filters may use `x` wildcards, and once a node is `x`
 * every node to its right must be `x` too.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/ibhow-semantic-versioning.html
 */
import { invalidVersionNumber } from './errors.js';

export const MAX_VERSION_NODE = 2 ** 30 - 1;

export type Version = readonly [number, number, number];

/** Parses `1.2.3`; throws InvalidVersionNumberException for anything else. */
export function parseVersion(text: string): Version {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!m)
    throw invalidVersionNumber(
      `The semantic version ${text} is not valid. Use the format <major>.<minor>.<patch>.`,
    );
  const nodes = [Number(m[1]), Number(m[2]), Number(m[3])] as const;
  if (nodes.some((n) => n > MAX_VERSION_NODE)) {
    throw invalidVersionNumber(
      `The semantic version ${text} is not valid. Each node must be at most ${MAX_VERSION_NODE}.`,
    );
  }
  return nodes;
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** A version filter such as `1.x.x`; null nodes are wildcards. */
export type VersionFilter = readonly [number | null, number | null, number | null];

export function parseVersionFilter(text: string): VersionFilter {
  const m = /^(\d+|x)\.(\d+|x)\.(\d+|x)$/.exec(text);
  if (!m) throw invalidVersionNumber(`The semantic version ${text} is not valid.`);
  const nodes = [m[1], m[2], m[3]].map((n) => (n === 'x' ? null : Number(n))) as [
    number | null,
    number | null,
    number | null,
  ];
  const firstWildcard = nodes.indexOf(null);
  if (firstWildcard >= 0 && nodes.slice(firstWildcard).some((n) => n !== null)) {
    throw invalidVersionNumber(
      `The semantic version ${text} is not valid. Once a node is x, the nodes to its right must be x.`,
    );
  }
  return nodes;
}

export function matchesVersionFilter(version: Version, filter: VersionFilter): boolean {
  return filter.every((node, i) => node === null || node === version[i]);
}
