/**
 * `GET /v1/complaint-statistics`: complaint counts overall and by month, community, company
 * and category, as of `?asOf`.
 */
import { right } from 'fp-ts/lib/Either.js';
import { complaints } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { complaintStatisticsDto, complaintStatisticsProperties } from '../dto/complaint-statistics.ts';
import { asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { obj, query } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const STATISTICS = complaints.complaintStatistics;

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/complaint-statistics',
    {
      schema: {
        tags: ['complaints'],
        summary: 'Complaint statistics overall and by month, community, company and category',
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, ...complaintStatisticsProperties })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) =>
        right({
          asOf: ledgerPointOf(view),
          ...complaintStatisticsDto(view.state(STATISTICS)),
        }),
      ),
  );
}

/** The complaint statistics route. */
export const complaintStatisticsRoutes: RouteModule = { needs: [STATISTICS.name], register };
