/**
 * Looking an id up in a projection's record safely: only the record's own keys count, so an
 * id such as `__proto__` or `constructor` finds nothing instead of an inherited property.
 */

/** The value stored under `key` in `table`, or undefined. */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
