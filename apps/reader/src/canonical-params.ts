/**
 * Strict query and path parameters, checked before Fastify's schema validation coerces them.
 *
 * Ajv's coercion reads a number the way JavaScript does: `Infinity`, `1e400`, `0x10`, ` 16`
 * and `9007199254740993` all become numbers, and some slip past `minimum`/`maximum` or lose
 * precision. Every parameter a route declares as an integer must therefore be a canonical
 * decimal integer — digits only, no leading zero, no exponent, a `-` only where the schema
 * allows negatives — within the safe range (the schema's bounds are validation's). And a `/v1/` route takes
 * only the query parameters it declares (a route with no query schema takes none).
 */
import type { FastifyRequest } from 'fastify';
import { type BadParameter, badParameter } from './errors.ts';

interface ParamSchema {
  readonly type?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
}

interface ObjectSchema {
  readonly properties?: Record<string, ParamSchema>;
}

const CANONICAL = /^(0|-?[1-9][0-9]*)$/;

function isInteger(schema: ParamSchema): boolean {
  return schema.type === 'integer' || (Array.isArray(schema.type) && schema.type.includes('integer'));
}

/**
 * Why `raw` is not a canonical decimal integer in the safe range, or null when it is. The
 * schema's own bounds (`minimum`, `maximum`) are then checked by validation, with its message.
 */
export function integerProblem(raw: string): string | null {
  if (CANONICAL.test(raw) && Number.isSafeInteger(Number(raw))) return null;
  return `must be a decimal integer of at most ${Number.MAX_SAFE_INTEGER} (digits only: no plus sign, exponent, leading zero, spaces or hexadecimal)`;
}

function checkValues(values: unknown, schema: ObjectSchema | undefined, refuseUnknown: boolean): BadParameter | null {
  if (values === null || typeof values !== 'object') return null;
  const properties = schema?.properties ?? {};
  for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
    const declared = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (!declared) {
      if (refuseUnknown) return badParameter(name, "unknown parameter (see /openapi.json for this route's parameters)");
      continue;
    }
    if (!isInteger(declared)) continue;
    for (const raw of Array.isArray(value) ? value : [value]) {
      if (typeof raw !== 'string') continue;
      const problem = integerProblem(raw);
      if (problem) return badParameter(name, problem);
    }
  }
  return null;
}

/**
 * The first parameter of `request` that is not acceptable (see the module comment), or null.
 * Run it as a `preValidation` hook, while the values are still the strings the client sent.
 */
export function nonCanonicalParameter(request: FastifyRequest): BadParameter | null {
  // Not-found and method-not-allowed answers have no route, hence no parameters to check.
  if (request.routeOptions.url === undefined || request.is404) return null;
  const schema = request.routeOptions.schema as { querystring?: ObjectSchema; params?: ObjectSchema } | undefined;
  const api = request.url.startsWith('/v1/');
  return checkValues(request.query, schema?.querystring, api) ?? checkValues(request.params, schema?.params, false);
}
