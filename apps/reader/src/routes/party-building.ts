/**
 * `GET /v1/party-building`: party organisations of property companies 党建引领 and the
 * companies and members they cover, as of `?asOf`.
 */
import { right } from 'fp-ts/lib/Either.js';
import { partyBuilding } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { partyBuildingDto, partyBuildingProperties } from '../dto/party-building.ts';
import { asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { obj, query } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const PARTY_BUILDING = partyBuilding.partyBuilding;

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/party-building',
    {
      schema: {
        tags: ['party-building'],
        summary: 'Party organisations of property companies and their coverage',
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, ...partyBuildingProperties })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) =>
        right({ asOf: ledgerPointOf(view), ...partyBuildingDto(view.state(PARTY_BUILDING)) }),
      ),
  );
}

/** The party-building route. */
export const partyBuildingRoutes: RouteModule = { needs: [PARTY_BUILDING.name], register };
