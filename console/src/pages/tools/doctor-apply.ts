/**
 * Applying doctor fixes from the console: each planned action as its IAM call through the SDK, as the
 * signed-in principal, in order; the outcome of each (applied, already there, refused with the service's
 * error — AccessDenied included —, or not applicable here). Nothing is applied in another account.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
 */
import { GetInstanceProfileCommand, type IAMClient } from '@aws-sdk/client-iam';
import { describeCall, fixCommand, meansAlreadyDone, type PlannedAction } from './doctor-fix-commands.js';

export interface ApplyOutcome {
  readonly description: string;
  readonly outcome: 'applied' | 'exists' | 'failed' | 'not-applicable' | 'other-account';
  /** The service's error (`AccessDenied: ...`), or why the action is not applied here. */
  readonly detail?: string;
}

const errorParts = (error: unknown): { name: string; message: string } =>
  error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };

/** An instance profile holds one role at most: adding the role it already holds is done already. */
async function profileHolds(iam: IAMClient, profile: string, role: string): Promise<boolean> {
  try {
    const out = await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: profile }));
    return (out.InstanceProfile?.Roles ?? []).some((r) => r.RoleName?.toLowerCase() === role.toLowerCase());
  } catch {
    return false;
  }
}

export async function applyPlanned(
  iam: IAMClient,
  account: string,
  planned: readonly PlannedAction[],
  onProgress: (outcomes: readonly ApplyOutcome[]) => void,
): Promise<ApplyOutcome[]> {
  const outcomes: ApplyOutcome[] = [];
  for (const { account: fixIn, action } of planned) {
    const command = fixCommand(action);
    if (command.kind === 'unsupported') {
      outcomes.push({ description: action.kind, outcome: 'not-applicable', detail: command.reason });
    } else if (fixIn !== account) {
      outcomes.push({
        description: describeCall(command.operation, command.input),
        outcome: 'other-account',
        detail: `This fix runs in account ${fixIn}: sign in to that account to apply it.`,
      });
    } else {
      const description = describeCall(command.operation, command.input);
      try {
        await command.send(iam);
        outcomes.push({ description, outcome: 'applied' });
      } catch (error) {
        const { name, message } = errorParts(error);
        const done =
          meansAlreadyDone(name, message) ||
          (action.kind === 'add-role-to-instance-profile' &&
            (await profileHolds(iam, action.instanceProfileName, action.roleName)));
        outcomes.push(
          done
            ? { description, outcome: 'exists' }
            : { description, outcome: 'failed', detail: `${name}: ${message}` },
        );
      }
    }
    onProgress([...outcomes]);
  }
  return outcomes;
}
