/**
 * `--format json`: exactly the schema,
 * {"findings":[{"id","severity","account","resource","message","source","fix":{"cli":[...],"policy":{...}}}],
 *  "summary":{"errors","warnings","passed"}}; `policy` is null when the fix writes no document.
 */
import type { DoctorReport, Finding } from '../checks/findings.js';
import { cliCommands } from '../fixes/render-cli.js';
import { summarize } from './summary.js';

export function findingJson(f: Finding) {
  const note = f.fix?.note;
  return {
    id: f.id,
    severity: f.severity,
    account: f.account,
    resource: f.resource,
    message: note ? `${f.message} ${note}` : f.message,
    source: f.source,
    fix: { cli: cliCommands(f.fix?.actions ?? []), policy: f.fix?.policy ?? null },
  };
}

export function formatJson(report: DoctorReport): string {
  return (
    JSON.stringify({ findings: report.findings.map(findingJson), summary: summarize(report) }, null, 2) + '\n'
  );
}
