/**
 * Public income 公共收益:
 * - `GET /v1/public-income`: every community's income in brief;
 * - `GET /v1/public-income/:communityId`: one community's income by source and month,
 *   allocations and disclosures.
 */
import { left, right } from 'fp-ts/lib/Either.js';
import { publicIncome } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { incomeDto, incomeSchema, incomeSummaryDto, incomeSummarySchema } from '../dto/public-income.ts';
import { notFound } from '../errors.ts';
import { ownEntry } from '../own-entry.ts';
import { asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { list, obj, pathParams, query } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const INCOME = publicIncome.publicIncome;

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/public-income',
    {
      schema: {
        tags: ['public-income'],
        summary: "Every community's public income in brief, by community id",
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, communities: list(incomeSummarySchema) })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const { communities } = view.state(INCOME);
        return right({
          asOf: ledgerPointOf(view),
          communities: Object.keys(communities)
            .sort()
            .map((id) => incomeSummaryDto(communities[id]!)),
        });
      }),
  );

  app.get<{ Params: { communityId: string }; Querystring: { asOf?: string } }>(
    '/v1/public-income/:communityId',
    {
      schema: {
        tags: ['public-income'],
        summary: "One community's public income: sources, months, allocations, disclosures",
        params: pathParams('communityId'),
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, income: incomeSchema }), 404),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const income = ownEntry(view.state(INCOME).communities, request.params.communityId);
        return income
          ? right({ asOf: ledgerPointOf(view), income: incomeDto(income) })
          : left(notFound('public income of community', request.params.communityId));
      }),
  );
}

/** The public income routes. */
export const publicIncomeRoutes: RouteModule = { needs: [INCOME.name], register };
