/**
 * Printing projection states as JSON: Maps become objects, Sets become sorted arrays, so
 * states that use them for O(1) updates print as plain JSON.
 */

/** A `JSON.stringify` replacer for Map and Set. */
export function jsonReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries(value);
  if (value instanceof Set) return [...value].sort();
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** Pretty JSON of any state. */
export function toJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, jsonReplacer, indent);
}
