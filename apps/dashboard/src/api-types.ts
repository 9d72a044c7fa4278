/**
 * The read API's answer types for the panels, taken from the types generated from the
 * reader's OpenAPI document (`api-types.generated.ts`, `pnpm api-types`), so a panel reads
 * the fields the API declares and a change of the API fails the dashboard's type check.
 */
import type { paths } from './api-types.generated.ts';

/** The JSON body of a successful GET of `path`. */
export type ApiAnswer<P extends keyof paths> = paths[P]['get'] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

/**
 * A compile-time check that a list names every value of a union: it type-checks only when
 * `Listed` covers `All` (call it with `true`; it does nothing at run time).
 */
export function everyValueListed<All extends string, Listed extends All>(
  _covered: [Exclude<All, Listed>] extends [never] ? true : never,
): void {}
