/**
 * One version of a managed policy: its document (GetPolicyVersion) and whether it is the default.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html
 */
import { GetPolicyVersionCommand } from '@aws-sdk/client-iam';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { decodePolicyDocument, JsonView, Loaded, PageTitle } from '../../ui/basics.js';
import { formatDate } from '../../ui/iam-format.js';
import { useAsync } from '../../ui/use-async.js';

export function PolicyVersionView(props: { arn: string; versionId: string }) {
  const { clients } = useApp();
  const version = useAsync(
    () => clients.iam.send(new GetPolicyVersionCommand({ PolicyArn: props.arn, VersionId: props.versionId })),
    [clients, props.arn, props.versionId],
  );
  const name = props.arn.split('/').pop() ?? props.arn;
  return (
    <section>
      <PageTitle title={`${name} ${props.versionId}`} />
      <p>
        <a href={href('iam', 'policies')}>Policies</a> /{' '}
        <a href={href('iam', 'policies', props.arn)}>{name}</a> / {props.versionId}
      </p>
      <Loaded
        state={version}
        render={(out) => (
          <>
            <p>
              {out.PolicyVersion?.IsDefaultVersion ? 'Default version. ' : 'Not the default version. '}
              Created {formatDate(out.PolicyVersion?.CreateDate)}.
            </p>
            <JsonView value={decodePolicyDocument(out.PolicyVersion?.Document)} />
          </>
        )}
      />
    </section>
  );
}
