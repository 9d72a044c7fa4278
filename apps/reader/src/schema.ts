/**
 * JSON Schema building blocks for route schemas. Response schemas are strict
 * (`additionalProperties: false`, every property required), so fast-json-stringify writes
 * exactly the declared fields of a DTO and fails loudly when a mapping forgets one: a second
 * wall, after the explicit DTO mappings, against serialising anything undeclared.
 * Nullable types use JSON Schema type arrays (the OpenAPI document is 3.1).
 *
 * The blocks are TypeBox schemas, so `StaticOf<typeof schema>` is the type of what a schema
 * describes: a DTO's type is derived from its schema, declared once.
 */
import {
  type Static,
  type TBoolean,
  type TInteger,
  type TSchema,
  type TString,
  type TUnsafe,
  Type,
} from '@sinclair/typebox';

/** A JSON Schema object (kept loose: Fastify, Ajv and @fastify/swagger read it). */
export type Schema = Record<string, unknown>;

/**
 * The TypeScript type a schema describes (TypeBox's `Static`), so a DTO's type is derived
 * from its schema instead of being declared beside it; `unknown` for a plain schema object.
 */
export type StaticOf<S> = S extends TSchema ? Static<S> : unknown;

/** A string. */
export function str(description?: string, extra: Schema = {}): TString {
  return Type.String({ ...(description ? { description } : {}), ...extra });
}

/** A non-negative integer (counts, sizes, indexes, amounts in fen). */
export function count(description?: string): TInteger {
  return Type.Integer({ minimum: 0, ...(description ? { description } : {}) });
}

/** An integer (possibly negative: credit points, balance changes). */
export function int(description?: string): TInteger {
  return Type.Integer(description ? { description } : {});
}

/** A boolean. */
export function bool(description?: string): TBoolean {
  return Type.Boolean(description ? { description } : {});
}

/** An ISO-8601 UTC time string. */
export function time(description?: string): TString {
  return Type.String({ format: 'date-time', ...(description ? { description } : {}) });
}

/** One of the given strings (a JSON Schema `enum`, typed as the union of the values). */
export function oneOf<const V extends readonly string[]>(values: V, description?: string): TUnsafe<V[number]> {
  return Type.Unsafe<V[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
}

/** `schema` or null (a JSON Schema type array, as OpenAPI 3.1 writes it). */
export function nullable<S extends Schema>(schema: S): TUnsafe<StaticOf<S> | null> {
  const { type, enum: values, ...rest } = schema as { type?: unknown; enum?: unknown[] };
  const types = Array.isArray(type) ? [...type, 'null'] : [type, 'null'];
  return Type.Unsafe<StaticOf<S> | null>({ ...rest, type: types, ...(values ? { enum: [...values, null] } : {}) });
}

/** An array of `items`. */
export function list<S extends Schema>(items: S, description?: string): TUnsafe<StaticOf<S>[]> {
  return Type.Unsafe<StaticOf<S>[]>({ type: 'array', items, ...(description ? { description } : {}) });
}

/** A strict object: exactly these properties, all required. */
export function obj<P extends Record<string, Schema>>(
  properties: P,
  description?: string,
): TUnsafe<{ readonly [K in keyof P]: StaticOf<P[K]> }> {
  return Type.Unsafe<{ readonly [K in keyof P]: StaticOf<P[K]> }>({
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
    ...(description ? { description } : {}),
  });
}

/** A strict querystring object: these properties, the listed ones required, nothing else. */
export function query(properties: Record<string, Schema>, required: readonly string[] = []): Schema {
  return { type: 'object', additionalProperties: false, required: [...required], properties };
}

/** Path parameters: each a string of 1 to 512 characters. */
export function pathParams(...names: string[]): Schema {
  return {
    type: 'object',
    required: names,
    properties: Object.fromEntries(names.map((n) => [n, { type: 'string', minLength: 1, maxLength: 512 }])),
  };
}

const reasons = new Map<string, string>();

/** A string matching `pattern`; a mismatch is reported as "must be <reason>". */
export function patterned(pattern: string, reason: string, description?: string): Schema {
  reasons.set(pattern, reason);
  return { type: 'string', pattern, ...(description ? { description } : {}) };
}

/** The human reason registered for a pattern by {@link patterned}, if any. */
export function reasonForPattern(pattern: string): string | undefined {
  return reasons.get(pattern);
}
