/**
 * Small building blocks every page uses: a page title, an error box (the AWS error code and message),
 * a loading line, a table, JSON shown as text, and a field with its label.
 */
import type { ComponentChildren, JSX } from 'preact';
import { errorText } from '../aws/clients.js';
import type { AsyncState } from './use-async.js';

export function PageTitle(props: { title: string; children?: ComponentChildren }) {
  return (
    <header class="page-title">
      <h1>{props.title}</h1>
      <div class="page-actions">{props.children}</div>
    </header>
  );
}

export function ErrorBox(props: { error: unknown }) {
  return (
    <div class="error-box" role="alert">
      {errorText(props.error)}
    </div>
  );
}

/** Renders an AsyncState: loading, its error, or `render(value)`. */
export function Loaded<T>(props: { state: AsyncState<T>; render: (value: T) => JSX.Element }) {
  const { state } = props;
  if (state.error !== undefined) return <ErrorBox error={state.error} />;
  if (state.value === undefined) return <p class="loading">Loading…</p>;
  return props.render(state.value);
}

export interface Column<T> {
  readonly title: string;
  readonly cell: (row: T) => ComponentChildren;
}

export function Table<T>(props: { rows: readonly T[]; columns: readonly Column<T>[]; empty?: string }) {
  if (props.rows.length === 0) return <p class="empty">{props.empty ?? 'Nothing here yet.'}</p>;
  return (
    <table class="table">
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th key={column.title}>{column.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, index) => (
          <tr key={index}>
            {props.columns.map((column) => (
              <td key={column.title}>{column.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A JSON document as indented text (policy documents arrive URL-encoded from IAM: decode them first). */
export function JsonView(props: { value: unknown }) {
  const text =
    typeof props.value === 'string' ? prettyJson(props.value) : JSON.stringify(props.value, null, 2);
  return <pre class="json">{text}</pre>;
}

/** Indents a JSON text; leaves text that is not JSON as it is. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** IAM returns policy documents URL-encoded (RFC 3986): https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html */
export function decodePolicyDocument(document: string | undefined): string {
  if (!document) return '';
  try {
    return prettyJson(decodeURIComponent(document));
  } catch {
    return prettyJson(document);
  }
}

export function Field(props: { label: string; children: ComponentChildren }) {
  return (
    <label class="field">
      <span>{props.label}</span>
      {props.children}
    </label>
  );
}
