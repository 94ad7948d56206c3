// The one kind of cache the document-level stages use for what a sentence's own text
// decides (figure scans, claim kinds, entity memos): bounded, oldest entry dropped first,
// and emptied whenever the tagging cache is cleared, so that cold benchmarks stay cold.

import { cacheGeneration, keptText } from './tagging';

export class SentenceCache<V> {
  private readonly entries = new Map<string, V>();
  private generation = -1;

  /** At most `limit` entries: by default, as many sentences as the tagging cache keeps. */
  constructor(private readonly limit = 18_000) {}

  get(key: string): V | undefined {
    this.fresh();
    return this.entries.get(key);
  }

  /** Remembers `value` under `key`; `own` when the key is already a string of its own (see ownString). */
  set(key: string, value: V, own = false): void {
    this.fresh();
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    // (the key is usually a view into the document: see ownString)
    this.entries.set(own ? key : keptText(key), value);
  }

  /** How many entries it holds. */
  get size(): number {
    this.fresh();
    return this.entries.size;
  }

  /** Forgets everything when the tagging cache was cleared since the last call. */
  private fresh(): void {
    if (this.generation !== cacheGeneration()) {
      this.entries.clear();
      this.generation = cacheGeneration();
    }
  }

  /** The cached value, or `compute()` remembered under the key. */
  getOrCompute(key: string, compute: () => V): V {
    let value = this.get(key);
    if (value === undefined) {
      value = compute();
      this.set(key, value);
    }
    return value;
  }
}
