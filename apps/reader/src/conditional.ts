/**
 * Conditional GET: the `If-None-Match` check (RFC 9110 §13.1.2, weak comparison) that lets a
 * dashboard poll cheaply, answering 304 while the ledger head has not moved.
 */

/** True when `ifNoneMatch` (a header value: `*` or a list of entity tags) matches `etag`. */
export function matchesIfNoneMatch(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const header = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch;
  if (header.trim() === '*') return true;
  const opaque = stripWeak(etag);
  return header.split(',').some((tag) => stripWeak(tag.trim()) === opaque);
}

function stripWeak(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}

/** The minimal reply surface {@link notModified} needs (a Fastify reply). */
interface HeaderReply {
  header(name: string, value: string): unknown;
  code(status: number): { send(): unknown };
}

/**
 * Sets `ETag` (and `Cache-Control: public, no-cache`) on the reply and, when the request's
 * `If-None-Match` matches, answers 304. Returns true when it answered.
 */
export function notModified(
  ifNoneMatch: string | string[] | undefined,
  reply: HeaderReply,
  etag: string,
  cacheControl = 'public, no-cache',
): boolean {
  reply.header('etag', etag);
  reply.header('cache-control', cacheControl);
  if (!matchesIfNoneMatch(ifNoneMatch, etag)) return false;
  reply.code(304).send();
  return true;
}
