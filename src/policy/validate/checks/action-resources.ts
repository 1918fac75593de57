/**
 * Named actions whose statement can never apply to them because of its Resource element (our own codes;
 * Access Analyzer has no such check):
 * - ACTION_REQUIRES_WILDCARD_RESOURCE: the action supports no resource-level permissions (the reference
 *   lists no resource type), so it is authorized against `*`, which only a `*` Resource matches;
 * - RESOURCE_TYPE_MISMATCH_FOR_ACTION: no Resource entry can name a resource of any of the action's resource
 *   types (`s3:GetObject` on `arn:aws:s3:::bucket` or `imagebuilder:GetImage` on a component ARN).
 * Resource types are matched loosely, so only entries that can never match are reported. Wildcard actions
 * and NotAction/NotResource statements are not examined.
 * "If there is no value for this column, you must specify all resources ("*")":
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html#actions_table
 */
import { compileGlob } from '../../match/glob.js';
import { elementValues, hasWildcard, type CheckContext } from '../check-context.js';

export function checkActionResources(ctx: CheckContext): void {
  const { catalog, report } = ctx;
  for (const statement of ctx.document.statements) {
    const resources = statement.resource;
    if (resources === undefined || resources.length === 0 || statement.action === undefined) continue;
    // A Resource entry that matches the literal resource "*" covers actions without resource types.
    if (resources.some((r) => compileGlob(r)('*'))) continue;
    for (const { value, path } of elementValues(statement, 'Action')) {
      const colon = value.indexOf(':');
      if (colon < 0 || hasWildcard(value)) continue;
      const action = catalog.action(value.slice(0, colon), value.slice(colon + 1));
      if (action === undefined) continue;
      const label = `${action.service}:${action.name}`;
      if (action.resourceTypes.length === 0) {
        const message = `The action ${label} does not support resource-level permissions, so this statement, which names specific resources, never applies to it. Grant it in a statement with "Resource": "*".`;
        report.add('ACTION_REQUIRES_WILDCARD_RESOURCE', message, path);
      } else if (!resources.some((r) => catalog.resourceTypesForArn(action, r, { loose: true }).length > 0)) {
        const types = action.resourceTypes.map((r) => r.name).join(', ');
        const message = `None of the resources of this statement is of a resource type of the action ${label} (${types}), so the statement never applies to it. Update the Resource element or move the action to another statement.`;
        report.add('RESOURCE_TYPE_MISMATCH_FOR_ACTION', message, path);
      }
    }
  }
}
