/**
 * JSON Schema building blocks for route schemas. Response schemas are strict
 * (`additionalProperties: false`, every property required), so fast-json-stringify writes
 * exactly the declared fields of a DTO and fails loudly when a mapping forgets one: a second
 * wall, after the explicit DTO mappings, against serialising anything undeclared.
 * Nullable types use JSON Schema type arrays (the OpenAPI document is 3.1).
 */

/** A JSON Schema object (kept loose: Fastify, Ajv and @fastify/swagger read it). */
export type Schema = Record<string, unknown>;

/** A string. */
export function str(description?: string, extra: Schema = {}): Schema {
  return { type: 'string', ...(description ? { description } : {}), ...extra };
}

/** A non-negative integer (counts, sizes, indexes, amounts in fen). */
export function count(description?: string): Schema {
  return { type: 'integer', minimum: 0, ...(description ? { description } : {}) };
}

/** An integer (possibly negative: credit points, balance changes). */
export function int(description?: string): Schema {
  return { type: 'integer', ...(description ? { description } : {}) };
}

/** A boolean. */
export function bool(description?: string): Schema {
  return { type: 'boolean', ...(description ? { description } : {}) };
}

/** An ISO-8601 UTC time string. */
export function time(description?: string): Schema {
  return { type: 'string', format: 'date-time', ...(description ? { description } : {}) };
}

/** One of the given strings. */
export function oneOf(values: readonly string[], description?: string): Schema {
  return { type: 'string', enum: [...values], ...(description ? { description } : {}) };
}

/** `schema` or null. */
export function nullable(schema: Schema): Schema {
  const { type, enum: values, ...rest } = schema as { type?: unknown; enum?: unknown[] };
  const types = Array.isArray(type) ? [...type, 'null'] : [type, 'null'];
  return { ...rest, type: types, ...(values ? { enum: [...values, null] } : {}) };
}

/** An array of `items`. */
export function list(items: Schema, description?: string): Schema {
  return { type: 'array', items, ...(description ? { description } : {}) };
}

/** A strict object: exactly these properties, all required. */
export function obj(properties: Record<string, Schema>, description?: string): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
    ...(description ? { description } : {}),
  };
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
