/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning UIs. One rule per check (with why it matters and its
 * source), one result per finding located at the resource (a logical location) and at the input the
 * account came from; the fix commands and policy go in the result's properties.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import { CHECKS } from '../checks/catalog.js';
import type { DoctorReport } from '../checks/findings.js';
import { cliCommands } from '../fixes/render-cli.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(report: DoctorReport): string {
  const used = new Set(report.findings.map((f) => f.id));
  const rules = CHECKS.filter((c) => used.has(c.id) || !c.id.startsWith('DOC'));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ibiam doctor',
            informationUri:
              'https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html',
            rules: rules.map((c) => ({
              id: c.id,
              name: c.id,
              shortDescription: { text: c.title },
              fullDescription: { text: c.why },
              helpUri: c.sources[0]?.url,
              properties: { sources: c.sources.map((s) => `${s.file} § ${s.section}`) },
            })),
          },
        },
        results: report.findings.map((f) => {
          const input = report.inputs[f.account];
          return {
            ruleId: f.id,
            ruleIndex: rules.findIndex((r) => r.id === f.id),
            level: LEVEL[f.severity],
            message: { text: f.fix?.note ? `${f.message} ${f.fix.note}` : f.message },
            locations: [
              {
                logicalLocations: [{ fullyQualifiedName: f.resource, kind: 'resource' }],
                ...(input ? { physicalLocation: { artifactLocation: { uri: input.split(', ')[0] } } } : {}),
              },
            ],
            properties: {
              account: f.account,
              source: f.source,
              fix: { cli: cliCommands(f.fix?.actions ?? []), policy: f.fix?.policy ?? null },
            },
          };
        }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
