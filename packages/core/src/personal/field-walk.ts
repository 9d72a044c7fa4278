/**
 * Finding personal fields: walks an io-ts codec for {@link PersonalType} markings and then a
 * data value of that codec for the marked values actually present.
 *
 * Understood codecs: `t.type`, `t.partial`, `t.exact`/`t.strict`, `t.readonly`,
 * `t.intersection`, `t.union` (the first member the value decodes with is followed, as io-ts
 * does), `t.array`/`t.readonlyArray`, `t.record` (every value), `t.tuple`, refinements and
 * brands, `t.recursion` (when no marking sits inside its recursive part), and nesting of all
 * of these. A hand-written `t.Type` is opaque: markings hidden inside one are not found, so
 * mark fields with the combinators above.
 *
 * A marked value's subject id is the sibling field `subjectField` of the nearest enclosing
 * object (arrays and records in between are skipped): in
 * `{ownerId, phones: t.array(personal(t.string, 'ownerId'))}` every phone belongs to `ownerId`.
 */
import { isRight } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type JsonPath, replaceAtPaths, toPointer } from './json-path.ts';
import { isPersonalType } from './marking.ts';
import { coreError } from '../errors/thrown-errors.ts';

/** One step of a field's location in a codec: a property, a tuple position, or every element/value. */
export type FieldStep = { readonly key: string } | { readonly index: number } | { readonly each: 'element' | 'value' };

/** A personal field a codec declares: where it may occur and which sibling names its subject. */
export interface PersonalFieldSpec {
  readonly steps: readonly FieldStep[];
  /** Display form: a JSON Pointer where `*` stands for every array element or record value. */
  readonly pattern: string;
  readonly subjectField: string;
}

/** A marked value present in a data value, with the subject id read from its sibling field. */
export interface PersonalFieldAt {
  readonly path: JsonPath;
  /** RFC 6901 pointer of `path`, e.g. `/parties/0/phone`. */
  readonly pointer: string;
  readonly value: unknown;
  readonly subjectField: string;
  /** Where the subject id is expected, or null when no object encloses the value. */
  readonly subjectPath: JsonPath | null;
  /** The subject id as found (not yet checked: it may be missing or not a string). */
  readonly subject: unknown;
}

type Plan =
  | { readonly kind: 'personal'; readonly subjectField: string }
  | { readonly kind: 'object'; readonly props: ReadonlyMap<string, Plan> }
  | { readonly kind: 'elements'; readonly element: Plan }
  | { readonly kind: 'values'; readonly value: Plan }
  | { readonly kind: 'tuple'; readonly items: ReadonlyMap<number, Plan> }
  | { readonly kind: 'all'; readonly plans: readonly Plan[] }
  | {
      readonly kind: 'first';
      readonly members: readonly { readonly codec: t.Mixed; readonly plan: Plan | undefined }[];
    };

const plans = new WeakMap<t.Mixed, Plan | null>();

/** The plan of where marked values sit in `codec`'s values, or undefined when it marks none. */
function planOf(codec: t.Mixed): Plan | undefined {
  const cached = plans.get(codec);
  if (cached !== undefined) return cached ?? undefined;
  const building = { open: new Set<t.Mixed>(), reentered: false };
  const plan = build(codec, building);
  if (plan && building.reentered) {
    throw coreError(
      'GL_CODEC_UNSUPPORTED',
      `codec ${codec.name}: personal fields inside a recursive codec are not supported`,
    );
  }
  plans.set(codec, plan ?? null);
  return plan;
}

interface Building {
  readonly open: Set<t.Mixed>;
  reentered: boolean;
}

function build(codec: t.Mixed, b: Building): Plan | undefined {
  if (isPersonalType(codec)) return { kind: 'personal', subjectField: codec.subjectField };
  const c = codec as t.Mixed & {
    _tag?: string;
    props?: t.Props;
    type?: t.Mixed;
    types?: t.Mixed[];
    codomain?: t.Mixed;
  };
  switch (c._tag) {
    case 'InterfaceType':
    case 'PartialType':
    case 'StrictType': {
      const props = new Map<string, Plan>();
      for (const [key, prop] of Object.entries(c.props ?? {})) {
        const plan = build(prop, b);
        if (plan) props.set(key, plan);
      }
      return props.size > 0 ? { kind: 'object', props } : undefined;
    }
    case 'ExactType':
    case 'ReadonlyType':
    case 'RefinementType':
      return c.type ? build(c.type, b) : undefined;
    case 'ArrayType':
    case 'ReadonlyArrayType': {
      const element = c.type ? build(c.type, b) : undefined;
      return element ? { kind: 'elements', element } : undefined;
    }
    case 'DictionaryType': {
      const value = c.codomain ? build(c.codomain, b) : undefined;
      return value ? { kind: 'values', value } : undefined;
    }
    case 'TupleType': {
      const items = new Map<number, Plan>();
      (c.types ?? []).forEach((item, i) => {
        const plan = build(item, b);
        if (plan) items.set(i, plan);
      });
      return items.size > 0 ? { kind: 'tuple', items } : undefined;
    }
    case 'IntersectionType': {
      const parts = (c.types ?? []).map((member) => build(member, b)).filter((p): p is Plan => p !== undefined);
      return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { kind: 'all', plans: parts };
    }
    case 'UnionType': {
      const members = (c.types ?? []).map((member) => ({ codec: member, plan: build(member, b) }));
      return members.some((m) => m.plan) ? { kind: 'first', members } : undefined;
    }
    case 'RecursiveType': {
      if (b.open.has(codec)) {
        b.reentered = true;
        return undefined;
      }
      b.open.add(codec);
      const plan = c.type ? build(c.type, b) : undefined;
      b.open.delete(codec);
      return plan;
    }
    default:
      return undefined;
  }
}

/**
 * Every personal field `codec` declares, in codec order (members of a union all contribute).
 * Throws a TypeError for a marking inside a recursive codec, which cannot be listed.
 *
 * @example
 * personalFields(t.type({ ownerId: t.string, name: personal(t.string, 'ownerId') }))
 * // [{ steps: [{ key: 'name' }], pattern: '/name', subjectField: 'ownerId' }]
 */
export function personalFields(codec: t.Mixed): readonly PersonalFieldSpec[] {
  const out: PersonalFieldSpec[] = [];
  const seen = new Set<string>();
  const visit = (plan: Plan, steps: FieldStep[]): void => {
    switch (plan.kind) {
      case 'personal': {
        const pattern = steps.map(stepText).join('');
        const key = `${pattern}\u0000${plan.subjectField}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ steps, pattern, subjectField: plan.subjectField });
        }
        return;
      }
      case 'object':
        for (const [key, p] of plan.props) visit(p, [...steps, { key }]);
        return;
      case 'elements':
        visit(plan.element, [...steps, { each: 'element' }]);
        return;
      case 'values':
        visit(plan.value, [...steps, { each: 'value' }]);
        return;
      case 'tuple':
        for (const [index, p] of plan.items) visit(p, [...steps, { index }]);
        return;
      case 'all':
        for (const p of plan.plans) visit(p, steps);
        return;
      case 'first':
        for (const m of plan.members) if (m.plan) visit(m.plan, steps);
        return;
    }
  };
  const root = planOf(codec);
  if (root) visit(root, []);
  return out;
}

function stepText(step: FieldStep): string {
  if ('key' in step) return toPointer([step.key]);
  if ('index' in step) return `/${step.index}`;
  return '/*';
}

/**
 * Every marked value present in `data` (a value of `codec`), in document order, each once.
 * Absent optional fields are skipped; a union follows the first member `data` decodes with.
 */
export function collectPersonalFields(codec: t.Mixed, data: unknown): readonly PersonalFieldAt[] {
  const plan = planOf(codec);
  if (!plan) return [];
  const found = new Map<string, PersonalFieldAt>();
  collect(plan, data, [], null, found);
  return [...found.values()];
}

interface Container {
  readonly object: Readonly<Record<string, unknown>>;
  readonly path: JsonPath;
}

function isPlainObject(u: unknown): u is Readonly<Record<string, unknown>> {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}

function collect(
  plan: Plan,
  value: unknown,
  path: JsonPath,
  container: Container | null,
  out: Map<string, PersonalFieldAt>,
): void {
  switch (plan.kind) {
    case 'personal': {
      const pointer = toPointer(path);
      if (out.has(pointer)) return;
      const subjectPath = container ? [...container.path, plan.subjectField] : null;
      const subject =
        container && Object.hasOwn(container.object, plan.subjectField)
          ? container.object[plan.subjectField]
          : undefined;
      out.set(pointer, { path, pointer, value, subjectField: plan.subjectField, subjectPath, subject });
      return;
    }
    case 'object': {
      if (!isPlainObject(value)) return;
      const here = { object: value, path };
      for (const [key, p] of plan.props) {
        if (Object.hasOwn(value, key) && value[key] !== undefined) collect(p, value[key], [...path, key], here, out);
      }
      return;
    }
    case 'elements':
      if (Array.isArray(value)) {
        value.forEach((item, i) => {
          collect(plan.element, item, [...path, i], container, out);
        });
      }
      return;
    case 'values':
      if (isPlainObject(value)) {
        for (const key of Object.keys(value)) collect(plan.value, value[key], [...path, key], container, out);
      }
      return;
    case 'tuple':
      if (Array.isArray(value)) {
        for (const [index, p] of plan.items)
          if (index < value.length) collect(p, value[index], [...path, index], container, out);
      }
      return;
    case 'all':
      for (const p of plan.plans) collect(p, value, path, container, out);
      return;
    case 'first': {
      const member = plan.members.find((m) => isRight(m.codec.decode(value)));
      if (member?.plan) collect(member.plan, value, path, container, out);
      return;
    }
  }
}

/**
 * A copy of `data` with every marked value replaced by `f(field)`; `data` is not mutated and
 * is returned as is when it holds no marked value.
 *
 * @example
 * mapPersonalFields(codec, data, () => '***') // every personal value masked
 */
export function mapPersonalFields(codec: t.Mixed, data: unknown, f: (field: PersonalFieldAt) => unknown): unknown {
  const fields = collectPersonalFields(codec, data);
  if (fields.length === 0) return data;
  return replaceAtPaths(
    data,
    fields.map((field) => ({ path: field.path, value: f(field) })),
  );
}
