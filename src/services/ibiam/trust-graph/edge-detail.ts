/**
 * The `detail` of an edge: which policies and statements allow it, in words, from the statements the
 * engine reports as deciding (the stand-ins for the other account's side left out). Statements are named
 * by Sid when they have one, else counted from 1 as a reader would; policies as the IAM console names
 * them: an inline policy by its name and holder, a managed policy by its name, a trust policy by its role.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html
 */
import type { StatementRef } from '../../../policy/authorize/types.js';
import { OTHER_ACCOUNT_IDENTITY, OTHER_ACCOUNT_TRUST } from './graph-engine.js';

const lastSegment = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** `arn:aws:iam::1:user/alice#Builds` -> `inline policy Builds of user alice`; managed ARNs by name. */
function policyWords(ref: StatementRef): string {
  if (ref.policyType === 'trust') return `the trust policy of role ${lastSegment(ref.policyId)}`;
  const hash = ref.policyId.indexOf('#');
  if (hash >= 0) {
    const holder = ref.policyId.slice(0, hash);
    const kind = holder.split(':')[5]?.split('/')[0] ?? 'entity';
    return `inline policy ${ref.policyId.slice(hash + 1)} of ${kind} ${lastSegment(holder)}`;
  }
  const type = ref.policyType === 'boundary' ? 'permissions boundary' : 'managed policy';
  return `${type} ${lastSegment(ref.policyId)}${ref.policyId.includes(':aws:policy/') ? ' (AWS managed)' : ''}`;
}

function statementWords(ref: StatementRef): string {
  const statement = ref.sid ? `statement "${ref.sid}"` : `statement ${ref.statementIndex + 1}`;
  return `${statement} of ${policyWords(ref)}`;
}

const STAND_INS = new Set([OTHER_ACCOUNT_IDENTITY, OTHER_ACCOUNT_TRUST]);

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** `Allowed by statement 1 of the trust policy of role R and statement "Assume" of inline policy P of user U`. */
export function allowedBy(statements: readonly StatementRef[], suffix = ''): string {
  const words = [...new Set(statements.filter((s) => !STAND_INS.has(s.policyId)).map(statementWords))];
  const by = words.length > 0 ? `Allowed by ${list(words)}` : 'Allowed';
  return `${by}${suffix}.`;
}

/** The words for a trust statement that allows once the request carries the keys it lacks. */
export function allowedWhen(
  statements: readonly StatementRef[],
  missingKeys: readonly string[],
  suffix = '',
): string {
  return allowedBy(
    statements,
    `${suffix} when the request carries ${list(missingKeys)} with a value its conditions accept`,
  );
}
