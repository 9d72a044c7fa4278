/**
 * Owners' assembly votes 业主大会表决:
 * - `GET /v1/votes?community=&status=`: votes in the order proposed;
 * - `GET /v1/votes/:voteId`: one vote with its Civil Code art. 278 breakdown.
 */
import { left, right } from 'fp-ts/lib/Either.js';
import { votes } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { VOTE_STATUSES, voteDto, voteSchema, voteSummaryDto, voteSummarySchema } from '../dto/votes.ts';
import { notFound } from '../errors.ts';
import { asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import { ownEntry } from '../own-entry.ts';
import type { RouteModule } from '../route-module.ts';
import { list, obj, oneOf, pathParams, query, str } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const RESULTS = votes.voteResults;

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string; community?: string; status?: string } }>(
    '/v1/votes',
    {
      schema: {
        tags: ['votes'],
        summary: 'Votes in the order proposed',
        querystring: query({ asOf: asOfParam, community: str('community id'), status: oneOf(VOTE_STATUSES) }),
        response: responses(obj({ asOf: ledgerPointSchema, votes: list(voteSummarySchema) })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const { community, status } = request.query;
        const state = view.state(RESULTS);
        const votes = state.order
          .map((id) => state.votes[id])
          .filter((v) => v !== undefined)
          .filter(
            (v) =>
              (community === undefined || v.communityId === community) && (status === undefined || v.status === status),
          )
          .map(voteSummaryDto);
        return right({ asOf: ledgerPointOf(view), votes });
      }),
  );

  app.get<{ Params: { voteId: string }; Querystring: { asOf?: string } }>(
    '/v1/votes/:voteId',
    {
      schema: {
        tags: ['votes'],
        summary: 'One vote with its Civil Code art. 278 breakdown (choices hidden until voting closes)',
        params: pathParams('voteId'),
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, vote: voteSchema }), 404),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const state = view.state(RESULTS);
        const vote = ownEntry(state.votes, request.params.voteId);
        return vote
          ? right({ asOf: ledgerPointOf(view), vote: voteDto(vote) })
          : left(notFound('vote', request.params.voteId));
      }),
  );
}

/** The vote routes. */
export const voteRoutes: RouteModule = { needs: [RESULTS.name], register };
