/**
 * REDUNDANT_ACTION: an Action (or NotAction) entry whose actions another entry of the same element already
 * covers (`iam:GetRole` beside `iam:Get*`, anything beside `*`). Coverage is decided on the actions the
 * patterns name today, as the catalogue lists them; of two entries naming the same actions the later one
 * is the redundant one. Entries with a wildcard in the service prefix and unknown actions are skipped.
 * One finding per element, pointing at its first redundant entry.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-action
 */
import type { ActionInfo } from '../../catalog/types.js';
import type { Statement } from '../../document/ast.js';
import { elementValues, hasWildcard, type CheckContext, type ElementValue } from '../check-context.js';

interface Entry {
  readonly item: ElementValue;
  /** The actions the entry covers (the catalogue's own objects, so identity compares them). */
  readonly actions: readonly ActionInfo[];
  /** The same as a set, built when the entry is first asked to cover another. */
  set?: ReadonlySet<ActionInfo>;
}

function entryOf(ctx: CheckContext, item: ElementValue): Entry | undefined {
  const colon = item.value.indexOf(':');
  if (colon < 0 || hasWildcard(item.value.slice(0, colon))) return undefined;
  const actions = ctx.catalog.expandActionPattern(item.value);
  return actions.length === 0 ? undefined : { item, actions };
}

function covers(wider: Entry, narrower: Entry): boolean {
  if (
    wider.actions.length < narrower.actions.length ||
    wider.actions[0]?.service !== narrower.actions[0]?.service
  ) {
    return false;
  }
  const set = (wider.set ??= new Set(wider.actions));
  return narrower.actions.every((action) => set.has(action));
}

function redundantEntries(ctx: CheckContext, items: readonly ElementValue[]): ElementValue[] {
  const firstStar = items.findIndex((i) => i.value === '*');
  if (firstStar >= 0) return items.filter((_, index) => index !== firstStar);
  const entries = items.flatMap((item) => entryOf(ctx, item) ?? []);
  const redundant = entries.filter((entry, i) =>
    entries.some((other, j) => {
      if (i === j || !covers(other, entry)) return false;
      // Two entries naming the same actions: only the later one is redundant.
      return j < i || other.actions.length > entry.actions.length;
    }),
  );
  return redundant.map((entry) => entry.item);
}

function checkElement(ctx: CheckContext, statement: Statement, element: 'Action' | 'NotAction'): void {
  const redundant = redundantEntries(ctx, elementValues(statement, element));
  const first = redundant[0];
  if (first === undefined) return;
  const message = `The ${redundant.length} action(s) are redundant because they provide similar permissions. Update the policy to remove the redundant action such as: ${first.value}.`;
  ctx.report.add('REDUNDANT_ACTION', message, first.path);
}

export function checkRedundantActions(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    checkElement(ctx, statement, 'Action');
    checkElement(ctx, statement, 'NotAction');
  }
}
