// The one kind of cache the document-level stages use for what a sentence's own text
// decides (figure scans, claim kinds, entity memos): bounded, oldest entry dropped first,
// and emptied whenever the tagging cache is cleared, so that cold benchmarks stay cold.

import { cacheGeneration, keptText } from './tagging';

export class SentenceCache<V> {
  private readonly entries = new Map<string, V>();
  private generation = -1;

  constructor(private readonly limit = 50_000) {}

  get(key: string): V | undefined {
    if (this.generation !== cacheGeneration()) {
      this.entries.clear();
      this.generation = cacheGeneration();
    }
    return this.entries.get(key);
  }

  /** Remembers `value` under `key`; `own` when the key is already a string of its own (see ownString). */
  set(key: string, value: V, own = false): void {
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    // (the key is usually a view into the document: see ownString)
    this.entries.set(own ? key : keptText(key), value);
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
