/**
 * Compares two versions of a managed policy: both documents (GetPolicyVersion) indented the same way,
 * then a line diff (added lines in green, removed lines in red), unchanged stretches folded. AWS managed
 * policies change over time: this shows what each new version granted or took away.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
 */
import { GetPolicyVersionCommand, ListPolicyVersionsCommand } from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href, hrefWithQuery, navigate } from '../../router.js';
import { decodePolicyDocument, Field, Loaded, PageTitle } from '../../ui/basics.js';
import { allPages, page } from '../../ui/iam-pages.js';
import { diffStats, foldUnchanged, lineDiff, type DiffLine } from '../../ui/line-diff.js';
import { useAsync } from '../../ui/use-async.js';

function Line(props: { line: DiffLine }) {
  const { line } = props;
  const sign = line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' ';
  return (
    <tr class={`diff-${line.kind}`}>
      <td class="diff-no">{line.oldLine ?? ''}</td>
      <td class="diff-no">{line.newLine ?? ''}</td>
      <td class="diff-sign" aria-label={line.kind === 'same' ? undefined : line.kind}>
        {sign}
      </td>
      <td class="diff-text">{line.text}</td>
    </tr>
  );
}

export function PolicyDiff(props: { arn: string; from: string; to: string }) {
  const { clients } = useApp();
  const { iam } = clients;
  const PolicyArn = props.arn;
  const [all, setAll] = useState(false);
  const state = useAsync(async () => {
    const document = async (VersionId: string) =>
      decodePolicyDocument(
        (await iam.send(new GetPolicyVersionCommand({ PolicyArn, VersionId }))).PolicyVersion?.Document,
      );
    const [versions, oldText, newText] = await Promise.all([
      allPages(async (Marker) => {
        const out = await iam.send(new ListPolicyVersionsCommand({ PolicyArn, Marker }));
        return page(out.Versions, out.IsTruncated, out.Marker);
      }),
      document(props.from),
      document(props.to),
    ]);
    return { ids: versions.map((v) => v.VersionId ?? ''), diff: lineDiff(oldText, newText) };
  }, [iam, PolicyArn, props.from, props.to]);
  const name = PolicyArn.split('/').pop() ?? PolicyArn;
  const go = (from: string, to: string) =>
    navigate(hrefWithQuery(['iam', 'policies', PolicyArn, 'compare'], { from, to }));

  return (
    <section>
      <PageTitle title={`Compare ${name} ${props.from} with ${props.to}`} />
      <p>
        <a href={href('iam', 'policies')}>Policies</a> /{' '}
        <a href={href('iam', 'policies', PolicyArn)}>{name}</a> / Compare versions
      </p>
      <Loaded
        state={state}
        render={({ ids, diff }) => {
          const stats = diffStats(diff);
          return (
            <>
              <div class="iam-toolbar">
                <Field label="Compare version">
                  <select
                    name="compareFrom"
                    value={props.from}
                    onChange={(e) => go(e.currentTarget.value, props.to)}
                  >
                    {ids.map((id) => (
                      <option key={id}>{id}</option>
                    ))}
                  </select>
                </Field>
                <Field label="with version">
                  <select
                    name="compareTo"
                    value={props.to}
                    onChange={(e) => go(props.from, e.currentTarget.value)}
                  >
                    {ids.map((id) => (
                      <option key={id}>{id}</option>
                    ))}
                  </select>
                </Field>
                <label class="iam-radio">
                  <input
                    type="checkbox"
                    name="showAll"
                    checked={all}
                    onChange={(e) => setAll(e.currentTarget.checked)}
                  />
                  Show unchanged lines
                </label>
              </div>
              <p class="diff-stats" role="status">
                {stats.added === 0 && stats.removed === 0
                  ? 'The two versions are identical.'
                  : `${stats.added} line${stats.added === 1 ? '' : 's'} added, ${stats.removed} line${stats.removed === 1 ? '' : 's'} removed.`}
              </p>
              <table class="diff" aria-label={`Differences between ${props.from} and ${props.to}`}>
                <thead>
                  <tr>
                    <th>{props.from}</th>
                    <th>{props.to}</th>
                    <th />
                    <th>Line</th>
                  </tr>
                </thead>
                <tbody>
                  {(all ? [{ kind: 'lines' as const, lines: diff }] : foldUnchanged(diff)).map(
                    (chunk, index) =>
                      chunk.kind === 'skipped' ? (
                        <tr key={`s${index}`} class="diff-skipped">
                          <td colSpan={4}>
                            … {chunk.count} unchanged line{chunk.count === 1 ? '' : 's'} …
                          </td>
                        </tr>
                      ) : (
                        chunk.lines.map((line, i) => <Line key={`${index}-${i}`} line={line} />)
                      ),
                  )}
                </tbody>
              </table>
            </>
          );
        }}
      />
    </section>
  );
}
