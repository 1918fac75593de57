/**
 * The JSON policy editor used wherever a policy is written: a monospace text area with line numbers that
 * sends the text to Access Analyzer's ValidatePolicy ~300 ms after you stop typing, and shows the findings
 * inline: a marker on each affected line and a list with line, column, severity (the finding type), the
 * issue code and the details, like the IAM console's policy editor.
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicy.html
 */
import { ValidatePolicyCommand, type ValidatePolicyFinding } from '@aws-sdk/client-accessanalyzer';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useApp } from '../app-context.js';
import { flattenFindings, lineMarkers, type EditorFinding } from './policy-editor-findings.js';
import { FindingsSummary, FindingsTable, type Check } from './policy-editor-findings-view.js';

/** Which grammar the policy is checked against. */
export type PolicyKind = 'identity' | 'boundary' | 'trust' | 'resource';

export interface PolicyEditorProps {
  readonly label: string;
  /** The text area's `name` (for forms and browser tests). */
  readonly name: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly kind: PolicyKind;
  readonly minRows?: number;
  /** Told the findings after each check (forms may refuse to save while there are errors). */
  readonly onFindings?: (rows: readonly EditorFinding[]) => void;
}

function validationInput(kind: PolicyKind) {
  if (kind === 'trust') {
    return {
      policyType: 'RESOURCE_POLICY',
      validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument',
    } as const;
  }
  // A permissions boundary is an identity policy: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
  return { policyType: kind === 'resource' ? 'RESOURCE_POLICY' : 'IDENTITY_POLICY' } as const;
}

/** The text indented two spaces per level, or undefined when it is not JSON. */
function formatJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}

/** The offset of a line (1-based) and column (0-based) in a text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column);
}

export function PolicyEditor(props: PolicyEditorProps) {
  const { clients } = useApp();
  const id = useId();
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const gutter = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const onFindings = useRef(props.onFindings);
  onFindings.current = props.onFindings;

  useEffect(() => {
    if (!props.value.trim()) {
      setCheck({ state: 'idle' });
      onFindings.current?.([]);
      return;
    }
    let current = true;
    setCheck({ state: 'checking' });
    const timer = setTimeout(async () => {
      try {
        const findings: ValidatePolicyFinding[] = [];
        let nextToken: string | undefined;
        do {
          const out = await clients.accessAnalyzer.send(
            new ValidatePolicyCommand({
              policyDocument: props.value,
              ...validationInput(props.kind),
              nextToken,
            }),
          );
          findings.push(...(out.findings ?? []));
          nextToken = out.nextToken;
        } while (nextToken && current);
        if (!current) return;
        const rows = flattenFindings(findings);
        setCheck({ state: 'done', rows });
        onFindings.current?.(rows);
      } catch (error) {
        if (current) setCheck({ state: 'failed', error });
      }
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [props.value, props.kind, clients]);

  const lineCount = props.value.split('\n').length;
  const rows = check.state === 'done' ? check.rows : [];
  const markers = lineMarkers(rows);
  const minRows = props.minRows ?? 12;
  const formatted = formatJson(props.value);
  const canFormat = formatted !== undefined && formatted !== props.value;
  const format = () => formatted !== undefined && props.onChange(formatted);
  const goTo = (row: EditorFinding) => {
    const textarea = area.current;
    if (!textarea || row.line === undefined) return;
    const offset = offsetOf(props.value, row.line, row.column ?? 0);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
  };

  return (
    <div class="policy-editor">
      <div class="pe-tools">
        <label for={id} class="pe-label">
          {props.label}
        </label>
        <button type="button" class="link" onClick={format} disabled={!canFormat}>
          Format JSON
        </button>
      </div>
      <div class="pe-frame">
        <div class="pe-gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lineCount }, (_, index) => {
            const marker = markers.get(index + 1);
            return (
              <div
                key={index}
                class={marker ? `pe-line pe-mark pe-mark-${marker}` : 'pe-line'}
                title={marker}
              >
                {index + 1}
              </div>
            );
          })}
        </div>
        <textarea
          id={id}
          ref={area}
          name={props.name}
          class="code pe-text"
          wrap="off"
          spellcheck={false}
          rows={Math.min(40, Math.max(minRows, lineCount + 1))}
          value={props.value}
          onInput={(event) => props.onChange(event.currentTarget.value)}
          onScroll={(event) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Tab' || event.shiftKey) return;
            event.preventDefault(); // two spaces, as JSON is indented here
            const target = event.currentTarget;
            const { selectionStart, selectionEnd } = target;
            props.onChange(`${props.value.slice(0, selectionStart)}  ${props.value.slice(selectionEnd)}`);
            requestAnimationFrame(() => target.setSelectionRange(selectionStart + 2, selectionStart + 2));
          }}
        />
      </div>
      <FindingsSummary check={check} />
      <FindingsTable rows={rows} label={props.label} onPick={goTo} />
    </div>
  );
}
