/**
 * The declared part of an event's data. Since the codecs became exact, nothing undeclared can
 * be recorded; a ledger written before that may still hold a field no codec names (a "note"
 * with a phone number in it), out of reach of sealing and erasure. The public never sees such
 * a field: it is dropped here, before any answer is built, and the answer says how many were.
 */
import { type EventCatalogue, undeclaredKeys } from '@govledger/core';

/** Data with every undeclared key removed, and how many were; unknown types keep their data. */
export function declaredData(
  catalogue: EventCatalogue,
  type: string,
  schemaVersion: number,
  data: Readonly<Record<string, unknown>>,
): { readonly data: Readonly<Record<string, unknown>>; readonly dropped: number } {
  const definition = catalogue.definition(type, schemaVersion);
  if (!definition) return { data, dropped: 0 };
  const undeclared = undeclaredKeys(definition.codec, data);
  if (undeclared.length === 0) return { data, dropped: 0 };
  let kept: unknown = data;
  for (const { path } of undeclared) kept = withoutPath(kept, path);
  return { data: kept as Readonly<Record<string, unknown>>, dropped: undeclared.length };
}

/** A copy of `value` without the key at `path` (containers along the path are copied, nothing else). */
function withoutPath(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return value;
  const [key, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= value.length) return value;
    const copy = value.slice();
    copy[index] = withoutPath(copy[index], rest);
    return copy;
  }
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, key)) return value;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (k === key) {
      if (rest.length > 0) copy[k] = withoutPath(v, rest);
    } else copy[k] = v;
  }
  return copy;
}
