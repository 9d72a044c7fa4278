/**
 * Serialised answers of the state endpoints, held by request URL, and the test of whether a
 * held answer is still the answer. A URL fixes everything a state answer depends on but two
 * things: the ledger head (for an answer about the head or an asOf time) and the wall clock's
 * minute (for an answer judged "now"). A held answer records which of them it followed and
 * stays current while they stand; one pinned to a past tree (an asOf index) never goes stale,
 * because the log is append-only.
 */
import type { FastifyReply } from 'fastify';
import { LRUCache } from 'lru-cache';
import { matchesIfNoneMatch } from './conditional.ts';
import type { HeadView } from './ledger-head.ts';

/** A serialised answer (UTF-8 JSON bytes) and what it was computed from. */
export interface CachedAnswer {
  /** The ETag sent with it: `treeEtag`, with the minute inside the quotes when judged "now". */
  readonly etag: string;
  readonly body: Buffer;
  /** Every header the answer carries (ETag, the ledger size and root it was computed from, type, caching). */
  readonly headers: Readonly<Record<string, string>>;
  /** The ETag of the head the answer followed, or of the past tree it is pinned to. */
  readonly treeEtag: string;
  /** True when pinned to a past tree (an asOf index): current whatever the head. */
  readonly pinned: boolean;
  /** For an answer judged at the wall clock's minute, that minute in ms since the epoch; else null. */
  readonly minuteMs: number | null;
}

/** The largest serialised body held. */
export const MAX_HELD_BODY = 1 << 20;

/** True while `answer` is still the answer to its URL at `head` and wall-clock time `nowMs`. */
export function isCurrent(answer: CachedAnswer, head: HeadView, nowMs: number): boolean {
  return (
    (answer.pinned || answer.treeEtag === head.etag) &&
    (answer.minuteMs === null || answer.minuteMs === nowMs - (nowMs % 60_000))
  );
}

/** The most recently used answers by URL (a bounded LRU). */
export class AnswerCache {
  readonly #answers: LRUCache<string, CachedAnswer>;

  constructor(max: number) {
    this.#answers = new LRUCache({ max });
  }

  /** The answer held for `url`, current or not. */
  held(url: string): CachedAnswer | undefined {
    return this.#answers.get(url);
  }

  /** The answer held for `url`, if it is still current at `head` and `nowMs`. */
  current(url: string, head: HeadView, nowMs: number): CachedAnswer | undefined {
    const answer = this.#answers.get(url);
    return answer !== undefined && isCurrent(answer, head, nowMs) ? answer : undefined;
  }

  /** Holds `answer` for `url`, unless its body is larger than {@link MAX_HELD_BODY}. */
  hold(url: string, answer: CachedAnswer): void {
    if (answer.body.length <= MAX_HELD_BODY) this.#answers.set(url, answer);
  }
}

/** Sends `answer`: 304 when the caller's `If-None-Match` names it, else its bytes. */
export function sendAnswer(
  reply: FastifyReply,
  ifNoneMatch: string | string[] | undefined,
  answer: CachedAnswer,
): FastifyReply {
  reply.headers(answer.headers);
  return matchesIfNoneMatch(ifNoneMatch, answer.etag) ? reply.code(304).send() : reply.send(answer.body);
}
