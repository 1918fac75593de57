/**
 * Checks a resource policy that shares a component, image or recipe: 1-30,000 characters, valid as a
 * resource-based policy (through the engine's parser), and within what Image Builder sharing grants.
 * Image Builder turns these policies into AWS RAM resource shares, whose permissions for Image Builder
 * grant the Get and List actions of the resource type; the documented policies allow exactly those two
 * actions (e.g. imagebuilder:GetComponent and imagebuilder:ListComponents) on the resource, to AWS
 * account principals. So each statement must Allow, name AWS account (or IAM) principals, grant only the
 * type's Get/List actions and name only this resource. Any problem is InvalidParameterValueException.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-shared-resources.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_PutComponentPolicy.html
 */
import type { PolicyDocument, Statement } from '../../../policy/document/ast.js';
import { parsePolicy } from '../../../policy/document/parse.js';
import { invalidParameterValue } from './errors.js';

export type SharedResourceKind = 'component' | 'image' | 'image recipe' | 'container recipe';

/** The actions a sharing policy may grant, per resource type. */
export const SHARING_ACTIONS: Readonly<Record<SharedResourceKind, readonly string[]>> = {
  component: ['imagebuilder:GetComponent', 'imagebuilder:ListComponents'],
  image: ['imagebuilder:GetImage', 'imagebuilder:ListImages'],
  'image recipe': ['imagebuilder:GetImageRecipe', 'imagebuilder:ListImageRecipes'],
  'container recipe': ['imagebuilder:GetContainerRecipe', 'imagebuilder:ListContainerRecipes'],
};

export const MAX_POLICY_LENGTH = 30000;

const ACCOUNT_PRINCIPAL = /^(\d{12}|arn:aws[a-z-]*:iam::\d{12}:(root|user\/.+|role\/.+))$/;

const invalid = (problem: string) => invalidParameterValue(`The policy is not valid: ${problem}`);

function globMatches(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(value);
}

export function checkSharingPolicy(text: string, kind: SharedResourceKind, arn: string): PolicyDocument {
  if (text.length < 1 || text.length > MAX_POLICY_LENGTH)
    throw invalidParameterValue(
      `The value supplied for parameter 'policy' is not valid. Its length must be between 1 and ${MAX_POLICY_LENGTH} characters.`,
    );
  const parsed = parsePolicy(text, { type: 'resource' });
  const error = parsed.findings.find((f) => f.findingType === 'ERROR');
  if (error || !parsed.document) {
    const where = error?.span ? ` (line ${error.span.start.line}, column ${error.span.start.column})` : '';
    throw invalid(error ? `${error.message}${where}` : 'the policy could not be read.');
  }
  parsed.document.statements.forEach((statement) => checkStatement(statement, kind, arn));
  return parsed.document;
}

function checkStatement(statement: Statement, kind: SharedResourceKind, arn: string): void {
  const which = `statement ${statement.index + 1}${statement.sid ? ` (${statement.sid})` : ''}`;
  const allowed = SHARING_ACTIONS[kind];
  if (statement.effect !== 'Allow')
    throw invalid(`${which} has Effect ${statement.effect}; a ${kind} policy may only Allow.`);
  if (statement.notPrincipal || statement.notAction || statement.notResource)
    throw invalid(`${which} uses NotPrincipal, NotAction or NotResource, which a ${kind} policy can't use.`);
  const principal = statement.principal;
  const accounts = principal === '*' ? undefined : principal?.AWS;
  if (!accounts || Object.keys(principal as object).some((key) => key !== 'AWS'))
    throw invalid(
      `${which} must name AWS accounts as principals, as in "Principal": {"AWS": ["123456789012"]}.`,
    );
  for (const value of accounts)
    if (!ACCOUNT_PRINCIPAL.test(value))
      throw invalid(
        `${which} names the principal '${value}'; use an AWS account ID or an IAM ARN of an account.`,
      );
  for (const action of statement.action ?? [])
    if (!allowed.some((a) => a.toLowerCase() === action.toLowerCase()))
      throw invalid(`${which} grants '${action}'; a ${kind} policy may only grant ${allowed.join(' and ')}.`);
  for (const resource of statement.resource ?? [])
    if (!globMatches(resource, arn))
      throw invalid(`${which} names the resource '${resource}'; a ${kind} policy may only name ${arn}.`);
}
