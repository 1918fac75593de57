/**
 * Access Analyzer ValidatePolicy findings, flattened for the policy editor: one row per location (line
 * from 1, column from 0, as the API counts them), and the most severe finding type per line for the
 * marker in the editor's gutter.
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicyFinding.html
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_Position.html
 * Pure: no DOM, no framework.
 */

/** The parts of a ValidatePolicyFinding the editor uses (the SDK's type is structurally compatible). */
export interface FindingInput {
  readonly findingDetails?: string | undefined;
  readonly findingType?: string | undefined;
  readonly issueCode?: string | undefined;
  readonly learnMoreLink?: string | undefined;
  readonly locations?:
    | readonly {
        readonly span?:
          | {
              readonly start?:
                { readonly line?: number | undefined; readonly column?: number | undefined } | undefined;
              readonly end?:
                { readonly line?: number | undefined; readonly column?: number | undefined } | undefined;
            }
          | undefined;
      }[]
    | undefined;
}

export interface EditorFinding {
  readonly findingType: string;
  readonly issueCode: string;
  readonly details: string;
  readonly learnMoreLink?: string;
  /** 1-based line of the span's start, when the finding has a location. */
  readonly line?: number;
  /** 0-based column of the span's start. */
  readonly column?: number;
  /** 1-based line of the span's end. */
  readonly endLine?: number;
}

const SEVERITY: Record<string, number> = { ERROR: 4, SECURITY_WARNING: 3, WARNING: 2, SUGGESTION: 1 };

export function severityRank(findingType: string): number {
  return SEVERITY[findingType] ?? 0;
}

/** One row per location of each finding (a finding without a location gives one row without a line). */
export function flattenFindings(findings: readonly FindingInput[]): EditorFinding[] {
  const rows: EditorFinding[] = [];
  for (const finding of findings) {
    const base = {
      findingType: finding.findingType ?? 'ERROR',
      issueCode: finding.issueCode ?? '',
      details: finding.findingDetails ?? '',
      ...(finding.learnMoreLink ? { learnMoreLink: finding.learnMoreLink } : {}),
    };
    const spans = (finding.locations ?? [])
      .map((location) => location.span)
      .filter((span) => span?.start?.line);
    if (spans.length === 0) rows.push(base);
    for (const span of spans) {
      const line = span!.start!.line!;
      rows.push({
        ...base,
        line,
        column: span!.start!.column ?? 0,
        endLine: Math.max(line, span!.end?.line ?? line),
      });
    }
  }
  return rows.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      severityRank(b.findingType) - severityRank(a.findingType),
  );
}

/** The most severe finding type on each line a finding's span covers. */
export function lineMarkers(rows: readonly EditorFinding[]): Map<number, string> {
  const markers = new Map<number, string>();
  for (const row of rows) {
    if (row.line === undefined) continue;
    for (let line = row.line; line <= (row.endLine ?? row.line); line++) {
      const known = markers.get(line);
      if (!known || severityRank(row.findingType) > severityRank(known)) markers.set(line, row.findingType);
    }
  }
  return markers;
}

/** Counts per finding type, most severe first: `[['ERROR', 2], ['WARNING', 1]]`. */
export function countByType(rows: readonly EditorFinding[]): [string, number][] {
  const seen = new Map<string, Set<string>>();
  for (const row of rows) {
    const key = `${row.issueCode} ${row.details}`;
    seen.set(row.findingType, (seen.get(row.findingType) ?? new Set()).add(key));
  }
  return [...seen]
    .map(([type, set]): [string, number] => [type, set.size])
    .sort((a, b) => severityRank(b[0]) - severityRank(a[0]));
}
