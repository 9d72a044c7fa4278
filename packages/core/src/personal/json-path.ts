/**
 * Paths into JSON event data: how the personal-data layer names a field (as RFC 6901 JSON
 * Pointer text, bound into each envelope's associated data) and replaces values at those
 * paths without mutating the caller's data.
 */
import { coreError } from '../errors/thrown-errors.ts';

/** A path into JSON data: object keys (strings) and array indexes (numbers), from the root. */
export type JsonPath = readonly (string | number)[];

/**
 * The RFC 6901 JSON Pointer text of a path, e.g. `['parties', 0, 'phone']` is
 * `/parties/0/phone`; `~` and `/` inside keys are escaped as `~0` and `~1`, so two different
 * paths never share a pointer. The root is the empty string.
 */
export function toPointer(path: JsonPath): string {
  let out = '';
  for (const segment of path) out += `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return out;
}

/** One value to put at one path. */
export interface Replacement {
  readonly path: JsonPath;
  readonly value: unknown;
}

/**
 * A copy of `data` with each replacement's value put at its path. Only the objects and arrays
 * along replaced paths are copied; everything else is shared, and `data` is never mutated.
 * Every path must lead through existing objects/arrays (as paths found by walking `data` do).
 * Keys are defined as own data properties, so a key such as `__proto__` stays a plain key.
 */
export function replaceAtPaths(data: unknown, replacements: readonly Replacement[]): unknown {
  let out = data;
  for (const { path, value } of replacements) out = setIn(out, path, 0, value);
  return out;
}

function setIn(node: unknown, path: JsonPath, at: number, value: unknown): unknown {
  if (at === path.length) return value;
  const segment = path[at] as string | number;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[Number(segment)] = setIn(node[Number(segment)], path, at + 1, value);
    return copy;
  }
  if (typeof node !== 'object' || node === null) {
    throw coreError(
      'GL_INTERNAL',
      `cannot set ${toPointer(path)}: ${toPointer(path.slice(0, at))} is not an object or array`,
    );
  }
  const source = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) defineOwn(copy, key, source[key]);
  defineOwn(copy, String(segment), setIn(source[String(segment)], path, at + 1, value));
  return copy;
}

function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
