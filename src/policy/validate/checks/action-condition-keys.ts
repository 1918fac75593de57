/**
 * Service condition keys against the actions of their statement (UNSUPPORTED_ACTION_FOR_CONDITION_KEY):
 * a key such as `s3:prefix` or `iam:PassedToService` applies only to the actions whose row in the Service
 * Authorization Reference lists it (directly, or through one of the action's resource types). When a
 * statement names actions that do not support the key, the condition is never evaluated for them, which
 * Access Analyzer reports as an error naming those actions.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-unsupported-action-for-condition-key
 * "The Condition keys column includes keys that you can specify in a policy statement's Condition element":
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html#actions_table
 *
 * Kept conservative, so that a valid policy is never reported: only actions named without wildcards
 * (in Action, not NotAction), only keys the catalogue defines (unknown keys are
 * INVALID_SERVICE_CONDITION_KEY's business), and only a key against actions of its own service: global
 * `aws:` keys apply to every action, identity-provider keys such as `accounts.google.com:aud` are claims,
 * and some service keys describe the caller rather than the request (`lambda:SourceFunctionArn`,
 * `glue:RoleAssumedBy` on any service's actions; `ec2:SourceInstanceARN`, present in "all AWS API calls
 * made using EC2 role credentials":
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html#instance-metadata-security-credentials).
 * Entries that say what happens when the key is absent (`...IfExists`, `ForAllValues:`, `Null`) are written
 * for exactly this situation (AWS managed policies pair `kms:DescribeKey` with
 * `ForAllValues:StringEquals kms:EncryptionContextKeys`), so they are not reported either.
 */
import type { ActionInfo, Catalog } from '../../catalog/types.js';
import { parseOperatorName } from '../../condition/operator-name.js';
import type { Statement } from '../../document/ast.js';
import { hasWildcard, type CheckContext } from '../check-context.js';

/** A key with its template placeholder (`${TagKey}`, `<key>`) written one way, lower-cased. */
function normalizeKey(key: string): string {
  return key.replace(/\$\{[^}]*\}|<[^>]*>/g, '{}').toLowerCase();
}

/** The normalised keys an action supports: its own and those of its resource types. */
function supportedKeys(
  catalog: Catalog,
  action: ActionInfo,
  cache: Map<ActionInfo, Set<string>>,
): Set<string> {
  let keys = cache.get(action);
  if (keys === undefined) {
    keys = new Set(action.conditionKeys.map(normalizeKey));
    for (const resourceType of action.resourceTypes) {
      for (const key of resourceType.conditionKeys) keys.add(normalizeKey(key));
      const info = catalog.resourceType(action.service, resourceType.name);
      for (const key of info?.conditionKeys ?? []) keys.add(normalizeKey(key));
    }
    cache.set(action, keys);
  }
  return keys;
}

/** The actions a statement names exactly (no wildcards), as the catalogue knows them. */
function namedActions(catalog: Catalog, statement: Statement): { label: string; info: ActionInfo }[] {
  const found: { label: string; info: ActionInfo }[] = [];
  for (const value of statement.action ?? []) {
    const colon = value.indexOf(':');
    if (colon <= 0 || hasWildcard(value)) continue;
    const info = catalog.action(value.slice(0, colon), value.slice(colon + 1));
    if (info) found.push({ label: `${info.service}:${info.name}`, info });
  }
  return found;
}

/** Service keys that describe the calling principal, so they apply to every action. */
const CALLER_KEYS: ReadonlySet<string> = new Set(['ec2:sourceinstancearn', 'ec2:sourceinstanceprivateipv4']);

export function checkActionConditionKeys(ctx: CheckContext): void {
  const { catalog, report } = ctx;
  const cache = new Map<ActionInfo, Set<string>>();
  for (const statement of ctx.document.statements) {
    if (statement.conditions.length === 0) continue;
    const actions = namedActions(catalog, statement);
    if (actions.length === 0) continue;
    for (const entry of statement.conditions) {
      const name = parseOperatorName(entry.operator);
      if (name.ifExists || name.qualifier === 'ForAllValues' || name.base === 'Null') continue;
      const colon = entry.key.indexOf(':');
      const prefix = entry.key.slice(0, Math.max(colon, 0)).toLowerCase();
      if (colon <= 0 || prefix === 'aws' || CALLER_KEYS.has(entry.key.toLowerCase())) continue;
      const ownActions = actions.filter((a) => a.info.service === prefix);
      if (ownActions.length === 0) continue;
      const definition = catalog.conditionKey(entry.key);
      if (definition === undefined) continue;
      const key = normalizeKey(definition.key);
      const unsupported = ownActions.filter((a) => !supportedKeys(catalog, a.info, cache).has(key));
      if (unsupported.length === 0) continue;
      const labels = [...new Set(unsupported.map((a) => a.label))].join(', ');
      const message = `The following actions: ${labels} are not supported by the condition key ${entry.key}. The condition will not be evaluated for these actions. We recommend that you move these actions to a different statement without this condition key.`;
      report.add('UNSUPPORTED_ACTION_FOR_CONDITION_KEY', message, entry.path);
    }
  }
}
