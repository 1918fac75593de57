/**
 * One managed policy (customer or AWS managed): summary (GetPolicy), the default version's document,
 * the version history with comparison, the entities it is attached to, and for customer managed
 * policies "Delete policy". https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html
 */
import { DeletePolicyCommand, GetPolicyCommand, GetPolicyVersionCommand } from '@aws-sdk/client-iam';
import { useApp } from '../../app-context.js';
import { href, navigate } from '../../router.js';
import { decodePolicyDocument, JsonView, Loaded, PageTitle } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { formatDate, isAwsManaged } from '../../ui/iam-format.js';
import { useAsync } from '../../ui/use-async.js';
import { PolicyEntitiesSection } from './policy-entities-section.js';
import { PolicyVersionsSection } from './policy-versions-section.js';

export function PolicyDetail(props: { arn: string }) {
  const { clients } = useApp();
  const { iam } = clients;
  const PolicyArn = props.arn;
  const policy = useAsync(async () => {
    const out = await iam.send(new GetPolicyCommand({ PolicyArn }));
    const version = await iam.send(
      new GetPolicyVersionCommand({ PolicyArn, VersionId: out.Policy?.DefaultVersionId }),
    );
    return { policy: out.Policy!, document: decodePolicyDocument(version.PolicyVersion?.Document) };
  }, [iam, PolicyArn]);
  const action = useAction();
  const awsManaged = isAwsManaged(PolicyArn);
  const name = PolicyArn.split('/').pop() ?? PolicyArn;

  return (
    <section>
      <PageTitle title={name}>
        {!awsManaged && (
          <ConfirmButton
            label="Delete policy"
            question={`Delete the policy ${name}?`}
            confirmLabel="Delete"
            onConfirm={() =>
              void action
                .run(() => iam.send(new DeletePolicyCommand({ PolicyArn })))
                .then((ok) => ok && navigate(href('iam', 'policies')))
            }
          />
        )}
      </PageTitle>
      <p>
        <a href={href('iam', 'policies')}>Policies</a> / {name}
      </p>
      <ActionError action={action} />
      <Loaded
        state={policy}
        render={({ policy: details, document }) => (
          <>
            <dl class="iam-summary">
              <dt>ARN</dt>
              <dd>
                <code>{details.Arn}</code>
              </dd>
              <dt>Type</dt>
              <dd>{awsManaged ? 'AWS managed' : 'Customer managed'}</dd>
              <dt>Description</dt>
              <dd>{details.Description || '—'}</dd>
              <dt>Path</dt>
              <dd>{details.Path}</dd>
              <dt>Default version</dt>
              <dd>{details.DefaultVersionId}</dd>
              <dt>Attached entities</dt>
              <dd>{details.AttachmentCount ?? 0}</dd>
              <dt>Created</dt>
              <dd>{formatDate(details.CreateDate)}</dd>
              <dt>Updated</dt>
              <dd>{formatDate(details.UpdateDate)}</dd>
            </dl>
            <section aria-label="Default version document">
              <h2>Permissions defined in this policy ({details.DefaultVersionId})</h2>
              <JsonView value={document} />
            </section>
            <PolicyVersionsSection
              arn={PolicyArn}
              awsManaged={awsManaged}
              defaultDocument={document}
              onChanged={policy.reload}
            />
          </>
        )}
      />
      <PolicyEntitiesSection arn={PolicyArn} />
    </section>
  );
}
