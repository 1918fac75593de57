/**
 * Output formats for `ibiam policy validate`: text (one line per finding, file:line:column), JSON, and
 * SARIF 2.1.0 so that CI systems show findings inline.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import type { Finding } from '../policy/validate/finding.js';
import { STDIN_NAME } from './io.js';

export interface FileFindings {
  readonly file: string;
  readonly findings: readonly Finding[];
}

function where(finding: Finding): string {
  return finding.span ? `${finding.span.start.line}:${finding.span.start.column}` : '1:1';
}

export function formatText(results: readonly FileFindings[]): string {
  const lines: string[] = [];
  for (const { file, findings } of results) {
    if (findings.length === 0) lines.push(`${file}: no findings`);
    for (const f of findings)
      lines.push(`${file}:${where(f)}: ${f.findingType} ${f.issueCode}: ${f.message}`);
  }
  return lines.join('\n') + '\n';
}

export function formatJson(results: readonly FileFindings[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Finding['findingType'], string> = {
  ERROR: 'error',
  SECURITY_WARNING: 'warning',
  WARNING: 'warning',
  SUGGESTION: 'note',
};

/**
 * SARIF wants a URI reference for the file (§3.4.3): the path with forward slashes and percent-encoding;
 * standard input has no URI, so it is described instead.
 */
function artifactLocation(file: string): { uri: string } | { description: { text: string } } {
  if (file === STDIN_NAME) return { description: { text: 'standard input' } };
  return { uri: encodeURI(file.replaceAll('\\', '/')) };
}

export function formatSarif(results: readonly FileFindings[]): string {
  const rules = new Map<string, Finding>();
  for (const { findings } of results)
    for (const f of findings) if (!rules.has(f.issueCode)) rules.set(f.issueCode, f);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ibiam',
            informationUri:
              'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
            rules: [...rules.values()].map((f) => ({
              id: f.issueCode,
              shortDescription: { text: f.issueCode },
              ...(f.learnMoreLink ? { helpUri: f.learnMoreLink } : {}),
              properties: { findingType: f.findingType },
            })),
          },
        },
        results: results.flatMap(({ file, findings }) =>
          findings.map((f) => ({
            ruleId: f.issueCode,
            level: SARIF_LEVEL[f.findingType],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(file),
                  region: f.span
                    ? {
                        startLine: f.span.start.line,
                        startColumn: f.span.start.column,
                        endLine: f.span.end.line,
                        endColumn: f.span.end.column,
                      }
                    : { startLine: 1, startColumn: 1 },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
