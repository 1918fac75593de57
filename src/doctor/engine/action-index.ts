/**
 * A cheap pre-filter over raw policy documents: which actions an identity policy's Allow statements can
 * cover at all, read from the JSON without compiling the policy. A principal none of whose documents
 * covers an action cannot be allowed it, so the doctor compiles the policies of the few principals that
 * might be (a snapshot of 20,000 policies is mostly about other things). NotAction and anything it does
 * not understand count as covering every action, so the filter never hides an allowed request.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
import { compileGlob, type GlobMatcher } from '../../policy/match/glob.js';
import type { JsonValue } from '../snapshot/types.js';

export interface ActionIndex {
  readonly everything: boolean;
  readonly patterns: readonly string[];
}

const EVERYTHING: ActionIndex = { everything: true, patterns: [] };

function indexOf(document: JsonValue): ActionIndex {
  if (typeof document !== 'object' || document === null) return EVERYTHING;
  const raw = (document as Record<string, unknown>)['Statement'];
  const statements = Array.isArray(raw) ? raw : [raw];
  const patterns: string[] = [];
  for (const s of statements) {
    if (typeof s !== 'object' || s === null) return EVERYTHING;
    const st = s as Record<string, unknown>;
    if (st['Effect'] === 'Deny') continue;
    if (st['NotAction'] !== undefined) return EVERYTHING;
    const action = st['Action'];
    const list = Array.isArray(action) ? action : [action];
    for (const a of list) {
      if (typeof a !== 'string') return EVERYTHING;
      patterns.push(a.toLowerCase());
    }
  }
  return { everything: false, patterns };
}

export class ActionIndexes {
  private readonly indexes = new WeakMap<object, ActionIndex>();
  private readonly matchers = new Map<string, GlobMatcher>();

  /** The lower-cased Allow action patterns of a document, or `everything`. */
  patternsOf(document: JsonValue): ActionIndex {
    if (typeof document !== 'object' || document === null) return EVERYTHING;
    let index = this.indexes.get(document);
    if (!index) {
      index = indexOf(document);
      this.indexes.set(document, index);
    }
    return index;
  }

  matcher(pattern: string): GlobMatcher {
    let match = this.matchers.get(pattern);
    if (!match) {
      match = compileGlob(pattern);
      this.matchers.set(pattern, match);
    }
    return match;
  }

  /** Whether an Allow statement of the document may cover the (lower-cased) action. */
  covers(document: JsonValue, lowerAction: string): boolean {
    if (typeof document !== 'object' || document === null) return true;
    let index = this.indexes.get(document);
    if (!index) {
      index = indexOf(document);
      this.indexes.set(document, index);
    }
    if (index.everything) return true;
    for (const pattern of index.patterns) {
      let match = this.matchers.get(pattern);
      if (!match) {
        match = compileGlob(pattern);
        this.matchers.set(pattern, match);
      }
      if (match(lowerAction)) return true;
    }
    return false;
  }
}
