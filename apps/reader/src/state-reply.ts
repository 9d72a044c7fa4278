/**
 * The one path every state endpoint answers through: parse `asOf` (and `at`); if this URL's
 * held answer is still current, answer 304 when the caller's ETag names it, or its bytes;
 * else map the projection state to the route's DTO inside the state's synchronous window,
 * serialise it with the route's response schema, hold it, and answer (304 again when the
 * caller already holds it). Failures are never held nor tagged. Most repeated requests are
 * answered before they reach this path, by the `preValidation` hook in `held-answers.ts`.
 *
 * Every answer is attested: see `answerHeaders`.
 *
 * ETags: the head's (size + root) for answers about the head or an asOf time; the tree at
 * the asOf size for an asOf index (that answer never changes); with a `-<minute>` suffix
 * when the answer depends on the wall clock.
 */
import type { AsOf } from '@govledger/core';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CachedAnswer, sendAnswer } from './answer-cache.ts';
import type { ReaderContext } from './context.ts';
import type { ReaderFailure } from './errors.ts';
import type { HeadView } from './ledger-head.ts';
import type { StateView } from './projection-states.ts';
import { asOfFrom, atFrom } from './query-params.ts';
import { checkpointLinkOf } from './responses.ts';
import { sendFailure } from './send-failure.ts';
import { type TimeInQuestion, timeInQuestion } from './time-in-question.ts';

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

/**
 * Every header of a state answer, built once when the answer is computed (a held answer's
 * are only copied). The answer is attested: `X-Ledger-Size`, `X-Ledger-Root` (base64) and a
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

/**
 * Attests an answer computed outside `replyWithState` (the diff, an actor's trail, a record's
 * proof): the same `X-Ledger-Size`, `X-Ledger-Root` and checkpoint `Link` every state answer
 * carries, for the ledger size it was computed at.
 */
export function attest(reply: FastifyReply, size: number, root: string): void {
  reply.header('x-ledger-size', String(size));
  reply.header('x-ledger-root', root);
  reply.header('link', `<${checkpointLinkOf(size)}>; rel="checkpoint"`);
}

/** `etag` with the time-in-question suffix inside its closing quote (unchanged when there is none). */
function suffixed(etag: string, suffix: string): string {
  return suffix === '' ? etag : `${etag.slice(0, -1)}${suffix}"`;
}

/**
 * What an answer computed from `view` follows: a past tree it is pinned to (asOf index), the
 * head read before computing (asOf time: entries recorded later may still be dated before
 * it), or the latest state, which may stand past that head (then the view names it).
 */
function treeOf(asOf: AsOf | undefined, view: StateView, head: HeadView): { etag: string; pinned: boolean } {
  if (asOf === undefined) return { etag: view.etag, pinned: false };
  return 'index' in asOf ? { etag: view.etag, pinned: true } : { etag: head.etag, pinned: false };
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
  const ifNoneMatch = request.headers['if-none-match'];
  const url = request.url;
  const held = ctx.answers.current(url, head, ctx.nowMs());
  if (held !== undefined) return sendAnswer(reply, ifNoneMatch, held);

  let time = query.time ? timeInQuestion(ctx.store, ctx.nowMs, explicitAt.right, asOf.right) : undefined;
  if (time instanceof Promise) time = await time;
  const judgedAt: TimeInQuestion | undefined = time;
  const answered = await ctx.states.read(
    asOf.right,
    (view): Either<ReaderFailure, CachedAnswer> => {
      const built = build(view, judgedAt?.at);
      if (isLeft(built)) return built;
      const tree = treeOf(asOf.right, view, head);
      const etag = suffixed(tree.etag, judgedAt?.etagSuffix ?? '');
      return right({
        etag,
        body: Buffer.from(reply.serialize(built.right) as string),
        headers: answerHeaders(etag, view.size, view.root),
        treeEtag: tree.etag,
        pinned: tree.pinned,
        minuteMs: judgedAt?.minuteMs ?? null,
      });
    },
    (size) => ctx.asOfBudget.take(request.ip, size),
  );
  if (isLeft(answered)) return sendFailure(reply, answered.left);
  if (isLeft(answered.right)) return sendFailure(reply, answered.right.left);
  const answer = answered.right.right;
  ctx.answers.hold(url, answer);
  return sendAnswer(reply, ifNoneMatch, answer);
}
