/**
 * Owners' committees 业主委员会:
 * - `GET /v1/committees`: totals and every community's committee;
 * - `GET /v1/committees/:communityId`: one community's committee.
 */
import { left, right } from 'fp-ts/lib/Either.js';
import { committees } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { committeeDto, committeeSchema, committeeTotalsDto, committeeTotalsSchema } from '../dto/committees.ts';
import { notFound } from '../errors.ts';
import { ownEntry } from '../own-entry.ts';
import { asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { list, obj, pathParams, query } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const COMMITTEES = committees.committees;

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/committees',
    {
      schema: {
        tags: ['committees'],
        summary: "Owners' committees: totals and each community's committee (members counted, never named)",
        querystring: query({ asOf: asOfParam }),
        response: responses(
          obj({ asOf: ledgerPointSchema, totals: committeeTotalsSchema, committees: list(committeeSchema) }),
        ),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const state = view.state(COMMITTEES);
        return right({
          asOf: ledgerPointOf(view),
          totals: committeeTotalsDto(state.totals),
          committees: Object.keys(state.communities)
            .sort()
            .map((id) => committeeDto(state.communities[id]!)),
        });
      }),
  );

  app.get<{ Params: { communityId: string }; Querystring: { asOf?: string } }>(
    '/v1/committees/:communityId',
    {
      schema: {
        tags: ['committees'],
        summary: "One community's owners' committee",
        params: pathParams('communityId'),
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, committee: committeeSchema }), 404),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const committee = ownEntry(view.state(COMMITTEES).communities, request.params.communityId);
        return committee
          ? right({ asOf: ledgerPointOf(view), committee: committeeDto(committee) })
          : left(notFound("owners' committee of community", request.params.communityId));
      }),
  );
}

/** The committee routes. */
export const committeeRoutes: RouteModule = { needs: [COMMITTEES.name], register };
