/**
 * Action and NotAction values against the catalogue: an unknown service prefix (INVALID_SERVICE_IN_ACTION)
 * or action name (INVALID_ACTION), each with a "did you mean", a wildcard pattern that names no action
 * (INVALID_ACTION), and wildcards in the service prefix (WILDCARD_IN_SERVICE_NAME). For SCPs, a `*` that
 * is not at the end (SCP_SYNTAX_ERROR_ACTION_WILDCARD); for RCPs, a service RCPs do not cover
 * (RCP_SYNTAX_ERROR_ACTION). Values holding policy variables are the variable checks' business.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-action
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-service-in-action
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-scp-syntax-error-action-wildcard
 * RCP services: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
 */
import { suggestAction, suggestService } from '../../catalog/did-you-mean.js';
import { elementValues, hasWildcard, type CheckContext, type ElementValue } from '../check-context.js';

const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` Did you mean ${suggestion}?`;

function checkAction(ctx: CheckContext, { value, path }: ElementValue): void {
  if (value === '*' || value.includes('${')) return;
  if (ctx.type === 'scp' && value.slice(0, -1).includes('*')) {
    const message = `SCP actions can include wildcards (*) only at the end of a string. Update ${value}.`;
    ctx.report.add('SCP_SYNTAX_ERROR_ACTION_WILDCARD', message, path);
  }
  const colon = value.indexOf(':');
  if (colon < 0) {
    ctx.report.add('INVALID_ACTION', `The action ${value} does not exist.`, path);
    return;
  }
  const service = value.slice(0, colon);
  const name = value.slice(colon + 1);
  if (hasWildcard(service)) {
    const message =
      'Avoid using wildcards (*, ?) in the service name because it might grant unintended access to other AWS services with similar names.';
    ctx.report.add('WILDCARD_IN_SERVICE_NAME', message, path);
    return;
  }
  const { catalog } = ctx;
  if (!catalog.serviceExists(service)) {
    const message = `The service ${service} specified in the action does not exist.${didYouMean(suggestService(catalog, service))}`;
    ctx.report.add('INVALID_SERVICE_IN_ACTION', message, path);
    return;
  }
  if (ctx.type === 'rcp' && !catalog.supportsRcp(service)) {
    const message = `RCPs do not support actions of the service ${service}. Remove the action ${value} or use the action of a service that RCPs support.`;
    ctx.report.add('RCP_SYNTAX_ERROR_ACTION', message, path);
  }
  if (hasWildcard(name)) {
    if (catalog.expandActionPattern(value).length === 0) {
      ctx.report.add(
        'INVALID_ACTION',
        `The action ${value} does not match any action of the service ${service}.`,
        path,
      );
    }
    return;
  }
  if (catalog.action(service, name) === undefined) {
    const message = `The action ${value} does not exist.${didYouMean(suggestAction(catalog, service, name))}`;
    ctx.report.add('INVALID_ACTION', message, path);
  }
}

export function checkActionNames(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    for (const item of elementValues(statement, 'Action')) checkAction(ctx, item);
    for (const item of elementValues(statement, 'NotAction')) checkAction(ctx, item);
  }
}
