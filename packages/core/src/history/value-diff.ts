/**
 * Field-level differences between two JSON-like values: what an auditor reads as "status:
 * assigned → closed". Records are compared key by key, arrays index by index (an array that
 * only grew reports its new elements), Maps as records of their entries and Sets as sorted
 * arrays, so aggregate states that use them compare like plain JSON.
 */
import { isRecord, pointerOf } from './state-items.ts';

/** One difference at `path` (an RFC 6901 pointer below the item), with the value before and after. */
export interface FieldChange {
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  /** The value before (null when added). */
  readonly before: unknown;
  /** The value after (null when removed). */
  readonly after: unknown;
}

/** Differences, at most `limit` of them, and how many more were left out. */
export interface ValueDiff {
  readonly changes: FieldChange[];
  readonly omitted: number;
}

/** A Map as a record, a Set as a sorted array: JSON-like views for comparison and display. */
export function plainOf(value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), plainOf(v)]));
  if (value instanceof Set) return [...value].map(plainOf).sort();
  return value;
}

/** A deep copy-free view with every Map and Set inside turned into records and sorted arrays. */
export function plainDeep(value: unknown): unknown {
  const plain = plainOf(value);
  if (Array.isArray(plain)) return plain.some(needsPlain) ? plain.map(plainDeep) : plain;
  if (isRecord(plain)) {
    if (!Object.values(plain).some(needsPlain)) return plain;
    return Object.fromEntries(Object.entries(plain).map(([k, v]) => [k, plainDeep(v)]));
  }
  return plain;
}

function needsPlain(value: unknown): boolean {
  if (value instanceof Map || value instanceof Set) return true;
  if (Array.isArray(value)) return value.some(needsPlain);
  return isRecord(value) && Object.values(value).some(needsPlain);
}

/** True when two JSON-like values are structurally equal. */
export function deepEqual(a: unknown, b: unknown): boolean {
  const x = plainOf(a);
  const y = plainOf(b);
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const ys = y as unknown[];
    return x.length === ys.length && x.every((v, i) => deepEqual(v, ys[i]));
  }
  const xr = x as Record<string, unknown>;
  const yr = y as Record<string, unknown>;
  const xKeys = Object.keys(xr).filter((k) => xr[k] !== undefined);
  const yKeys = Object.keys(yr).filter((k) => yr[k] !== undefined);
  return xKeys.length === yKeys.length && xKeys.every((k) => Object.hasOwn(yr, k) && deepEqual(xr[k], yr[k]));
}

/**
 * The differences between `before` and `after`, deepest first where both are records or
 * arrays, at most `limit` (default 200).
 *
 * @example
 * diffValues({ status: 'filed', n: 1 }, { status: 'closed', n: 1 }).changes
 * // [{ path: '/status', kind: 'changed', before: 'filed', after: 'closed' }]
 */
export function diffValues(before: unknown, after: unknown, limit = 200): ValueDiff {
  const changes: FieldChange[] = [];
  let omitted = 0;
  const push = (change: FieldChange) => {
    if (changes.length < limit) changes.push(change);
    else omitted++;
  };
  const walk = (a: unknown, b: unknown, path: string[]) => {
    const x = plainOf(a);
    const y = plainOf(b);
    if (x === y) return;
    if (x === undefined) return push({ path: pointerOf(path), kind: 'added', before: null, after: plainDeep(y) });
    if (y === undefined) return push({ path: pointerOf(path), kind: 'removed', before: plainDeep(x), after: null });
    // Children shared by both sides (an item's old value shares what was never written) are skipped unvisited.
    if (Array.isArray(x) && Array.isArray(y)) {
      const length = Math.max(x.length, y.length);
      for (let i = 0; i < length; i++) if (x[i] !== y[i]) walk(x[i], y[i], [...path, String(i)]);
      return;
    }
    if (isRecord(x) && isRecord(y)) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const key of keys) if (x[key] !== y[key]) walk(x[key], y[key], [...path, key]);
      return;
    }
    if (!deepEqual(x, y)) push({ path: pointerOf(path), kind: 'changed', before: plainDeep(x), after: plainDeep(y) });
  };
  walk(before, after, []);
  return { changes, omitted };
}
