/**
 * Why a build failed: the reason GetImage gives and, when IAM refused a request of the build, ibiam's
 * account of it (GET /_ibiam/api/image-failure): the step, the principal and its role, the action and
 * resource refused, and a link to the policy simulator pre-filled with that request.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/troubleshooting.html
 */
import { useApp } from '../../app-context.js';
import { ErrorBox, Loaded } from '../../ui/basics.js';
import { Details } from '../../ui/ib-parts.js';
import { principalRef } from '../../ui/ib-principal-arn.js';
import { simulatorHref } from '../../ui/ib-simulator-link.js';
import { useAsync } from '../../ui/use-async.js';

/** GET /_ibiam/api/image-failure (console-api.md). */
export interface ImageFailure {
  readonly status: string;
  readonly reason: string;
  readonly failure?: {
    readonly step: string;
    readonly principalArn: string;
    readonly roleArn?: string;
    readonly action: string;
    readonly resource: string;
    readonly context?: Readonly<Record<string, readonly string[]>>;
  };
}

function RefusedRequest(props: { failure: NonNullable<ImageFailure['failure']> }) {
  const f = props.failure;
  const principal = principalRef(f.principalArn);
  const policySourceArn = f.roleArn ?? (principal.kind === 'iam' ? principal.arn : undefined);
  const context = Object.entries(f.context ?? {});
  return (
    <div class="ib-failure" data-testid="image-failure">
      <h3>Refused request</h3>
      <Details
        rows={[
          ['Step', f.step],
          ['Principal', <code>{f.principalArn}</code>],
          ['Role', f.roleArn && <code>{f.roleArn}</code>],
          ['Action', <code>{f.action}</code>],
          ['Resource', <code>{f.resource}</code>],
          [
            'Context',
            context.length > 0 && (
              <ul class="ib-plain-list">
                {context.map(([key, values]) => (
                  <li key={key}>
                    <code>{key}</code> = <code>{values.join(', ')}</code>
                  </li>
                ))}
              </ul>
            ),
          ],
        ]}
      />
      <p>
        <a
          class="ib-link-button"
          href={simulatorHref({
            policySourceArn,
            action: f.action,
            resource: f.resource,
            context: f.context,
          })}
        >
          Open in the policy simulator
        </a>
      </p>
    </div>
  );
}

export function ImageFailurePanel(props: { arn: string; reason: string | undefined }) {
  const { clients } = useApp();
  const details = useAsync(
    () => clients.ibiam.get<ImageFailure>('/_ibiam/api/image-failure', { imageBuildVersionArn: props.arn }),
    [clients, props.arn],
  );
  return (
    <section class="ib-failure-panel" aria-label="Why the build failed">
      <h2>Why the build failed</h2>
      <div class="ib-reason" data-testid="image-failure-reason">
        {props.reason ?? 'The service gave no reason.'}
      </div>
      {details.error !== undefined ? (
        <ErrorBox error={details.error} />
      ) : (
        <Loaded
          state={details}
          render={(answer) =>
            answer.failure ? (
              <RefusedRequest failure={answer.failure} />
            ) : (
              <p class="empty">
                IAM did not refuse a request of this build: the reason above is all there is.
              </p>
            )
          }
        />
      )}
    </section>
  );
}
