/**
 * The decision log as the console keeps it: GET /_ibiam/api/decisions answers (entries oldest first and
 * a cursor), merged newest first and capped, the query for the filters, and what a row shows (the
 * decision's colour, a denial's simulator link). Pure: no DOM, so it can be unit-tested.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { simulatableArn } from '../../ui/ib-principal-arn.js';
import { simulatorHref } from '../../ui/ib-simulator-link.js';

/** One decision (src/services/common/enforce/decision-log.ts, copied: console code imports no src/). */
export interface DecisionLogEntry {
  readonly time: string;
  readonly requestId: string;
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
  readonly blockedBy?: string;
  readonly deciding: readonly {
    readonly policy: string;
    readonly type: string;
    readonly statement: number;
    readonly sid?: string;
    readonly effect: string;
  }[];
  readonly missingContextKeys?: readonly string[];
}

export interface DecisionsAnswer {
  readonly entries: readonly DecisionLogEntry[];
  readonly cursor: string;
}

export type DecisionFilter = 'All' | 'Allow' | 'Deny';

export interface Filters {
  readonly principal: string;
  readonly action: string;
  readonly decision: DecisionFilter;
}

/** At most this many rows are kept in memory (the oldest drop out). */
export const MAX_ROWS = 1000;
/** The first read: the latest this many matching entries. */
export const FIRST_READ = 200;

/** The query of GET /_ibiam/api/decisions for these filters (and a cursor when polling). */
export function decisionsQuery(filters: Filters, after?: string): Record<string, string | undefined> {
  return {
    ...(after !== undefined ? { after, limit: String(MAX_ROWS) } : { limit: String(FIRST_READ) }),
    principal: filters.principal.trim() || undefined,
    action: filters.action.trim() || undefined,
    decision: filters.decision === 'All' ? undefined : filters.decision,
  };
}

/** New entries (oldest first, as the service answers) on top of the rows shown (newest first), capped. */
export function mergeNewest(
  shown: readonly DecisionLogEntry[],
  incoming: readonly DecisionLogEntry[],
  cap = MAX_ROWS,
): DecisionLogEntry[] {
  if (incoming.length === 0) return shown.length > cap ? shown.slice(0, cap) : [...shown];
  return [...[...incoming].reverse(), ...shown].slice(0, cap);
}

export function isDenial(entry: DecisionLogEntry): boolean {
  return entry.decision !== 'Allow';
}

/** A deciding statement in words: `policy#2 (Sid) Deny`. */
export function statementText(s: DecisionLogEntry['deciding'][number]): string {
  return `${s.policy}#${s.statement}${s.sid ? ` (${s.sid})` : ''} ${s.effect}`;
}

/**
 * The simulator link for a denial: pre-filled with the principal's user or role ARN when it is known
 * without doubt (see ib-principal-arn), else with the action and resource only.
 */
export function denialSimulatorHref(
  entry: DecisionLogEntry,
  account: string,
  roleArns: ReadonlyMap<string, string>,
): string {
  return simulatorHref({
    policySourceArn: simulatableArn(entry.principal, account, roleArns),
    action: entry.action,
    resource: entry.resource,
  });
}

/** The action this page's own polling is authorized as (each poll is a decision in the log too). */
export const OWN_POLL_ACTION = 'cloudtrail:LookupEvents';

/** The rows to show: all, or without the log reads (this page's own polling) when `hideReads`. */
export function visibleRows(
  rows: readonly DecisionLogEntry[],
  hideReads: boolean,
): readonly DecisionLogEntry[] {
  return hideReads ? rows.filter((row) => row.action.toLowerCase() !== OWN_POLL_ACTION.toLowerCase()) : rows;
}
