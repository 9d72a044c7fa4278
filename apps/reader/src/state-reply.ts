/**
 * The one path every state endpoint answers through: parse `asOf` (and `at`); if this URL's
 * answer for the current head is cached, answer 304 when the caller's ETag names it, or
 * the cached bytes; else map the projection state to the route's DTO inside the state's
 * synchronous window, serialise it with the route's response schema, cache it, and answer
 * (304 again when the caller already holds it). Failures are never cached nor tagged.
 *
 * Every answer is attested: see `answerHeaders`.
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
 * Every header of a state answer, built once when the answer is cached (the hot path only
 * copies them). The answer is attested: `X-Ledger-Size`, `X-Ledger-Root` (base64) and a
 * `Link` to the signed checkpoint of that size say which ledger it was computed from, so an
 * auditor can re-derive it (`govledger audit-read`); the body's `asOf` states the same.
 */
function answerHeaders(etag: string, size: number, root: string): Readonly<Record<string, string>> {
  return {
    'cache-control': 'public, no-cache',
    'content-type': JSON_TYPE,
    etag,
    'x-ledger-size': String(size),
    'x-ledger-root': root,
    link: `<${checkpointLinkOf(size)}>; rel="checkpoint"`,
  };
}

/** `etag` with the time-in-question suffix inside its closing quote (unchanged when there is none). */
function suffixed(etag: string, suffix: string): string {
  return suffix === '' ? etag : `${etag.slice(0, -1)}${suffix}"`;
}

/** Sends a cached (or just cached) answer: 304 when the caller holds it, else its bytes. */
function sendAnswer(reply: FastifyReply, ifNoneMatch: string | string[] | undefined, answer: CachedBody) {
  reply.headers(answer.headers);
  return matchesIfNoneMatch(ifNoneMatch, answer.etag) ? reply.code(304).send() : reply.send(answer.body);
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
  let time = query.time ? timeInQuestion(ctx.store, ctx.nowMs, explicitAt.right, asOf.right) : undefined;
  if (time instanceof Promise) time = await time;
  const suffix = time === undefined ? '' : time.etagSuffix;
  const index = asOf.right && 'index' in asOf.right ? asOf.right.index : null;
  const pinned = index !== null && index < head.size ? index + 1 : null;
  const expected = suffixed(pinned === null ? head.etag : etagOf(pinned, await ctx.heads.rootOf(pinned)), suffix);
  const ifNoneMatch = request.headers['if-none-match'];
  // The URL alone is the key: the time in question follows from it, except the wall
  // clock's minute, which the ETag carries, so an answer of a past minute is a miss.
  const key = request.url;
  // 304 only for an answer known to succeed: a cached one, or one just computed.
  const cached = index === null || pinned !== null ? ctx.bodies.get(key) : undefined;
  if (cached !== undefined && cached.etag === expected) return sendAnswer(reply, ifNoneMatch, cached);

  const answered = await ctx.states.read(asOf.right, (view): Either<ReaderFailure, CachedBody> => {
    const built = build(view, time?.at);
    if (isLeft(built)) return built;
    // The latest state may stand past the head read above: name what was served.
    const etag = asOf.right === undefined ? suffixed(view.etag, suffix) : expected;
    return right({
      etag,
      body: Buffer.from(reply.serialize(built.right) as string),
      headers: answerHeaders(etag, view.size, view.root),
    });
  });
  if (isLeft(answered)) return sendFailure(reply, answered.left);
  if (isLeft(answered.right)) return sendFailure(reply, answered.right.left);
  const answer = answered.right.right;
  if (answer.body.length <= MAX_CACHED_BODY) ctx.bodies.set(key, answer);
  return sendAnswer(reply, ifNoneMatch, answer);
}
