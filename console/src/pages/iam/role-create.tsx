/**
 * Create role, the IAM console's wizard and the seeds' steps: 1) Select trusted entity, 2) Trust policy
 * (pre-filled from step 1, editable, validated as you type), 3) Add permissions, 4) Name, review, and
 * create. "Create role" sends CreateRole, then AttachRolePolicy per policy (and, for EC2, as the IAM
 * console does, CreateInstanceProfile + AddRoleToInstanceProfile of the same name), then opens the role.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-service.html
 */
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
} from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href, navigate } from '../../router.js';
import { ErrorBox, PageTitle } from '../../ui/basics.js';
import { ActionError, useAction } from '../../ui/iam-action.js';
import { PolicyEditor } from '../../ui/policy-editor.js';
import type { EditorFinding } from '../../ui/policy-editor-findings.js';
import { DetailsStep, Review } from './role-create-details.js';
import { TrustedEntityStep } from './role-create-entity.js';
import {
  choicesError,
  DEFAULT_CHOICES,
  entityFromChoices,
  roleDetailsErrors,
  trustPolicyFor,
  trustsEc2,
  type RoleDetails,
} from './role-create-model.js';
import { PermissionsStep } from './role-create-permissions.js';

const STEPS = ['Select trusted entity', 'Trust policy', 'Add permissions', 'Name, review, and create'];

export function RoleCreate() {
  const { clients, session } = useApp();
  const [step, setStep] = useState(0);
  const [choices, setChoices] = useState(DEFAULT_CHOICES);
  const [trust, setTrust] = useState({ text: '', from: '' });
  const [trustFindings, setTrustFindings] = useState<readonly EditorFinding[]>([]);
  const [policies, setPolicies] = useState<string[]>([]);
  const [useBoundary, setUseBoundary] = useState(false);
  const [boundary, setBoundary] = useState<string[]>([]);
  const [details, setDetails] = useState<RoleDetails>({
    name: '',
    path: '/',
    description: '',
    maxSessionDuration: 3600,
    tags: [],
  });
  const [instanceProfile, setInstanceProfile] = useState(true);
  const [problem, setProblem] = useState<string | undefined>();
  const [partial, setPartial] = useState(false);
  const action = useAction();

  const entity = entityFromChoices(choices, session.accountId);
  const makesProfile = trustsEc2(entity) && instanceProfile;
  const boundaryArn = useBoundary ? boundary[0] : undefined;

  const next = () => {
    setProblem(undefined);
    if (step === 0) {
      const error = choicesError(choices, session.accountId);
      if (error) return setProblem(error);
      const from = JSON.stringify(entity);
      if (trust.from !== from) setTrust({ text: trustPolicyFor(entity), from }); // a new choice re-fills the policy
    }
    if (step === 1 && trustFindings.some((finding) => finding.findingType === 'ERROR')) {
      return setProblem('Fix the errors in the trust policy first.');
    }
    if (step === 2 && useBoundary && !boundaryArn)
      return setProblem('Choose the permissions boundary policy, or clear the option.');
    setStep(step + 1);
  };

  const create = async () => {
    const errors = roleDetailsErrors(details);
    if (errors.length) return setProblem(errors.join(' '));
    setProblem(undefined);
    let created = false;
    const ok = await action.run(async () => {
      const RoleName = details.name.trim();
      await clients.iam.send(
        new CreateRoleCommand({
          RoleName,
          Path: details.path,
          AssumeRolePolicyDocument: trust.text,
          MaxSessionDuration: details.maxSessionDuration,
          ...(details.description ? { Description: details.description } : {}),
          ...(boundaryArn ? { PermissionsBoundary: boundaryArn } : {}),
          ...(details.tags.length
            ? { Tags: details.tags.map((tag) => ({ Key: tag.key.trim(), Value: tag.value })) }
            : {}),
        }),
      );
      created = true;
      for (const PolicyArn of policies)
        await clients.iam.send(new AttachRolePolicyCommand({ RoleName, PolicyArn }));
      if (makesProfile) {
        await clients.iam.send(
          new CreateInstanceProfileCommand({ InstanceProfileName: RoleName, Path: details.path }),
        );
        await clients.iam.send(
          new AddRoleToInstanceProfileCommand({ InstanceProfileName: RoleName, RoleName }),
        );
      }
    });
    if (ok) navigate(href('iam', 'roles', details.name.trim()));
    else setPartial(created);
  };

  return (
    <section>
      <PageTitle title="Create role" />
      <p>
        <a href={href('iam', 'roles')}>Roles</a> / Create role
      </p>
      <ol class="iam-steps">
        {STEPS.map((title, index) => (
          <li
            key={title}
            class={index === step ? 'current' : index < step ? 'done' : ''}
            aria-current={index === step ? 'step' : undefined}
          >
            Step {index + 1}: {title}
          </li>
        ))}
      </ol>
      <h2>{STEPS[step]}</h2>
      {step === 0 && (
        <TrustedEntityStep choices={choices} thisAccount={session.accountId} onChange={setChoices} />
      )}
      {step === 1 && (
        <PolicyEditor
          label="Trust policy"
          name="trustPolicy"
          kind="trust"
          minRows={16}
          value={trust.text}
          onChange={(text) => setTrust({ ...trust, text })}
          onFindings={setTrustFindings}
        />
      )}
      {step === 2 && (
        <PermissionsStep
          policies={policies}
          onPolicies={setPolicies}
          useBoundary={useBoundary}
          onUseBoundary={setUseBoundary}
          boundary={boundary}
          onBoundary={setBoundary}
        />
      )}
      {step === 3 && (
        <>
          <DetailsStep details={details} onChange={setDetails} />
          {trustsEc2(entity) && (
            <label class="iam-radio">
              <input
                type="checkbox"
                name="createInstanceProfile"
                checked={instanceProfile}
                onChange={(e) => setInstanceProfile(e.currentTarget.checked)}
              />
              Create an instance profile with the same name (as the IAM console does for EC2)
            </label>
          )}
          <Review
            trustPolicy={trust.text}
            policies={policies}
            boundary={boundaryArn}
            instanceProfile={makesProfile}
            details={details}
          />
        </>
      )}
      {problem && <ErrorBox error={problem} />}
      <ActionError action={action} />
      {partial && (
        <p>
          The role was created, but a later call failed:{' '}
          <a href={href('iam', 'roles', details.name.trim())}>open the role</a> to finish its set-up.
        </p>
      )}
      <div class="buttons">
        <a class="button secondary" href={href('iam', 'roles')}>
          Cancel
        </a>
        {step > 0 && (
          <button type="button" class="secondary" onClick={() => (setProblem(undefined), setStep(step - 1))}>
            Previous
          </button>
        )}
        {step < STEPS.length - 1 ? (
          <button type="button" onClick={next}>
            Next
          </button>
        ) : (
          <button type="button" disabled={action.busy || partial} onClick={() => void create()}>
            Create role
          </button>
        )}
      </div>
    </section>
  );
}
