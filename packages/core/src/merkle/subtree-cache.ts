/**
 * A cache of the upper levels of the tree for proof serving. Every proof walks from a leaf to
 * the root, so the same few high subtrees are read again and again; once written a perfect
 * subtree never changes (the log is append-only), so caching it can never go stale. Low
 * levels are left to the store: there are too many of them and each proof needs different ones.
 */
import type { SubtreeReader } from './subtree-layout.ts';

/** Options of {@link cachedSubtreeReader}. */
export interface SubtreeCacheOptions {
  /** Levels at or above this are cached (default 6: subtrees of 64 leaves or more). */
  readonly minLevel?: number;
  /** Bound on cached hashes (default 65,536, about 4 MiB); the cache starts over past it. */
  readonly maxEntries?: number;
}

/** Wraps `read` with a cache of subtrees at `minLevel` and above. */
export function cachedSubtreeReader(read: SubtreeReader, options: SubtreeCacheOptions = {}): SubtreeReader {
  const minLevel = options.minLevel ?? 6;
  const maxEntries = options.maxEntries ?? 65_536;
  const cache = new Map<number, Uint8Array>();
  return (level, index) => {
    if (level < minLevel) return read(level, index);
    // level < 64 and index < 2^47 for any ledger this store can hold: the key is exact.
    const key = index * 64 + level;
    const hit = cache.get(key);
    if (hit) return hit;
    const hash = read(level, index);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(key, hash);
    return hash;
  };
}
