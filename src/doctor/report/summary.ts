/**
 * Counting a report: errors, warnings and passed checks; the exit code the issue specifies (0 when no
 * error finding, 1 when any); and the fixes of all findings per account, de-duplicated, in order.
 */
import type { DoctorReport } from '../checks/findings.js';
import { actionKey, type FixAction } from '../fixes/actions.js';

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly passed: number;
}

export function summarize(report: DoctorReport): Summary {
  return {
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
    passed: report.passed,
  };
}

export function exitCodeOf(report: DoctorReport): number {
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Every fix action of the report, per account, without repeats (errors first, then warnings). */
export function fixPlan(
  report: DoctorReport,
  severities: readonly string[] = ['error', 'warning'],
): Map<string, FixAction[]> {
  const plan = new Map<string, FixAction[]>();
  const seen = new Set<string>();
  for (const severity of severities) {
    for (const finding of report.findings) {
      if (finding.severity !== severity || !finding.fix) continue;
      const { account, actions } = finding.fix;
      for (const action of actions) {
        const key = actionKey(account, action);
        if (seen.has(key)) continue;
        seen.add(key);
        const list = plan.get(account) ?? [];
        list.push(action);
        plan.set(account, list);
      }
    }
  }
  return plan;
}
