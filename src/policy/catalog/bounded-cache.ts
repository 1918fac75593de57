/**
 * A memo with a size bound, for answers the catalogue derives from its static data (prepared ARN
 * patterns, the resource types an ARN matches). Policies repeat the same ARNs, so answers are reused;
 * the bound keeps a long-running server from growing without limit (the memo simply starts afresh).
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined || this.entries.has(key)) return found as V;
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
