/**
 * REDUNDANT_RESOURCE: a Resource (or NotResource) entry that another entry of the same element already
 * covers (`arn:aws:iam::111122223333:role/jane-admin` beside `arn:aws:iam::111122223333:role/jane*`,
 * anything beside `*`). An entry covers another when its pattern matches the other's text with the
 * other's `*` read as characters, which for `*`-only patterns means it matches everything the other does;
 * entries with `?` are compared only against literal ARNs, entries with policy variables not at all. Of
 * two identical entries the later one is redundant. One finding per element.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-resource
 */
import type { Statement } from '../../document/ast.js';
import { parseGlob } from '../../match/glob.js';
import { compileLiteralResource, ResourceView } from '../../match/resource.js';
import { elementValues, hasWildcard, type CheckContext, type ElementValue } from '../check-context.js';

interface Entry {
  readonly item: ElementValue;
  readonly view: ResourceView;
  readonly matches: (resource: ResourceView) => boolean;
}

function coversEntry(wider: Entry, narrower: Entry): boolean {
  const w = wider.item.value;
  const n = narrower.item.value;
  if (w.includes('${') || n.includes('${')) return false;
  if (hasWildcard(n) && (w.includes('?') || n.includes('?'))) return false;
  return wider.matches(narrower.view);
}

function redundantEntries(items: readonly ElementValue[]): ElementValue[] {
  const firstStar = items.findIndex((i) => i.value === '*');
  if (firstStar >= 0) return items.filter((_, index) => index !== firstStar);
  if (items.length < 2) return [];
  const entries: Entry[] = items.map((item) => ({
    item,
    view: new ResourceView(item.value),
    matches: compileLiteralResource(parseGlob(item.value)),
  }));
  const redundant = entries.filter((entry, i) =>
    entries.some((other, j) => {
      if (i === j || !coversEntry(other, entry)) return false;
      return j < i || !coversEntry(entry, other);
    }),
  );
  return redundant.map((entry) => entry.item);
}

function checkElement(ctx: CheckContext, statement: Statement, element: 'Resource' | 'NotResource'): void {
  const redundant = redundantEntries(elementValues(statement, element));
  const first = redundant[0];
  if (first === undefined) return;
  const message = `The ${redundant.length} resource ARN(s) are redundant because they reference the same resource. Review the use of wildcards (*)`;
  ctx.report.add('REDUNDANT_RESOURCE', message, first.path);
}

export function checkRedundantResources(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    checkElement(ctx, statement, 'Resource');
    checkElement(ctx, statement, 'NotResource');
  }
}
