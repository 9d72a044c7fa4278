/**
 * The allowed values of an enumeration a command's data failed: io-ts reports a value outside
 * a `t.keyof` or a union of literals as "expected <name>", which leaves the person guessing;
 * the submission report adds the values the codec accepts.
 */
import { type DecodeProblem, problemsOf } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';

interface Inspectable {
  readonly _tag?: string;
  readonly keys?: Record<string, unknown>;
  readonly types?: readonly Inspectable[];
  readonly value?: unknown;
}

function enumerationOf(type: Inspectable): string[] | null {
  if (type._tag === 'KeyofType' && type.keys) return Object.keys(type.keys);
  if (type._tag === 'UnionType' && type.types?.every((m) => m._tag === 'LiteralType')) {
    return type.types.map((m) => String(m.value));
  }
  return null;
}

/**
 * Decodes `value` with `codec` and returns its problems, each failed enumeration's reason
 * ending with `; allowed: "a", "b", …`, one problem per path and reason. Empty when it decodes.
 *
 * @example
 * problemsWithAllowedValues(t.keyof({ a: null, b: null }, 'AB'), 'c')
 * // [{ path: '(root)', reason: 'expected AB, got "c"; allowed: "a", "b"' }]
 */
export function problemsWithAllowedValues(codec: t.Type<unknown, unknown, unknown>, value: unknown): DecodeProblem[] {
  const decoded = codec.decode(value);
  if (!isLeft(decoded)) return [];
  const out: DecodeProblem[] = [];
  const seen = new Set<string>();
  for (const error of decoded.left) {
    const [problem] = problemsOf([error]);
    if (!problem) continue;
    let allowed: string[] | null = null;
    for (const entry of error.context) allowed = enumerationOf(entry.type as Inspectable) ?? allowed;
    const reason = allowed
      ? `expected one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(error.value) ?? 'nothing'}`
      : problem.reason;
    const key = `${problem.path}\u0000${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: problem.path, reason });
  }
  return out;
}
