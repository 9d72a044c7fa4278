/**
 * A least-recently-used map of bounded size, on a `Map`'s insertion order: `get` moves an
 * entry to the back, `set` evicts from the front. O(1) per operation.
 */

/** A bounded map that forgets the entry used least recently. */
export class Lru<K, V> {
  readonly #entries = new Map<K, V>();

  /** @param capacity the most entries kept (at least 1). */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }

  /** The value for `key`, marking it used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Stores `value`, evicting the least recently used entry when full. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as K);
  }

  /** Forgets `key`. */
  delete(key: K): void {
    this.#entries.delete(key);
  }

  /** The number of entries held. */
  get size(): number {
    return this.#entries.size;
  }
}
