/**
 * Exact codecs: a value with a key its codec does not declare is refused, naming the key.
 *
 * io-ts's `t.type` lets undeclared keys through and `t.exact` silently strips them; neither
 * suits an immutable log, where an undeclared field (a phone number in a "note") would be
 * recorded out of reach of sealing and erasure. {@link refuseUnknownKeys} wraps any codec so
 * that decoding also walks the value beside the codec and fails on every undeclared key, at
 * any depth. A `__proto__` key is refused everywhere, even inside a free-form record.
 *
 * Understood codecs: `t.type`, `t.partial`, `t.exact`/`t.strict`, `t.readonly`,
 * `t.intersection`, `t.union` (the member that decodes the value with the fewest undeclared
 * keys is followed), `t.array`/`t.readonlyArray`, `t.record`, `t.tuple`, refinements and
 * brands, `t.recursion`. A hand-written `t.Type` is opaque: only `__proto__` is looked for in it.
 */
import { isRight } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/** One undeclared key: its path (`data.contactNote`) and the reason. */
export interface UndeclaredKey {
  readonly path: readonly string[];
  readonly reason: string;
}

const FORBIDDEN_KEY = '__proto__';

type Props = Record<string, t.Mixed>;

interface Tagged {
  readonly _tag?: string;
}

function isPlainObject(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}

/** A codec that only wraps another (its keys are the inner codec's). */
function innerOf(codec: t.Mixed): t.Mixed | undefined {
  const tag = (codec as Tagged)._tag;
  if (tag === 'ExactType' || tag === 'ReadonlyType' || tag === 'RefinementType' || tag === 'RecursiveType')
    return (codec as unknown as { type: t.Mixed }).type;
  return undefined;
}

type Declared =
  | { readonly kind: 'props'; readonly props: Props }
  | { readonly kind: 'record'; readonly codomain: t.Mixed };

/**
 * The properties an object codec declares for `value`, a record of any keys, or undefined
 * when the codec does not describe an object's keys.
 */
function declared(codec: t.Mixed, value: unknown): Declared | undefined {
  const inner = innerOf(codec);
  if (inner) return declared(inner, value);
  const tag = (codec as Tagged)._tag;
  if (tag === 'InterfaceType' || tag === 'PartialType')
    return { kind: 'props', props: (codec as unknown as { props: Props }).props };
  if (tag === 'DictionaryType')
    return { kind: 'record', codomain: (codec as unknown as { codomain: t.Mixed }).codomain };
  if (tag === 'IntersectionType') {
    const merged: Props = {};
    let any = false;
    for (const member of (codec as unknown as { types: t.Mixed[] }).types) {
      const d = declared(member, value);
      if (d === undefined) continue;
      if (d.kind === 'record') return d;
      any = true;
      Object.assign(merged, d.props);
    }
    return any ? { kind: 'props', props: merged } : undefined;
  }
  if (tag === 'UnionType') {
    const member = unionMember(codec as unknown as { types: t.Mixed[] }, value);
    return member ? declared(member, value) : undefined;
  }
  return undefined;
}

/** The union member `value` decodes with, preferring one that declares all its keys. */
function unionMember(union: { types: t.Mixed[] }, value: unknown): t.Mixed | undefined {
  let best: { codec: t.Mixed; undeclared: number } | undefined;
  for (const member of union.types) {
    if (!isRight(member.decode(value))) continue;
    const count = collect(member, value, [], []).length;
    if (count === 0) return member;
    if (!best || count < best.undeclared) best = { codec: member, undeclared: count };
  }
  return best?.codec;
}

function forbiddenKeysIn(value: unknown, path: string[], out: UndeclaredKey[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      forbiddenKeysIn(v, [...path, String(i)], out);
    });
    return;
  }
  if (!isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    if (key === FORBIDDEN_KEY) out.push({ path: [...path, key], reason: 'the key "__proto__" is not allowed' });
    else forbiddenKeysIn(value[key], [...path, key], out);
  }
}

function collect(codec: t.Mixed, value: unknown, path: string[], out: UndeclaredKey[]): UndeclaredKey[] {
  const tag = (codec as Tagged)._tag;
  if (tag === 'PersonalType') return out;
  if (Array.isArray(value)) {
    const inner = innerOf(codec);
    if (inner) return collect(inner, value, path, out);
    if (tag === 'ArrayType' || tag === 'ReadonlyArrayType') {
      const element = (codec as unknown as { type: t.Mixed }).type;
      value.forEach((v, i) => {
        collect(element, v, [...path, String(i)], out);
      });
    } else if (tag === 'TupleType') {
      const types = (codec as unknown as { types: t.Mixed[] }).types;
      value.forEach((v, i) => {
        const item = types[i];
        if (item) collect(item, v, [...path, String(i)], out);
      });
    } else if (tag === 'UnionType') {
      const member = unionMember(codec as unknown as { types: t.Mixed[] }, value);
      if (member) collect(member, value, path, out);
    } else forbiddenKeysIn(value, path, out);
    return out;
  }
  if (!isPlainObject(value)) return out;
  const d = declared(codec, value);
  if (d === undefined) {
    forbiddenKeysIn(value, path, out);
    return out;
  }
  for (const key of Object.keys(value)) {
    const at = [...path, key];
    if (key === FORBIDDEN_KEY) {
      out.push({ path: at, reason: 'the key "__proto__" is not allowed' });
      continue;
    }
    if (d.kind === 'record') {
      collect(d.codomain, value[key], at, out);
      continue;
    }
    const field = Object.hasOwn(d.props, key) ? d.props[key] : undefined;
    if (!field) out.push({ path: at, reason: `unknown field "${key}": it is not declared, so it cannot be recorded` });
    else collect(field, value[key], at, out);
  }
  return out;
}

/** Every undeclared key of `value` under `codec` (empty when the value is exact). */
export function undeclaredKeys(codec: t.Mixed, value: unknown): UndeclaredKey[] {
  return collect(codec, value, [], []);
}

/** The wrappers made here (wrapping one twice is a no-op). */
const exactCodecs = new WeakSet<t.Mixed>();
/** The last wrapper made of each codec, so that wrapping at every decode costs nothing. */
const wrappers = new WeakMap<t.Mixed, t.Mixed>();

/** A codec that refuses undeclared keys; its `type` is the codec it wraps. */
export type ExactCodec<C extends t.Mixed> = t.ExactType<C, t.TypeOf<C>, t.OutputOf<C>, t.InputOf<C>>;

/**
 * Wraps `codec` so that decoding refuses every undeclared key (and `__proto__`), naming it.
 * The wrapper is tagged `ExactType`, so walkers of codecs (personal-data marking) see through it.
 * `accepts`, when given, is a fast check run first: a value it accepts is taken as is, without
 * the generic walk. It must accept only values the wrapped codec decodes to themselves with no
 * undeclared key (see `envelope-fast-check.ts`); whatever it declines is decoded as usual.
 *
 * @example
 * const Filed = refuseUnknownKeys(t.type({ id: t.string }));
 * Filed.decode({ id: 'a', note: 'x' }); // Left: note: unknown field "note"
 */
export function refuseUnknownKeys<C extends t.Mixed>(
  codec: C,
  name: string = codec.name,
  accepts?: (u: unknown) => boolean,
): ExactCodec<C> {
  if (exactCodecs.has(codec)) return codec as unknown as ExactCodec<C>;
  const made = wrappers.get(codec);
  if (made && made.name === name && accepts === undefined) return made as ExactCodec<C>;
  const exact = new t.ExactType<C, t.TypeOf<C>, t.OutputOf<C>, t.InputOf<C>>(
    name,
    (u): u is t.TypeOf<C> => accepts?.(u) === true || (codec.is(u) && undeclaredKeys(codec, u).length === 0),
    (u, c) => {
      if (accepts?.(u) === true) return t.success(u as t.TypeOf<C>);
      const result = codec.validate(u, c);
      if (result._tag === 'Left') return result;
      const found = undeclaredKeys(codec, u);
      if (found.length === 0) return result;
      return t.failures(
        found.map((k) => ({
          value: undefined,
          context: [...c, ...k.path.map((key) => ({ key, type: t.unknown, actual: undefined }))],
          message: k.reason,
        })),
      );
    },
    codec.encode,
    codec,
  );
  exactCodecs.add(exact);
  wrappers.set(codec, exact);
  return exact;
}
