/**
 * `must`: the right side of a result a test expects to succeed, or a thrown error showing
 * the left side, so that a test reads as the happy path and still fails with the reason.
 */
import { type Either, isLeft } from 'fp-ts/lib/Either.js';
import { coreError } from '../errors/thrown-errors.ts';

/** The right side of `result`; throws with the left side, as JSON, when there is none. */
export function must<E, A>(result: Either<E, A>): A {
  if (isLeft(result)) throw coreError('GL_INTERNAL', `unexpected ${JSON.stringify(result.left)}`);
  return result.right;
}
