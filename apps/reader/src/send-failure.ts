/**
 * Sending a failure: the catalogue's status and body, the headers the status calls for
 * (`WWW-Authenticate`, `Allow`, `Retry-After`), and never a cache validator.
 */
import type { FastifyReply } from 'fastify';
import { errorBody, httpErrorOf, type ReaderFailure } from './errors.ts';

/** The methods every route answers. */
export const ALLOWED_METHODS = 'GET, HEAD';

/** Answers `failure` on `reply`. */
export function sendFailure(reply: FastifyReply, failure: ReaderFailure): FastifyReply {
  const error = httpErrorOf(failure);
  reply.removeHeader('etag');
  reply.header('cache-control', 'no-store');
  if (failure._tag === 'Unauthorized') reply.header('www-authenticate', 'Bearer realm="govledger auditor"');
  if (failure._tag === 'MethodNotAllowed') reply.header('allow', ALLOWED_METHODS);
  if (failure._tag === 'RateLimited') reply.header('retry-after', String(failure.retryAfterSeconds));
  return reply.code(error.status).type('application/json; charset=utf-8').send(errorBody(error));
}
