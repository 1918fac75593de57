/**
 * Who in an account may be allowed an action at all, without compiling anyone's policies: an inverted
 * index from the Allow action patterns of the raw documents (inline, attached, groups' for users) to the
 * principals holding them, built once per account. Asking for an action tests each distinct pattern once
 * (accounts repeat the same patterns across thousands of policies) instead of every principal's documents.
 */
import type { PolicyHolder } from '../snapshot/types.js';
import type { AccountView, Principal } from '../world.js';
import type { ActionIndexes } from './action-index.js';
import type { PolicyCache } from './policy-cache.js';

export class ActionHolders {
  private readonly everything = new Set<Principal>();
  private readonly byPattern = new Map<string, Set<Principal>>();
  private readonly answers = new Map<string, Principal[]>();

  constructor(
    account: AccountView,
    private readonly principals: readonly Principal[],
    private readonly cache: PolicyCache,
    private readonly indexes: ActionIndexes,
  ) {
    const groups = new Map<string, readonly string[] | null>();
    for (const principal of principals) {
      if (this.add(principal, this.patternsOf(account, principal.entity))) continue;
      if (principal.kind !== 'user') continue;
      for (const name of principal.entity.groups) {
        let patterns = groups.get(name);
        if (patterns === undefined) {
          const group = account.group(name);
          patterns = group ? this.patternsOf(account, group) : [];
          groups.set(name, patterns);
        }
        if (this.add(principal, patterns)) break;
      }
    }
  }

  /** The Allow action patterns of a holder's documents, or null when one may cover every action. */
  private patternsOf(account: AccountView, holder: PolicyHolder): readonly string[] | null {
    const out: string[] = [];
    const read = (document: unknown) => {
      if (document === undefined) return true;
      const index = this.indexes.patternsOf(document);
      if (index.everything) return false;
      for (const p of index.patterns) out.push(p);
      return true;
    };
    for (const p of holder.inline) if (!read(p.document)) return null;
    for (const arn of holder.attached) if (!read(this.cache.managedDocument(account, arn))) return null;
    return out;
  }

  /** Indexes the principal under the patterns; true when it may be allowed everything. */
  private add(principal: Principal, patterns: readonly string[] | null): boolean {
    if (patterns === null) {
      this.everything.add(principal);
      return true;
    }
    for (const pattern of patterns) {
      let set = this.byPattern.get(pattern);
      if (!set) this.byPattern.set(pattern, (set = new Set()));
      set.add(principal);
    }
    return false;
  }

  /** The principals (in account order) with an Allow statement that may cover the action. */
  mayAllow(action: string): Principal[] {
    const lower = action.toLowerCase();
    let found = this.answers.get(lower);
    if (!found) {
      const hit = new Set<Principal>(this.everything);
      for (const [pattern, principals] of this.byPattern)
        if (this.indexes.matcher(pattern)(lower)) for (const p of principals) hit.add(p);
      found = this.principals.filter((p) => hit.has(p));
      this.answers.set(lower, found);
    }
    return found;
  }
}
