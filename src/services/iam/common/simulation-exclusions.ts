/**
 * SimulatePrincipalPolicy's PolicyExclusionList: policies of the principal to leave out of the
 * simulation ("to test what the simulation result would be if a policy were removed"), each identified
 * by policy type (`inline`, `aws-managed`, `user-managed`, `permission-boundary`; `scp` and `rcp` select
 * nothing here, as the account belongs to no organization), by managed policy ARN (at most one `*` and
 * any number of `?` in the name part) or by inline policy name with the type and name of the entity
 * (at most one `*`, any `?`). Malformed identifiers are InvalidInput; identifiers that match nothing are
 * ignored.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PolicyIdentifier.html
 */
import type { PolicyInput, PolicySetInput } from '../../../policy/authorize/policy-set.js';
import type { InputParams } from '../../common/operation.js';
import { invalidInput } from '../../common/service-error.js';
import { AWS_MANAGED_PREFIX } from '../aws-managed/catalog.js';

const POLICY_TYPES = ['aws-managed', 'inline', 'permission-boundary', 'rcp', 'scp', 'user-managed'];
const ATTACHMENT_TYPES = ['user', 'group', 'role'];

export type Exclusion =
  | { readonly kind: 'type'; readonly type: string }
  | { readonly kind: 'arn'; readonly pattern: RegExp }
  | { readonly kind: 'inline'; readonly policyName: string; readonly type: string; readonly entity: RegExp };

/** `*` (at most one) and `?` wildcards as a whole-string pattern; InvalidInput for more than one `*`. */
function wildcard(text: string, what: string): RegExp {
  if ((text.match(/\*/g) ?? []).length > 1) {
    throw invalidInput(`Invalid ${what} ${text}: use at most one * wildcard.`);
  }
  const source = text
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

function readExclusion(item: InputParams, index: number): Exclusion {
  const type = item['PolicyType'];
  const arn = item['PolicyArn'];
  const inline = item['InlinePolicyIdentifier'];
  const given = [type, arn, inline].filter((v) => v !== undefined).length;
  const where = `PolicyExclusionList.member.${index + 1}`;
  if (given !== 1)
    throw invalidInput(
      `${where} must specify exactly one of PolicyType, PolicyArn or InlinePolicyIdentifier.`,
    );
  if (typeof type === 'string') {
    if (!POLICY_TYPES.includes(type)) throw invalidInput(`${where}: invalid PolicyType ${type}.`);
    return { kind: 'type', type };
  }
  if (typeof arn === 'string') {
    const match = /^(arn:aws:iam::(?:\d{12}|aws):policy\/(?:[^*?]*\/)?)([^/]+)$/.exec(arn);
    if (!match) throw invalidInput(`Invalid PolicyArn ${arn} in ${where}.`);
    const prefix = match[1]!.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    return {
      kind: 'arn',
      pattern: new RegExp(`^${prefix}${wildcard(match[2]!, 'PolicyArn').source.slice(1)}`),
    };
  }
  const identifier = typeof inline === 'object' && !Array.isArray(inline) ? (inline as InputParams) : {};
  const policyName = identifier['PolicyName'];
  const attachmentType = identifier['AttachmentType'];
  const attachmentName = identifier['AttachmentName'];
  if (
    typeof policyName !== 'string' ||
    typeof attachmentName !== 'string' ||
    typeof attachmentType !== 'string' ||
    !ATTACHMENT_TYPES.includes(attachmentType)
  ) {
    throw invalidInput(
      `${where}: InlinePolicyIdentifier needs PolicyName, AttachmentType and AttachmentName.`,
    );
  }
  return {
    kind: 'inline',
    policyName,
    type: attachmentType,
    entity: wildcard(attachmentName, 'AttachmentName'),
  };
}

export function readExclusions(params: InputParams): Exclusion[] {
  const raw = params['PolicyExclusionList'];
  const items = Array.isArray(raw) ? (raw as readonly InputParams[]) : [];
  return items.map((item, index) => readExclusion(typeof item === 'object' ? item : {}, index));
}

/** Whether an identity policy (engine id `HOLDER_ARN#name` for inline, the ARN for managed) is excluded. */
function excluded(id: string, exclusions: readonly Exclusion[]): boolean {
  const hash = id.indexOf('#');
  for (const exclusion of exclusions) {
    if (hash >= 0) {
      if (exclusion.kind === 'type' && exclusion.type === 'inline') return true;
      if (exclusion.kind === 'inline') {
        const holder = id.slice(0, hash);
        const type = /:(user|group|role)\//.exec(holder)?.[1];
        const entity = holder.slice(holder.lastIndexOf('/') + 1);
        const name = id.slice(hash + 1);
        if (type === exclusion.type && name === exclusion.policyName && exclusion.entity.test(entity))
          return true;
      }
    } else {
      const awsManaged = id.startsWith(AWS_MANAGED_PREFIX);
      if (exclusion.kind === 'type' && exclusion.type === (awsManaged ? 'aws-managed' : 'user-managed'))
        return true;
      if (exclusion.kind === 'arn' && exclusion.pattern.test(id)) return true;
    }
  }
  return false;
}

/** The principal's policies without the excluded ones. */
export function applyExclusions(policies: PolicySetInput, exclusions: readonly Exclusion[]): PolicySetInput {
  if (exclusions.length === 0) return policies;
  const identity: PolicyInput[] = (policies.identity ?? []).filter((p) => !excluded(p.id, exclusions));
  const dropBoundary = exclusions.some((e) => e.kind === 'type' && e.type === 'permission-boundary');
  const { boundary, ...rest } = policies;
  return { ...rest, identity, ...(boundary && !dropBoundary ? { boundary } : {}) };
}
