/**
 * RFC 8785 (JCS) canonical JSON, written for the append hot path.
 *
 * The `canonicalize` package is correct but, measured in `pnpm bench`, costs about 19 µs per
 * 400-byte event on this machine — more than the durable insert itself — because it walks
 * values through generic frames. RFC 8785 writes strings and numbers exactly as ECMAScript
 * `JSON.stringify` does (§3.2.2) and sorts keys by UTF-16 code units, so here a copy with
 * keys inserted in that order goes through the native `JSON.stringify` (about 3× faster);
 * objects with array-index keys, which V8 always enumerates first, take a direct serialiser. `canonical-json.test.ts` checks it
 * against the RFC's examples and, property-based, against the `json-canonicalize` package.
 *
 * Inputs must be plain JSON (see `nonJsonProblem`): lone surrogates, non-finite numbers and
 * non-JSON values throw a TypeError.
 */
import { coreError } from './errors/thrown-errors.ts';

/** Keys V8 enumerates in numeric order ahead of the others, whatever their insertion order. */
const ARRAY_INDEX = /^(0|[1-9]\d{0,9})$/;

/**
 * A deep copy of `value` with every object's keys inserted in RFC 8785 order, so that
 * `JSON.stringify` of it is the canonical text; null when some object has an array-index key
 * (V8 would enumerate those first, numerically), in which case {@link serialise} is used.
 * Checks as it goes what JSON.stringify would silently alter.
 */
function sortedCopy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
      if (!value.isWellFormed())
        throw coreError('GL_NOT_JSON', 'a string holds a lone surrogate, which RFC 8785 does not allow');
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw coreError('GL_NOT_JSON', `number ${value} is not representable in JSON`);
      return value;
    case 'boolean':
      return value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        // A row of plain scalars (a table's row, a list of ids) is already what JSON.stringify
        // writes canonically: checked in place, it is not copied.
        if (isScalarRow(value)) return value;
        const out = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = sortedCopy(value[i]);
          if (item === NEEDS_SLOW_PATH) return NEEDS_SLOW_PATH;
          out[i] = item;
        }
        return out;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const member = record[key];
        if (member === undefined) continue;
        // `out.__proto__ = …` would set the copy's prototype, not a member: serialise those directly.
        if (ARRAY_INDEX.test(key) || key === '__proto__' || !key.isWellFormed()) return NEEDS_SLOW_PATH;
        const copied = sortedCopy(member);
        if (copied === NEEDS_SLOW_PATH) return NEEDS_SLOW_PATH;
        out[key] = copied;
      }
      return out;
    }
    default:
      throw coreError('GL_NOT_JSON', `a ${typeof value} is not representable in JSON`);
  }
}

const NEEDS_SLOW_PATH = Symbol('needs the general serialiser');

/**
 * Whether every item of `row` is a well-formed string, a finite number, a boolean or null
 * (and the array has no `toJSON` of its own), so that JSON.stringify writes it canonically as is.
 */
function isScalarRow(row: readonly unknown[]): boolean {
  if ((row as { toJSON?: unknown }).toJSON !== undefined) return false;
  for (let i = 0; i < row.length; i++) {
    const item = row[i];
    switch (typeof item) {
      case 'string':
        if (!item.isWellFormed()) return false;
        break;
      case 'number':
        if (!Number.isFinite(item)) return false;
        break;
      case 'boolean':
        break;
      case 'object':
        if (item !== null) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** The general serialiser, for objects with array-index keys: builds the text directly. */
function serialise(value: unknown): string {
  switch (typeof value) {
    case 'string':
      if (!value.isWellFormed())
        throw coreError('GL_NOT_JSON', 'a string holds a lone surrogate, which RFC 8785 does not allow');
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw coreError('GL_NOT_JSON', `number ${value} is not representable in JSON`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map(serialise).join(',')}]`;
      const record = value as Record<string, unknown>;
      let out = '{';
      for (const key of Object.keys(record).sort()) {
        const member = record[key];
        if (member === undefined) continue;
        if (!key.isWellFormed())
          throw coreError('GL_NOT_JSON', 'a key holds a lone surrogate, which RFC 8785 does not allow');
        out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${serialise(member)}`;
      }
      return `${out}}`;
    }
    default:
      throw coreError('GL_NOT_JSON', `a ${typeof value} is not representable in JSON`);
  }
}

/**
 * The RFC 8785 canonical JSON text of a plain JSON value.
 *
 * @example canonicalJson({ b: 1, a: [true, null, 1e21] }) // '{"a":[true,null,1e+21],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const sorted = sortedCopy(value);
  return sorted === NEEDS_SLOW_PATH ? serialise(value) : JSON.stringify(sorted);
}
