/**
 * The text report for people: findings grouped by account, then by resource; each with its severity,
 * check id, what is wrong, why it matters, the source document, and the fix as AWS CLI commands.
 */
import { checkInfo } from '../checks/catalog.js';
import type { DoctorReport, Finding } from '../checks/findings.js';
import { cliCommands } from '../fixes/render-cli.js';
import { summarize } from './summary.js';

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    list.push(item);
    map.set(key(item), list);
  }
  return map;
}

function findingLines(f: Finding): string[] {
  const lines = [
    `    ${f.severity.toUpperCase()} ${f.id}: ${f.message}`,
    `      why: ${checkInfo(f.id).why}`,
  ];
  const commands = cliCommands(f.fix?.actions ?? []);
  if (commands.length > 0 || f.fix?.note) {
    lines.push(`      fix${f.fix && f.fix.account !== f.account ? ` (in account ${f.fix.account})` : ''}:`);
    for (const c of commands) lines.push(`        ${c}`);
    if (f.fix?.note) lines.push(`        # ${f.fix.note}`);
  }
  lines.push(`      source: ${f.source}`);
  return lines;
}

export function formatText(report: DoctorReport): string {
  const lines: string[] = [];
  const byAccount = group(report.findings, (f) => f.account);
  const accounts = [...new Set([...report.accounts, ...byAccount.keys()])].sort();
  for (const account of accounts) {
    const findings = byAccount.get(account) ?? [];
    lines.push(`Account ${account}${findings.length === 0 ? ': no findings' : ''}`);
    for (const [resource, list] of group(findings, (f) => f.resource)) {
      lines.push(`  ${resource}`);
      for (const f of list) lines.push(...findingLines(f));
    }
    lines.push('');
  }
  const s = summarize(report);
  lines.push(`${s.errors} error(s), ${s.warnings} warning(s), ${s.passed} check(s) passed`);
  return lines.join('\n') + '\n';
}
