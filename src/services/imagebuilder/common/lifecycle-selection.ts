/**
 * Which Image Builder images a lifecycle policy acts on, and how (pure: no store, no IAM):
 * - scope: images of the policy's resource type (AMI_IMAGE: AMI images, CONTAINER_IMAGE: Docker images)
 *   whose recipe is one of `resourceSelection.recipes` (name and version, `x` wildcards) or that carry
 *   one of the `resourceSelection.tagMap` tags, in a settled state (AVAILABLE, DEPRECATED, DISABLED);
 * - each rule (policy detail) skips images with one of its `exclusionRules.tagMap` tags, then filters:
 *   AGE impacts images older than value x unit (a DELETE rule keeps the newest `retainAtLeast`), COUNT
 *   keeps the newest `value` images and impacts the rest. Images are counted per recipe name, newest
 *   first by creation date;
 * - an image impacted by several rules gets the strongest action (DELETE, then DISABLE, then DEPRECATE);
 *   an image already in the rule's target state is not impacted again.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-rules.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecyclePolicyDetailFilter.html
 */
import type { ApiObject } from './image-api-values.js';
import type { LifecycleActionType, LifecyclePolicySettings } from './lifecycle-policy-input.js';
import { matchesVersionFilter, parseVersion, parseVersionFilter } from './versions.js';

/** An image as the selection sees it: its API shape and its current tags. */
export interface LifecycleCandidate {
  readonly arn: string;
  readonly image: ApiObject;
  readonly tags: Readonly<Record<string, string>>;
}

export interface LifecycleDecision {
  readonly candidate: LifecycleCandidate;
  readonly action: LifecycleActionType;
  /** The rule that decided, as the execution resources report it. */
  readonly rule: ApiObject;
  readonly reason: string;
}

const DAY_MS = 86_400_000;
const UNIT_DAYS: Readonly<Record<string, number>> = { DAYS: 1, WEEKS: 7, MONTHS: 30, YEARS: 365 };
const STRENGTH: Readonly<Record<LifecycleActionType, number>> = { DEPRECATE: 1, DISABLE: 2, DELETE: 3 };
const TARGET_STATE: Readonly<Record<LifecycleActionType, readonly string[]>> = {
  DEPRECATE: ['DEPRECATED', 'DISABLED'],
  DISABLE: ['DISABLED'],
  DELETE: [],
};
const SETTLED = ['AVAILABLE', 'DEPRECATED', 'DISABLED'];

export const durationMs = (value: number, unit: string): number => value * (UNIT_DAYS[unit] ?? 1) * DAY_MS;

const statusOf = (image: ApiObject): string =>
  String((image['state'] as ApiObject | undefined)?.['status'] ?? '');
const recipeOf = (image: ApiObject): ApiObject | undefined =>
  (image['imageRecipe'] as ApiObject | undefined) ?? (image['containerRecipe'] as ApiObject | undefined);

/** Whether the tags hold at least one of the key/value pairs of the map. */
export const hasAnyTag = (tags: Readonly<Record<string, string>>, map: unknown): boolean =>
  typeof map === 'object' &&
  map !== null &&
  Object.entries(map as Record<string, unknown>).some(([key, value]) => tags[key] === value);

function recipeSelected(image: ApiObject, recipes: unknown): boolean {
  if (!Array.isArray(recipes)) return false;
  const name = String(recipeOf(image)?.['name'] ?? image['name'] ?? '');
  // The image's version is `1.0.0/2` (semantic version and build); its recipe's is `1.0.0`.
  const version = String(image['version'] ?? recipeOf(image)?.['version'] ?? '').split('/')[0] ?? '';
  if (!/^\d+\.\d+\.\d+$/.test(version)) return false;
  return (recipes as ApiObject[]).some(
    (r) =>
      r['name'] === name &&
      matchesVersionFilter(parseVersion(version), parseVersionFilter(String(r['semanticVersion']))),
  );
}

/** The images in the policy's scope. */
export function inScope(settings: LifecyclePolicySettings, candidates: readonly LifecycleCandidate[]) {
  const type = settings.resourceType === 'CONTAINER_IMAGE' ? 'DOCKER' : 'AMI';
  const selection = settings.resourceSelection;
  return candidates.filter(
    (c) =>
      (c.image['type'] ?? 'AMI') === type &&
      SETTLED.includes(statusOf(c.image)) &&
      (recipeSelected(c.image, selection['recipes']) || hasAnyTag(c.tags, selection['tagMap'])),
  );
}

const created = (c: LifecycleCandidate): number => Date.parse(String(c.image['dateCreated'] ?? '')) || 0;

/** The candidates grouped by recipe name, newest first in each group. */
function groups(candidates: readonly LifecycleCandidate[]): LifecycleCandidate[][] {
  const byName = new Map<string, LifecycleCandidate[]>();
  for (const c of candidates) {
    const name = String(recipeOf(c.image)?.['name'] ?? c.image['name'] ?? '');
    byName.set(name, [...(byName.get(name) ?? []), c]);
  }
  return [...byName.values()].map((g) =>
    g.sort((a, b) => created(b) - created(a) || b.arn.localeCompare(a.arn)),
  );
}

/** The images one rule impacts, with the reason. */
function ruleImpacts(rule: ApiObject, scope: readonly LifecycleCandidate[], now: Date) {
  const action = String((rule['action'] as ApiObject)['type']) as LifecycleActionType;
  const filter = rule['filter'] as ApiObject;
  const excludedTags = (rule['exclusionRules'] as ApiObject | undefined)?.['tagMap'];
  const value = Number(filter['value']);
  const out: { candidate: LifecycleCandidate; reason: string }[] = [];
  for (const group of groups(scope.filter((c) => !hasAnyTag(c.tags, excludedTags)))) {
    if (filter['type'] === 'COUNT') {
      for (const c of group.slice(value))
        out.push({ candidate: c, reason: `More than ${value} newer images exist` });
      continue;
    }
    const unit = String(filter['unit'] ?? 'DAYS');
    const retain = action === 'DELETE' ? Number(filter['retainAtLeast'] ?? 0) : 0;
    for (const c of group.slice(retain)) {
      if (now.getTime() - created(c) >= durationMs(value, unit)) {
        out.push({ candidate: c, reason: `Older than ${value} ${unit.toLowerCase()}` });
      }
    }
  }
  return { action, out };
}

/** Every impacted image with its strongest action (images already in the target state are left out). */
export function lifecycleDecisions(
  settings: LifecyclePolicySettings,
  candidates: readonly LifecycleCandidate[],
  now: Date,
): LifecycleDecision[] {
  const scope = inScope(settings, candidates);
  const decided = new Map<string, LifecycleDecision>();
  for (const rule of settings.policyDetails) {
    const { action, out } = ruleImpacts(rule, scope, now);
    for (const { candidate, reason } of out) {
      if (TARGET_STATE[action].includes(statusOf(candidate.image))) continue;
      const previous = decided.get(candidate.arn);
      if (previous && STRENGTH[previous.action] >= STRENGTH[action]) continue;
      decided.set(candidate.arn, { candidate, action, rule, reason });
    }
  }
  return scope.filter((c) => decided.has(c.arn)).map((c) => decided.get(c.arn)!);
}
