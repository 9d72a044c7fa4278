/**
 * `GET /v1/pilots`: pilot projects 试点 and the demonstration sites 示范点 held at each level,
 * as of `?asOf`.
 */
import { right } from 'fp-ts/lib/Either.js';
import { pilots } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { pilotsDto, pilotsProperties } from '../dto/pilots.ts';
import { asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { obj, query } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const PILOTS = pilots.pilots;

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/pilots',
    {
      schema: {
        tags: ['pilots'],
        summary: 'Pilot projects and demonstration sites',
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, ...pilotsProperties })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) =>
        right({ asOf: ledgerPointOf(view), ...pilotsDto(view.state(PILOTS)) }),
      ),
  );
}

/** The pilots route. */
export const pilotRoutes: RouteModule = { needs: [PILOTS.name], register };
