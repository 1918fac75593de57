/**
 * What a calling session passes to the role session it creates (role chaining): the one-hour limit on
 * the new session (it applies to any temporary credentials, including GetSessionToken's), the transitive
 * session tags, and the source identity, which persists and cannot be changed.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html
 */
import type { RoleRecord, SessionRecord } from '../../../store/records.js';
import { invalidParameterValue, plainValidationError } from './errors.js';

/** The longest session a chained AssumeRole may request. */
export const CHAINED_MAX_DURATION = 3600;
export const DEFAULT_ROLE_DURATION = 3600;

/**
 * The session duration, or AWS's ValidationError: the chaining message appears in AWS CLI transcripts
 * (aws/eks-anywhere#9485, prowler-cloud/prowler#7721), the MaxSessionDuration one too
 * (prowler-cloud/prowler#923, kreuzwerker/awsu#27).
 */
export function roleSessionDuration(
  requested: number | undefined,
  role: RoleRecord,
  chained: boolean,
): number {
  const duration = requested ?? DEFAULT_ROLE_DURATION;
  if (chained && duration > CHAINED_MAX_DURATION) {
    throw plainValidationError(
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
  }
  if (duration > role.maxSessionDuration) {
    throw plainValidationError(
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
  }
  return duration;
}

/**
 * The source identity of the new session: the calling role session's (which cannot change) or the
 * requested one. AWS's error text for a changed value is not published; this one is ibiam's.
 */
export function chainedSourceIdentity(
  parent: SessionRecord | undefined,
  requested: string | undefined,
): string | undefined {
  const inherited = parent?.kind === 'assumed-role' ? parent.sourceIdentity : undefined;
  if (inherited !== undefined && requested !== undefined && requested !== inherited) {
    throw invalidParameterValue(
      `The source identity of the calling session (${inherited}) cannot be changed to ${requested}.`,
    );
  }
  return requested ?? inherited;
}
