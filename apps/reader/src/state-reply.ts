/**
 * The one path every state endpoint answers through: parse `asOf` (and `at`), answer 304
 * when the caller's ETag names the current head, else serve the serialised body cached for
 * this URL and head, else map the projection state to the route's DTO inside the state's
 * synchronous window, serialise it with the route's response schema and cache it.
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
  const time = query.time ? await timeInQuestion(ctx.store, ctx.clock, explicitAt.right, asOf.right) : undefined;
  const suffix = time?.fromClock ? `-${Date.parse(time.at) / 60_000}` : '';
  const tag = (etag: string) => (suffix ? `${etag.slice(0, -1)}${suffix}"` : etag);
  const pinned = asOf.right && 'index' in asOf.right && asOf.right.index < head.size ? asOf.right.index + 1 : null;
  const expected = tag(pinned === null ? head.etag : etagOf(pinned, await ctx.heads.rootOf(pinned)));

  reply.header('cache-control', 'public, no-cache').header('etag', expected);
  if (matchesIfNoneMatch(request.headers['if-none-match'], expected)) return reply.code(304).send();
  const key = `${request.url}\u0000${time?.at ?? ''}`;
  const cached = ctx.bodies.get(key);
  if (cached && cached.etag === expected) return reply.type(JSON_TYPE).send(cached.body);

  const answered = await ctx.states.read(asOf.right, (view): Either<ReaderFailure, CachedBody> => {
    const built = build(view, time?.at);
    return isLeft(built) ? built : right({ etag: tag(view.etag), body: reply.serialize(built.right) as string });
  });
  if (isLeft(answered)) return sendFailure(reply, answered.left);
  if (isLeft(answered.right)) return sendFailure(reply, answered.right.left);
  // The latest state may stand past the head read above: name what was served.
  const etag = asOf.right === undefined ? answered.right.right.etag : expected;
  const { body } = answered.right.right;
  if (body.length <= MAX_CACHED_BODY) ctx.bodies.set(key, { etag, body });
  return reply.header('etag', etag).type(JSON_TYPE).send(body);
}
