/**
 * Create role, step 1: "Select trusted entity": an AWS service (EC2, EC2 Image Builder, Systems Manager,
 * or service principals typed in), an AWS account (this one or another, optionally with an external ID
 * or MFA), or a custom trust policy (written in step 2).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-service.html#roles-creatingrole-service-console
 */
import { Field } from '../../ui/basics.js';
import { COMMON_SERVICES, type EntityChoices } from './role-create-model.js';

function Radio(props: {
  name: string;
  value: string;
  current: string;
  label: string;
  onPick: (value: string) => void;
}) {
  return (
    <label class="iam-radio">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.current === props.value}
        onChange={() => props.onPick(props.value)}
      />
      {props.label}
    </label>
  );
}

function Check(props: {
  name: string;
  checked: boolean;
  label: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class="iam-radio">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}

export function TrustedEntityStep(props: {
  choices: EntityChoices;
  thisAccount: string;
  onChange: (choices: EntityChoices) => void;
}) {
  const { choices } = props;
  const set = (patch: Partial<EntityChoices>) => props.onChange({ ...choices, ...patch });
  return (
    <div>
      <fieldset class="iam-fieldset">
        <legend>Trusted entity type</legend>
        <Radio
          name="entityKind"
          value="service"
          current={choices.kind}
          label="AWS service"
          onPick={() => set({ kind: 'service' })}
        />
        <Radio
          name="entityKind"
          value="account"
          current={choices.kind}
          label="AWS account"
          onPick={() => set({ kind: 'account' })}
        />
        <Radio
          name="entityKind"
          value="custom"
          current={choices.kind}
          label="Custom trust policy"
          onPick={() => set({ kind: 'custom' })}
        />
      </fieldset>
      {choices.kind === 'service' && (
        <fieldset class="iam-fieldset">
          <legend>Service or use case</legend>
          <p class="hint">Allow an AWS service like EC2 to perform actions in this account.</p>
          {COMMON_SERVICES.map((service) => (
            <Radio
              key={service.principal}
              name="service"
              value={service.principal}
              current={choices.service}
              label={`${service.label} (${service.principal})`}
              onPick={(value) => set({ service: value })}
            />
          ))}
          <Radio
            name="service"
            value="other"
            current={choices.service}
            label="Other service"
            onPick={() => set({ service: 'other' })}
          />
          {choices.service === 'other' && (
            <Field label="Service principals (comma-separated)">
              <input
                name="otherServices"
                placeholder="lambda.amazonaws.com"
                value={choices.otherServices}
                onInput={(e) => set({ otherServices: e.currentTarget.value })}
              />
            </Field>
          )}
        </fieldset>
      )}
      {choices.kind === 'account' && (
        <fieldset class="iam-fieldset">
          <legend>An AWS account</legend>
          <p class="hint">
            Allow principals in an account to assume this role (they also need permission from their own
            account).
          </p>
          <Radio
            name="accountChoice"
            value="this"
            current={choices.accountChoice}
            label={`This account (${props.thisAccount})`}
            onPick={() => set({ accountChoice: 'this' })}
          />
          <Radio
            name="accountChoice"
            value="other"
            current={choices.accountChoice}
            label="Another AWS account"
            onPick={() => set({ accountChoice: 'other' })}
          />
          {choices.accountChoice === 'other' && (
            <Field label="Account ID">
              <input
                name="accountId"
                inputMode="numeric"
                value={choices.accountId}
                onInput={(e) => set({ accountId: e.currentTarget.value })}
              />
            </Field>
          )}
          <Check
            name="requireExternalId"
            checked={choices.requireExternalId}
            label="Require external ID"
            onChange={(requireExternalId) => set({ requireExternalId })}
          />
          {choices.requireExternalId && (
            <Field label="External ID">
              <input
                name="externalId"
                value={choices.externalId}
                onInput={(e) => set({ externalId: e.currentTarget.value })}
              />
            </Field>
          )}
          <Check
            name="requireMfa"
            checked={choices.requireMfa}
            label="Require MFA"
            onChange={(requireMfa) => set({ requireMfa })}
          />
        </fieldset>
      )}
      {choices.kind === 'custom' && (
        <p class="hint">
          Write the trust policy in the next step: it starts from a sample to replace with yours.
        </p>
      )}
    </div>
  );
}
