/**
 * What a run of the checks produces: findings (a failed check on one resource, with its fix) and the
 * number of checks that passed.
 */
import type { Fix } from '../fixes/actions.js';
import { checkInfo, type Severity } from './catalog.js';
import { cite } from './sources.js';

export interface Finding {
  readonly id: string;
  readonly severity: Severity;
  readonly account: string;
  /** The ARN of the resource to change (an IAM entity, an Image Builder resource, a topic, a repository). */
  readonly resource: string;
  /** What is wrong, in one or two sentences. */
  readonly message: string;
  /** The seed document and section the check comes from. */
  readonly source: string;
  readonly fix?: Fix;
}

export interface DoctorReport {
  readonly findings: readonly Finding[];
  readonly passed: number;
  /** The accounts that were checked. */
  readonly accounts: readonly string[];
  /** Which input each account came from (file or endpoint), for SARIF locations. */
  readonly inputs: Readonly<Record<string, string>>;
}

export class Findings {
  readonly list: Finding[] = [];
  passed = 0;

  fail(
    id: string,
    account: string,
    resource: string,
    message: string,
    fix?: Fix,
    severity: Severity = 'error',
  ): void {
    const source = cite(checkInfo(id).sources);
    this.list.push({ id, severity, account, resource, message, source, ...(fix ? { fix } : {}) });
  }

  warn(id: string, account: string, resource: string, message: string, fix?: Fix): void {
    this.fail(id, account, resource, message, fix, 'warning');
  }

  pass(count = 1): void {
    this.passed += count;
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in a stable order: account, resource, check id, severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.account.localeCompare(b.account) ||
      a.resource.localeCompare(b.resource) ||
      a.id.localeCompare(b.id) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
