/**
 * Strict JSON text: what `JSON.parse` lets through silently is refused with the field named.
 *
 * `JSON.parse` keeps the last of two equal keys, accepts escaped lone surrogates (`"\ud800"`,
 * which no UTF-8 encoder can store faithfully), creates an own `__proto__` key, and parses
 * nesting deep enough to overflow the stack of whatever walks the value next. Before parsing,
 * {@link parseStrictJson} scans the text once (iteratively, so depth never costs stack) and
 * refuses each of these, naming the path of the field at fault.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';

/** Why a JSON text was refused, and where (`data.items.3.note`, or `(root)`). */
export interface StrictJsonProblem {
  readonly path: string;
  readonly reason: string;
}

/** The deepest nesting of objects and arrays accepted by default. */
export const MAX_JSON_DEPTH = 64;

interface Frame {
  readonly object: boolean;
  keys: string[] | Set<string>;
  expectKey: boolean;
  segment: string;
  index: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function pathOf(stack: readonly Frame[]): string {
  const parts: string[] = [];
  for (const f of stack) {
    if (f.object) {
      if (f.segment !== '') parts.push(f.segment);
    } else parts.push(String(f.index));
  }
  return parts.length > 0 ? parts.join('.') : '(root)';
}

/** Scans the string starting at the quote at `start`; returns its end (the closing quote) and whether it holds a lone surrogate. */
function scanString(text: string, start: number): { end: number; loneSurrogate: boolean } {
  let pendingHigh = false;
  let lone = false;
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) break;
    let unit = c;
    if (c === BACKSLASH) {
      if (text.charCodeAt(i + 1) === 0x75 /* u */) {
        unit = Number.parseInt(text.slice(i + 2, i + 6), 16);
        i += 6;
      } else {
        unit = 0x20;
        i += 2;
      }
    } else i++;
    if (Number.isNaN(unit)) continue;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (pendingHigh) lone = true;
      pendingHigh = true;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      if (!pendingHigh) lone = true;
      pendingHigh = false;
    } else if (pendingHigh) {
      lone = true;
      pendingHigh = false;
    }
  }
  return { end: i, loneSurrogate: lone || pendingHigh };
}

/** Keys of one object kept in a list up to this many, then in a set (a list is cheaper for the usual few). */
const LISTED_KEYS = 8;

/** Records `key` in `frame`; false when the object already has it. */
function addKey(frame: Frame, key: string): boolean {
  const keys = frame.keys;
  if (Array.isArray(keys)) {
    if (keys.includes(key)) return false;
    keys.push(key);
    if (keys.length > LISTED_KEYS) frame.keys = new Set(keys);
    return true;
  }
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}

/**
 * Follows one character outside strings that opens or closes an object or array, or
 * separates members, on `stack`; refuses nesting deeper than `maxDepth`. Both scans share it.
 */
function structural(c: number, stack: Frame[], maxDepth: number): StrictJsonProblem | null {
  if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
    if (stack.length >= maxDepth)
      return { path: pathOf(stack), reason: `nesting deeper than ${maxDepth} levels is refused` };
    stack.push({ object: c === 0x7b, keys: [], expectKey: c === 0x7b, segment: '', index: 0 });
  } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
    stack.pop();
  } else if (c === 0x2c /* , */) {
    const top = stack[stack.length - 1];
    if (top?.object) top.expectKey = true;
    else if (top) top.index++;
  }
  return null;
}

/**
 * The scan of a text with no backslash and no control character that is well-formed UTF-16
 * (one NDJSON line of plain events): a string then ends at the next quote, a key is the text
 * between its quotes and no string can hold a lone surrogate, so only keys and nesting are
 * looked at. Gives what {@link scanGeneral} gives for such a text.
 */
function scanPlain(text: string, maxDepth: number): StrictJsonProblem | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = text.indexOf('"', i + 1);
      if (end === -1) return null; // unterminated: JSON.parse names the syntax error
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const key = text.slice(i + 1, end);
        top.segment = key;
        if (key === '__proto__') return { path: pathOf(stack), reason: 'the key "__proto__" is not allowed' };
        if (!addKey(top, key)) return { path: pathOf(stack), reason: `duplicate key "${key}"` };
        top.expectKey = false;
      }
      i = end;
    } else {
      const problem = structural(c, stack, maxDepth);
      if (problem !== null) return problem;
    }
  }
  return null;
}

/** A backslash or a control character: the text needs the general scan. */
const NOT_PLAIN = /[\\\u0000-\u001f]/;

/**
 * Parses `text` as JSON, refusing duplicate keys, lone surrogates (raw or escaped), a
 * `__proto__` key and nesting deeper than `maxDepth`. Syntax errors are reported as
 * `not valid JSON (…)` with the parser's message. Never throws. A text without escapes or
 * control characters (the usual NDJSON line) takes a shorter scan with the same result.
 *
 * @example
 * parseStrictJson('{"a":1,"a":2}'); // Left: { path: 'a', reason: 'duplicate key "a"' }
 */
export function parseStrictJson(text: string, maxDepth = MAX_JSON_DEPTH): Either<StrictJsonProblem, unknown> {
  const plain = !NOT_PLAIN.test(text) && text.isWellFormed();
  const problem = plain ? scanPlain(text, maxDepth) : scanGeneral(text, maxDepth);
  if (problem !== null) return left(problem);
  try {
    return right(JSON.parse(text));
  } catch (error) {
    return left({ path: '(root)', reason: `not valid JSON (${(error as Error).message})` });
  }
}

/**
 * The scan of any text, before `JSON.parse`: the first duplicate key, lone surrogate (raw or
 * escaped), `__proto__` key or too deep nesting, in text order, or null.
 */
function scanGeneral(text: string, maxDepth: number): StrictJsonProblem | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const { end, loneSurrogate } = scanString(text, i);
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          break; // a malformed key: JSON.parse below names the syntax error
        }
        top.segment = key;
        if (loneSurrogate) return { path: pathOf(stack), reason: 'the key holds a lone surrogate (not valid Unicode)' };
        if (key === '__proto__') return { path: pathOf(stack), reason: 'the key "__proto__" is not allowed' };
        if (!addKey(top, key)) return { path: pathOf(stack), reason: `duplicate key "${key}"` };
        top.expectKey = false;
      } else if (loneSurrogate) {
        return { path: pathOf(stack), reason: 'the string holds a lone surrogate (not valid Unicode)' };
      }
      i = end;
    } else {
      const problem = structural(c, stack, maxDepth);
      if (problem !== null) return problem;
    }
  }
  return null;
}
