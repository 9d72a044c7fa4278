/**
 * The one path every state endpoint answers through: parse `asOf` (and `at`); if this URL's
 * answer for the current head is cached, answer 304 when the caller's ETag names it, or
 * the cached bytes; else map the projection state to the route's DTO inside the state's
 * synchronous window, serialise it with the route's response schema, cache it, and answer
 * (304 again when the caller already holds it). Failures are never cached nor tagged.
 *
 * Every answer is attested: see {@link attest}.
 *
 * ETags: the head's (size + root) for answers about the head or an asOf time; the tree at
 * the asOf size for an asOf index (that answer never changes); with a `-<minute>` suffix
 * when the answer depends on the wall clock.
 */
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { matchesIfNoneMatch } from './conditional.ts';
import type { CachedBody, ReaderContext } from './context.ts';
import type { ReaderFailure } from './errors.ts';
import { etagOf } from './ledger-head.ts';
import type { StateView } from './projection-states.ts';
import { asOfFrom, atFrom } from './query-params.ts';
import { checkpointLinkOf } from './responses.ts';
import { sendFailure } from './send-failure.ts';
import { timeInQuestion } from './time-in-question.ts';

/** What a state endpoint asks for. */
export interface StateQuery {
  /** The raw `asOf` parameter. */
  readonly asOf?: string | undefined;
  /** Present when the answer depends on the time in question: the raw `at` parameter, if any. */
  readonly time?: { readonly at?: string | undefined };
}

/** Maps the state to the route's DTO (or a failure such as NotFound). Synchronous; keeps no reference to the state. */
export type BuildAnswer = (view: StateView, at: string | undefined) => Either<ReaderFailure, unknown>;

const JSON_TYPE = 'application/json; charset=utf-8';

/** The largest serialised body kept in the cache. */
const MAX_CACHED_BODY = 1 << 20;

/**
 * Says which ledger an answer was computed from: `X-Ledger-Size`, `X-Ledger-Root` (base64)
 * and a `Link` to the signed checkpoint of that size, so an auditor can re-derive it
 * (`govledger audit-read`). The body's `asOf` states the same.
 */
export function attest(reply: FastifyReply, size: number, root: string): void {
  reply.header('x-ledger-size', String(size));
  reply.header('x-ledger-root', root);
  reply.header('link', `<${checkpointLinkOf(size)}>; rel="checkpoint"`);
}

/** Answers a state endpoint (see the module comment). */
export async function replyWithState(
  ctx: ReaderContext,
  request: FastifyRequest,
  reply: FastifyReply,
  query: StateQuery,
  build: BuildAnswer,
): Promise<FastifyReply> {
  const asOf = asOfFrom(query.asOf);
  if (isLeft(asOf)) return sendFailure(reply, asOf.left);
  const explicitAt = atFrom(query.time?.at);
  if (isLeft(explicitAt)) return sendFailure(reply, explicitAt.left);
  const head = await ctx.heads.current();
  let time = query.time ? timeInQuestion(ctx.store, ctx.clock, explicitAt.right, asOf.right) : undefined;
  if (time instanceof Promise) time = await time;
  const suffix = time?.fromClock ? `-${Date.parse(time.at) / 60_000}` : '';
  const tag = (etag: string) => (suffix ? `${etag.slice(0, -1)}${suffix}"` : etag);
  const index = asOf.right && 'index' in asOf.right ? asOf.right.index : null;
  const pinned = index !== null && index < head.size ? index + 1 : null;
  const expected = tag(pinned === null ? head.etag : etagOf(pinned, await ctx.heads.rootOf(pinned)));

  reply.header('cache-control', 'public, no-cache');
  const ifNoneMatch = request.headers['if-none-match'];
  const key = `${request.url}\u0000${time?.at ?? ''}`;
  // 304 only for an answer known to succeed: a cached one, or one just computed.
  const cached = index === null || pinned !== null ? ctx.bodies.get(key) : undefined;
  if (cached && cached.etag === expected) {
    attest(reply, cached.size, cached.root);
    reply.header('etag', expected);
    return matchesIfNoneMatch(ifNoneMatch, expected) ? reply.code(304).send() : reply.type(JSON_TYPE).send(cached.body);
  }

  const answered = await ctx.states.read(asOf.right, (view): Either<ReaderFailure, CachedBody> => {
    const built = build(view, time?.at);
    return isLeft(built)
      ? built
      : right({
          etag: tag(view.etag),
          body: Buffer.from(reply.serialize(built.right) as string),
          size: view.size,
          root: view.root,
        });
  });
  if (isLeft(answered)) return sendFailure(reply, answered.left);
  if (isLeft(answered.right)) return sendFailure(reply, answered.right.left);
  // The latest state may stand past the head read above: name what was served.
  const etag = asOf.right === undefined ? answered.right.right.etag : expected;
  const { body, size, root } = answered.right.right;
  if (body.length <= MAX_CACHED_BODY) ctx.bodies.set(key, { etag, body, size, root });
  attest(reply, size, root);
  reply.header('etag', etag);
  return matchesIfNoneMatch(ifNoneMatch, etag) ? reply.code(304).send() : reply.type(JSON_TYPE).send(body);
}
