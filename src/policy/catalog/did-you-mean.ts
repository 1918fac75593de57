/**
 * "Did you mean" suggestions for misspelt service prefixes and action names, as Access Analyzer's
 * INVALID_SERVICE_IN_ACTION and INVALID_ACTION findings offer them: the closest known name by edit
 * distance (case-insensitive), when it is close enough to be a plausible typo.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-action
 */
import type { Catalog } from './types.js';

/** Levenshtein distance (insertions, deletions, substitutions), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `name` (case-insensitive), if within a third of its length (at least 2 edits). */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = Math.max(2, Math.ceil(lower.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The known service prefix closest to a misspelt one (`imagebuildr` -> `imagebuilder`). */
export function suggestService(catalog: Catalog, service: string): string | undefined {
  return closestName(service, catalog.serviceNames());
}

/** The closest action of a known service, as `service:Name` (`imagebuilder:GetImge` -> `imagebuilder:GetImage`). */
export function suggestAction(catalog: Catalog, service: string, action: string): string | undefined {
  const names = catalog.actions(service).map((a) => a.name);
  const best = closestName(action, names);
  return best === undefined ? undefined : `${service.toLowerCase()}:${best}`;
}
