/**
 * Running a write from a view: `run(fn)` marks the view busy, shows the AWS error if the call fails
 * (an AccessDenied stays visible as the AccessDenied it is) and returns whether it succeeded. Plus a
 * button that asks for confirmation inline before a destructive call.
 */
import { useState } from 'preact/hooks';
import { ErrorBox } from './basics.js';

export interface Action {
  readonly busy: boolean;
  readonly error?: unknown;
  run(work: () => Promise<unknown>): Promise<boolean>;
  clear(): void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  return {
    busy,
    ...(error !== undefined ? { error } : {}),
    async run(work) {
      setBusy(true);
      setError(undefined);
      try {
        await work();
        return true;
      } catch (caught) {
        setError(caught);
        return false;
      } finally {
        setBusy(false);
      }
    },
    clear: () => setError(undefined),
  };
}

export function ActionError(props: { action: Action }) {
  return props.action.error !== undefined ? <ErrorBox error={props.action.error} /> : null;
}

/** "Delete" -> "Delete NAME? [Confirm] [Cancel]": no browser dialog, so browser tests can drive it. */
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel?: string;
  disabled?: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="secondary" disabled={props.disabled} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span class="iam-confirm" role="group" aria-label={props.question}>
      <span>{props.question}</span>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel ?? 'Confirm'}
      </button>
      <button type="button" class="secondary" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
