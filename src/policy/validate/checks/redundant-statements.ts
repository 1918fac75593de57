/**
 * REDUNDANT_STATEMENT: a statement that grants or denies exactly what an earlier one does: same Effect,
 * Principal, Action, Resource and Condition (and their Not forms), whatever the Sid and the order of the
 * values. Action names and condition keys compare case-insensitively, as IAM reads them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-statement
 */
import type { PrincipalBlock, Statement } from '../../document/ast.js';
import type { CheckContext } from '../check-context.js';

const sorted = (values: readonly string[] | undefined): string[] | null =>
  values ? [...values].sort() : null;
const lowerSorted = (values: readonly string[] | undefined): string[] | null =>
  values ? values.map((v) => v.toLowerCase()).sort() : null;

function principalShape(block: PrincipalBlock | undefined): unknown {
  if (block === undefined || block === '*') return block ?? null;
  return Object.entries(block)
    .map(([kind, values]) => [kind, sorted(values as readonly string[])])
    .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1));
}

/** A canonical text of what the statement means. */
function meaning(statement: Statement): string {
  const conditions = statement.conditions
    .map((c) => JSON.stringify([c.operator, c.key.toLowerCase(), sorted(c.values)]))
    .sort();
  return JSON.stringify([
    statement.effect,
    principalShape(statement.principal),
    principalShape(statement.notPrincipal),
    lowerSorted(statement.action),
    lowerSorted(statement.notAction),
    sorted(statement.resource),
    sorted(statement.notResource),
    conditions,
  ]);
}

export function checkRedundantStatements(ctx: CheckContext): void {
  const seen = new Set<string>();
  for (const statement of ctx.document.statements) {
    const key = meaning(statement);
    if (seen.has(key)) {
      const message =
        'The statements are redundant because they provide identical permissions. Update the policy to remove the redundant statement.';
      ctx.report.add('REDUNDANT_STATEMENT', message, statement.path);
    }
    seen.add(key);
  }
}
