/**
 * The simulator's context keys: rows of key, type and values (comma-separated for list types), with the
 * common global and IAM keys offered as you type. Context entries: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ContextEntry.html
 * Global condition keys: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import { Field } from '../../ui/basics.js';
import type { ContextRow } from './simulator-query.js';
import { CONTEXT_KEY_TYPES } from './simulator-types.js';

const COMMON_KEYS = [
  'aws:SourceArn',
  'aws:SourceAccount',
  'aws:PrincipalArn',
  'aws:RequestTag/CreatedBy',
  'aws:ResourceTag/CreatedBy',
  'aws:TagKeys',
  'aws:CalledVia',
  'aws:SourceIp',
  'aws:CurrentTime',
  'aws:MultiFactorAuthPresent',
  'iam:PassedToService',
  'iam:AWSServiceName',
  'sts:ExternalId',
  'ec2:ResourceTag/CreatedBy',
];

export function ContextKeys(props: { rows: readonly ContextRow[]; onChange: (rows: ContextRow[]) => void }) {
  const setRow = (index: number, patch: Partial<ContextRow>) =>
    props.onChange(props.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset class="iam-fieldset">
      <legend>Context keys</legend>
      <datalist id="sim-context-keys">
        {COMMON_KEYS.map((key) => (
          <option key={key} value={key} />
        ))}
      </datalist>
      {props.rows.length === 0 && (
        <p class="empty">No context keys: conditions on them see the key as absent.</p>
      )}
      {props.rows.map((row, index) => (
        <div key={index} class="iam-row">
          <Field label={`Context key ${index + 1}`}>
            <input
              name={`contextKey${index}`}
              list="sim-context-keys"
              value={row.key}
              onInput={(e) => setRow(index, { key: e.currentTarget.value })}
            />
          </Field>
          <Field label={`Type ${index + 1}`}>
            <select
              name={`contextType${index}`}
              value={row.type}
              onChange={(e) => setRow(index, { type: e.currentTarget.value as ContextRow['type'] })}
            >
              {CONTEXT_KEY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </Field>
          <Field label={`Values ${index + 1}`}>
            <input
              name={`contextValues${index}`}
              value={row.values}
              onInput={(e) => setRow(index, { values: e.currentTarget.value })}
            />
          </Field>
          <button
            type="button"
            class="secondary"
            onClick={() => props.onChange(props.rows.filter((_, i) => i !== index))}
          >
            Remove context key {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="secondary"
        onClick={() => props.onChange([...props.rows, { key: '', type: 'string', values: '' }])}
      >
        Add context key
      </button>
    </fieldset>
  );
}
