/**
 * A policy compiled for evaluation. Statements are indexed by action: the first request for an action
 * computes which statements cover it, and later requests for the same action reuse that list, so the
 * cost of a request does not grow with statements about other services or actions.
 */
import type { PolicyType } from '../authorize/types.js';
import type { PolicyDocument } from '../document/ast.js';
import { compileStatement, type CompiledStatement } from './compiled-statement.js';

/** Bound on remembered actions per policy, so that a stream of made-up actions cannot grow memory. */
const MAX_INDEXED_ACTIONS = 20_000;

export class CompiledPolicy {
  readonly statements: readonly CompiledStatement[];
  private readonly byAction = new Map<string, readonly CompiledStatement[]>();

  constructor(
    readonly id: string,
    readonly type: PolicyType,
    readonly document: PolicyDocument,
  ) {
    this.statements = document.statements.map((s) => compileStatement(s, id, type, document.version));
  }

  /** The statements whose Action/NotAction covers the (lower-cased) action. */
  statementsFor(lowerAction: string): readonly CompiledStatement[] {
    let list = this.byAction.get(lowerAction);
    if (list === undefined) {
      list = this.statements.filter((s) => s.coversAction(lowerAction));
      if (this.byAction.size >= MAX_INDEXED_ACTIONS) this.byAction.clear();
      this.byAction.set(lowerAction, list);
    }
    return list;
  }
}
