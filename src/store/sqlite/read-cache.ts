/**
 * Records that read transactions have read, kept until the store's generation changes (any committed
 * write, in this process or another): a request whose records have not changed reads neither SQLite nor
 * JSON. Cached records are deeply frozen, since every reader shares them; write transactions never use
 * the cache (they must see their own writes).
 */

const MAX_ENTRIES = 50_000;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

export class ReadCache {
  private generation = Number.NaN;
  private readonly entries = new Map<string, unknown>();

  /** Forgets everything when the store's generation is not the one the cache was filled at. */
  sync(generation: number): void {
    if (generation === this.generation) return;
    this.entries.clear();
    this.generation = generation;
  }

  /** The value kept under `key`, or `load()`'s (frozen and kept). */
  remember<T>(key: string, load: () => T): T {
    if (this.entries.has(key)) return this.entries.get(key) as T;
    const value = deepFreeze(load());
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
