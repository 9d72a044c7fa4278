/**
 * Checks in the page end in an outcome a person can read: either what was established, or
 * what failed and why. Expected failures are values, never exceptions.
 */

/** A check that passed with `value`, or failed with a reason to show the reader. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** A passed check. */
export function passed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/** A failed check, with the reason the reader sees. */
export function failed<T = never>(reason: string): Outcome<T> {
  return { ok: false, reason };
}
