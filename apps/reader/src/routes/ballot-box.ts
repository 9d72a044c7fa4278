/**
 * `GET /v1/votes/:voteId/ballot-box`: the public part of a closed vote's sealed ballots, so that
 * an owner can check their ballot receipt in a browser from public answers only (the
 * dashboard's receipt page): for each sealed ballot its entry index, its commitment and whether
 * it counts (its owner's last ballot) — never its owner, weight, ballot number or sealed part —
 * and the index of the closing entry, whose public leaf carries the committed count. The sum of
 * the counted commitments opens to that count; a receipt's ballot that was recorded but does
 * not count was replaced by a later ballot of the same owner.
 *
 * As of `?asOf` like every state answer. While voting runs nothing of the ballots is served (`closed: false`, no ballots): which
 * ballots were replaced is learnt only once the count is fixed.
 */
import type { RecordedEvent } from '@govledger/core';
import { votes } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import { left, right } from 'fp-ts/lib/Either.js';
import type { ReaderContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { bool, count, list, nullable, obj, pathParams, query, str } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

/** One sealed ballot as the public sees it. */
export interface PublicBallotDto {
  readonly index: number;
  readonly commitment: string;
  readonly counted: boolean;
}

/** The answer: whether voting closed, where, and the public part of every sealed ballot. */
export interface BallotBoxDto {
  readonly voteId: string;
  readonly closed: boolean;
  readonly closingIndex: number | null;
  readonly ballots: readonly PublicBallotDto[];
}

/** The ballot box of one vote from its stream's events; each owner's last ballot counts. */
export function ballotBoxOf(voteId: string, events: readonly RecordedEvent[]): BallotBoxDto {
  const closing = events.find((e) => e.type === 'VotingClosed');
  if (!closing) return { voteId, closed: false, closingIndex: null, ballots: [] };
  const sealed = events.filter((e) => e.type === 'BallotCast' && e.schemaVersion >= 2 && e.index < closing.index);
  const last = new Map<string, RecordedEvent>();
  for (const e of sealed) last.set(e.metadata.actor.id, e);
  const counted = new Set([...last.values()].map((e) => e.index));
  return {
    voteId,
    closed: true,
    closingIndex: closing.index,
    ballots: sealed.map((e) => ({
      index: e.index,
      commitment: (e.data as votes.BallotCastV2Data).commitment,
      counted: counted.has(e.index),
    })),
  };
}

const ballotBoxFields = {
  voteId: str(),
  closed: bool('false while voting runs (then no ballot is listed)'),
  closingIndex: nullable(count('the entry index of the VotingClosed event, whose public leaf holds the count')),
  ballots: list(
    obj({
      index: count('entry index of the sealed ballot'),
      commitment: str('the Pedersen commitment (ristretto255, hex) the ballot publishes'),
      counted: bool("true for its owner's last ballot; false for a ballot a later one replaced"),
    }),
    'every sealed ballot of the vote, in ledger order',
  ),
};

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Params: { voteId: string }; Querystring: { asOf?: string } }>(
    '/v1/votes/:voteId/ballot-box',
    {
      schema: {
        tags: ['votes'],
        summary: "The public part of a closed vote's sealed ballots (commitments, counted or replaced), for receipts",
        params: pathParams('voteId'),
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, ...ballotBoxFields }), 404),
      },
    },
    async (request, reply) => {
      const { voteId } = request.params;
      const events: RecordedEvent[] = [];
      for await (const event of ctx.store.readStream(votes.voteStreamId(voteId))) events.push(event);
      return replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const known = events.filter((e) => e.index < view.size);
        if (!known.some((e) => e.type === 'VoteProposed')) return left(notFound('vote', voteId));
        return right({ asOf: ledgerPointOf(view), ...ballotBoxOf(voteId, known) });
      });
    },
  );
}

/** The ballot box route. */
export const ballotBoxRoutes: RouteModule = { needs: [], register };
