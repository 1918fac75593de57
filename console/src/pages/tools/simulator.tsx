/**
 * The policy simulator (`#/tools/simulator`): pick a principal or paste policies, set actions, resources
 * and context keys, run ibiam's explained simulation (`POST /_ibiam/api/simulate`, authorized as
 * iam:SimulatePrincipalPolicy or iam:SimulateCustomPolicy) and see each decision with its explanation.
 * A link from a failed Image Builder build pre-fills the form and runs it at once.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html
 */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { ErrorBox, PageTitle } from '../../ui/basics.js';
import { ActionError, useAction } from '../../ui/iam-action.js';
import { SimulatorInputs } from './simulator-form.js';
import {
  buildRequest,
  formFromQuery,
  isRunnable,
  queryFromForm,
  type SimulatorForm,
} from './simulator-query.js';
import { SimulationResultView, SimulationSummary } from './simulator-result.js';
import type { SimulateResponse } from './simulator-types.js';

export function SimulatorPage(props: { query: URLSearchParams }) {
  const { clients } = useApp();
  const [form, setForm] = useState<SimulatorForm>(() => formFromQuery(props.query));
  const [problem, setProblem] = useState<string | undefined>();
  const [answer, setAnswer] = useState<SimulateResponse | undefined>();
  const action = useAction();

  const run = async (current: SimulatorForm) => {
    const built = buildRequest(current);
    if ('error' in built) return setProblem(built.error);
    setProblem(undefined);
    setAnswer(undefined);
    await action.run(async () =>
      setAnswer(await clients.ibiam.post<SimulateResponse>('/_ibiam/api/simulate', built.request)),
    );
  };

  useEffect(() => {
    if (isRunnable(form)) void run(form); // a link (from a failed build) runs at once
  }, []);

  const addContextKey = (key: string) => {
    if (!form.context.some((row) => row.key === key))
      setForm({ ...form, context: [...form.context, { key, type: 'string', values: '' }] });
  };
  const share = queryFromForm(form);

  return (
    <section>
      <PageTitle title="Policy simulator" />
      <p class="hint">
        Tests whether the policies allow each action on each resource, and explains why. Nothing is changed in
        the account.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(form);
        }}
      >
        <SimulatorInputs form={form} onChange={setForm} />
        {problem && <ErrorBox error={problem} />}
        <div class="buttons">
          <button type="submit" disabled={action.busy}>
            {action.busy ? 'Simulating…' : 'Run simulation'}
          </button>
          <a class="button secondary" href={`${href('tools', 'simulator')}?${share.toString()}`}>
            Link to this simulation
          </a>
        </div>
      </form>
      <ActionError action={action} />
      {answer && (
        <section class="sim-results" aria-label="Results">
          <h2>Results</h2>
          <SimulationSummary results={answer.results} />
          {answer.results.map((result, index) => (
            <SimulationResultView
              key={index}
              result={result}
              policies={answer.policies}
              onAddContextKey={addContextKey}
            />
          ))}
        </section>
      )}
    </section>
  );
}
