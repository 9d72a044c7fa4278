/**
 * Decoding failures as values: every path and reason io-ts found, not just the first.
 */
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { parseStrictJson } from './strict-json.ts';

/** One problem found while decoding: where (`path`, e.g. `metadata.actor.id`) and why. */
export interface DecodeProblem {
  readonly path: string;
  readonly reason: string;
}

/** A decode failure listing every problem; `_tag` lets callers match it among domain errors. */
export interface DecodeError {
  readonly _tag: 'DecodeError';
  readonly codec: string;
  readonly problems: readonly DecodeProblem[];
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const json = JSON.stringify(value);
  if (json === undefined) return typeof value;
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** The name of what was expected; for an enumeration (`t.keyof`), also the values it allows. */
function expectedOf(type: t.Decoder<unknown, unknown>): string {
  const enumeration = type as { _tag?: string; keys?: Record<string, unknown> };
  if (enumeration._tag !== 'KeyofType' || !enumeration.keys) return type.name;
  const allowed = Object.keys(enumeration.keys).map((key) => JSON.stringify(key));
  return `${type.name}, one of ${allowed.join(', ')}`;
}

/** Turns io-ts validation errors into path/reason problems (deduplicated, in order). */
export function problemsOf(errors: t.Errors): DecodeProblem[] {
  const seen = new Set<string>();
  const out: DecodeProblem[] = [];
  for (const error of errors) {
    // io-ts intersections add numeric member keys ("0", "1") that are not part of the value's
    // path; drop a numeric key when its parent type is an intersection or union.
    const path: string[] = [];
    error.context.forEach((entry, i) => {
      if (entry.key === '') return;
      let parent = error.context[i - 1]?.type as { _tag?: string; type?: { _tag?: string } } | undefined;
      // An exact wrapper (refuseUnknownKeys) hands its own context to the codec it wraps.
      if (parent?._tag === 'ExactType' && parent.type) parent = parent.type;
      if (parent && (parent._tag === 'IntersectionType' || parent._tag === 'UnionType')) return;
      path.push(entry.key);
    });
    const last = error.context[error.context.length - 1];
    const expected = last ? expectedOf(last.type) : 'value';
    const reason = error.message ?? `expected ${expected}, got ${describeValue(error.value)}`;
    const p = path.join('.') || '(root)';
    const key = `${p}\u0000${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: p, reason });
  }
  return out;
}

/** Decodes `input` with `codec`, returning every problem as a typed `DecodeError` on failure. */
export function decodeWith<A, O>(codec: t.Type<A, O, unknown>, input: unknown): Either<DecodeError, A> {
  const result = codec.decode(input);
  if (isLeft(result)) {
    return left({ _tag: 'DecodeError', codec: codec.name, problems: problemsOf(result.left) });
  }
  return right(result.right);
}

/** One line per problem, e.g. `metadata.occurredAt: expected IsoTime, got "yesterday"`. */
export function formatDecodeError(error: DecodeError): string {
  return error.problems.map((p) => `${p.path}: ${p.reason}`).join('; ');
}

/**
 * Parses the JSON text of a file strictly ({@link parseStrictJson}: no duplicate key, lone
 * surrogate, `__proto__` key or excessive nesting) and decodes it with `codec`. The reason
 * names the field at fault, or is `not valid JSON (…)` with the parser's message.
 */
export function decodeJsonText<A, O>(codec: t.Type<A, O, unknown>, text: string): Either<string, A> {
  const json = parseStrictJson(text);
  if (isLeft(json))
    return left(json.left.path === '(root)' ? json.left.reason : `${json.left.path}: ${json.left.reason}`);
  const decoded = decodeWith(codec, json.right);
  return isLeft(decoded) ? left(formatDecodeError(decoded.left)) : right(decoded.right);
}
