/**
 * The inputs the policy simulation operations share: policy documents given as strings, resource ARNs,
 * ResourceOwner, CallerArn and ContextEntries (name, values and ContextKeyType), checked the way IAM does.
 * Messages AWS returns that are reproduced here: `ResourceNames are not in a valid ARN format: X.` and
 * `'X' is not a valid as a Resource Owner.` (InvalidInput).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ContextEntry.html
 */
import { parsePolicy, type ParseResult } from '../../../policy/document/parse.js';
import type { ValidationPolicyType } from '../../../policy/validate/finding.js';
import type { ContextValue } from '../../../policy/condition/types.js';
import type { InputReader } from '../../common/input.js';
import type { InputParams } from '../../common/operation.js';
import { invalidInput } from '../../common/service-error.js';
import { checkEnums } from './policy-input.js';
import { POLICY_DOCUMENT } from './rules.js';

export const CONTEXT_KEY_TYPES = [
  'string',
  'stringList',
  'numeric',
  'numericList',
  'boolean',
  'booleanList',
  'ip',
  'ipList',
  'binary',
  'binaryList',
  'date',
  'dateList',
] as const;

/** A policy document given as a string, parsed with its source positions. */
export interface InputPolicy {
  /** `PolicyInputList.1`, `PermissionsBoundaryPolicyInputList.1`, `ResourcePolicy`. */
  readonly id: string;
  readonly text: string;
  readonly parsed: ParseResult;
}

/** A list of policy documents (`PolicyInputList.member.N`). */
export function readPolicyList(reader: InputReader, name: string): string[] {
  return reader.optionalStringList(name, POLICY_DOCUMENT) ?? [];
}

/** Parses input documents; a document the engine cannot read is InvalidInput naming it and the problem. */
export function parseInputPolicies(
  name: string,
  texts: readonly string[],
  type: ValidationPolicyType,
): InputPolicy[] {
  return texts.map((text, index) => parseInputPolicy(`${name}.${index + 1}`, text, type));
}

export function parseInputPolicy(id: string, text: string, type: ValidationPolicyType): InputPolicy {
  const parsed = parsePolicy(text, { type });
  if (!parsed.document) {
    const error = parsed.findings.find((f) => f.findingType === 'ERROR');
    throw invalidInput(`${id} is not a valid policy: ${error?.message ?? 'Syntax errors in policy.'}`);
  }
  return { id, text, parsed };
}

/** ResourceArns: each an ARN or `*`; absent means `*` (all resources). */
export function checkResourceArns(arns: readonly string[]): void {
  const bad = arns.find((arn) => arn !== '*' && !/^arn:[^:]+:[^:]*:[^:]*:[^:]*:.+$/.test(arn));
  if (bad !== undefined) throw invalidInput(`ResourceNames are not in a valid ARN format: ${bad}.`);
}

/**
 * ResourceOwner: "The ARN for an account uses the following syntax: arn:aws:iam::AWS-account-ID:root";
 * a bare 12-digit account id is accepted too. Returns the account id.
 */
export function resourceOwnerAccount(owner: string | undefined): string | undefined {
  if (owner === undefined) return undefined;
  const match = /^(?:arn:aws:iam::(\d{12}):root|(\d{12}))$/.exec(owner);
  if (!match) throw invalidInput(`'${owner}' is not a valid as a Resource Owner.`);
  return match[1] ?? match[2];
}

/**
 * CallerArn: "You can specify the ARN of an IAM user, group, or role. You cannot specify the ARN of an
 * assumed role, federated user, or a service principal."
 */
export function checkCallerArn(arn: string | undefined): void {
  if (arn === undefined) return;
  if (!/^arn:aws:iam::\d{12}:(user|group|role)\/(?:[\u0021-\u007E]*\/)?[\w+=,.@-]+$/.test(arn)) {
    throw invalidInput(`Invalid CallerArn: ${arn} is not the ARN of an IAM user, group, or role.`);
  }
}

/**
 * SimulateCustomPolicy's OrderedOrganizationPolicyInputList: SCP documents per level of an Organizations
 * hierarchy, root first (`OrderedOrganizationPolicyInputList.member.N.ServiceControlPolicyInputList.member.M`).
 */
export function readOrganizationPolicies(params: InputParams): InputPolicy[][] {
  const raw = params['OrderedOrganizationPolicyInputList'];
  const levels = Array.isArray(raw) ? (raw as readonly InputParams[]) : [];
  return levels.map((level, index) => {
    const list =
      typeof level === 'object' && !Array.isArray(level) ? level['ServiceControlPolicyInputList'] : undefined;
    const texts = (Array.isArray(list) ? list : []).filter((t): t is string => typeof t === 'string');
    const name = `OrderedOrganizationPolicyInputList.${index + 1}.ServiceControlPolicyInputList`;
    return parseInputPolicies(name, texts, 'scp');
  });
}

/**
 * ContextEntries as request context: list types keep every value, single types take one value (several
 * values are kept as a multivalued key); booleans are normalized to `true`/`false`.
 */
export function readContextEntries(params: InputParams): Record<string, ContextValue> {
  const raw = params['ContextEntries'];
  const entries = Array.isArray(raw) ? (raw as readonly InputParams[]) : [];
  const context: Record<string, ContextValue> = {};
  const types: [string, string | undefined, readonly string[]][] = [];
  const problems: string[] = [];
  entries.forEach((entry, index) => {
    const name = entry['ContextKeyName'];
    const type =
      typeof entry['ContextKeyType'] === 'string' ? (entry['ContextKeyType'] as string) : undefined;
    types.push(['ContextKeyType', type, CONTEXT_KEY_TYPES]);
    if (typeof name !== 'string' || name.length < 5 || name.length > 256) {
      problems.push(`ContextEntries.member.${index + 1}.ContextKeyName`);
      return;
    }
    const rawValues = entry['ContextKeyValues'];
    const values = (Array.isArray(rawValues) ? rawValues : typeof rawValues === 'string' ? [rawValues] : [])
      .filter((v): v is string => typeof v === 'string')
      .map((v) => (type === 'boolean' || type === 'booleanList' ? v.toLowerCase() : v));
    const list = type?.endsWith('List') ?? false;
    context[name] = !list && values.length === 1 ? values[0]! : values;
  });
  checkEnums(types);
  if (problems.length > 0) {
    throw invalidInput(
      `Invalid context key name in ${problems.join(', ')}: it must have 5 to 256 characters.`,
    );
  }
  return context;
}
