/**
 * Who is asking: the public, or an auditor holding the bearer token the operator configured.
 * Tokens are compared in constant time over their SHA-256 digests (equal lengths whatever
 * was sent), so neither the token nor its length leaks through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { Unauthorized } from './errors.ts';

/** The access a request has. */
export type Access = 'public' | 'auditor';

/** Checks `Authorization` headers against one configured auditor token. */
export class AuditorAccess {
  readonly #digest: Buffer | null;

  /** @param token the auditor token (at least 16 characters), or undefined when no one may audit. */
  constructor(token: string | undefined) {
    if (token !== undefined && token.trim().length < 16) {
      throw new RangeError('the auditor token must be at least 16 characters (use a long random secret)');
    }
    this.#digest = token === undefined ? null : digest(token.trim());
  }

  /** True when an auditor token is configured. */
  get configured(): boolean {
    return this.#digest !== null;
  }

  /**
   * The access of a request with this `Authorization` header: public without one, auditor
   * with the right bearer token, and Unauthorized for anything else (a wrong token is never
   * silently served the public view: the caller would not notice the mistake).
   */
  accessOf(authorization: string | undefined): Either<Unauthorized, Access> {
    if (authorization === undefined || authorization === '') return right('public');
    const match = /^Bearer ([\x21-\x7e]+)$/i.exec(authorization.trim());
    if (!match)
      return left({ _tag: 'Unauthorized', reason: 'the Authorization header must be "Bearer <auditor token>"' });
    if (this.#digest === null)
      return left({ _tag: 'Unauthorized', reason: 'this server has no auditor access configured' });
    return timingSafeEqual(digest(match[1]!), this.#digest)
      ? right('auditor')
      : left({ _tag: 'Unauthorized', reason: 'the auditor token is not valid' });
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
