/**
 * Property companies and their credit files 企业信用档案:
 * - `GET /v1/companies`: every company with a credit file, in brief;
 * - `GET /v1/companies/:companyId/credit-file?quarter=`: one file in full, with eligibility to
 *   tender and to be considered for awards in `quarter` (default: the quarter of the time in
 *   question).
 */
import { left, right } from 'fp-ts/lib/Either.js';
import { ratings } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import {
  companySummaryDto,
  companySummarySchema,
  creditFileDto,
  creditFileSchema,
  quarterOfTime,
} from '../dto/companies.ts';
import { notFound } from '../errors.ts';
import { ownEntry } from '../own-entry.ts';
import { asOfParam, atParam, quarterParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { list, obj, pathParams, query } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const FILES = ratings.companyCreditFiles;

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/companies',
    {
      schema: {
        tags: ['companies'],
        summary: 'Every property company with a credit file, by company id',
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, companies: list(companySummarySchema) })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const files = view.state(FILES);
        const companies = Object.keys(files)
          .sort()
          .map((id) => companySummaryDto(files[id]!));
        return right({ asOf: ledgerPointOf(view), companies });
      }),
  );

  app.get<{ Params: { companyId: string }; Querystring: { asOf?: string; at?: string; quarter?: string } }>(
    '/v1/companies/:companyId/credit-file',
    {
      schema: {
        tags: ['companies'],
        summary: "A company's credit file with its eligibility in a quarter",
        params: pathParams('companyId'),
        querystring: query({ asOf: asOfParam, at: atParam, quarter: quarterParam }),
        response: responses(obj({ asOf: ledgerPointSchema, creditFile: creditFileSchema }), 404),
      },
    },
    (request, reply) => {
      const { asOf, at, quarter } = request.query;
      // An explicit quarter makes the answer independent of the time in question.
      const time = quarter === undefined ? { time: { at } } : {};
      return replyWithState(ctx, request, reply, { asOf, ...time }, (view, timeInQuestion) => {
        const file = ownEntry(view.state(FILES), request.params.companyId);
        if (!file) return left(notFound('credit file of company', request.params.companyId));
        const judged = quarter ?? quarterOfTime(timeInQuestion!);
        return right({ asOf: ledgerPointOf(view), creditFile: creditFileDto(file, judged) });
      });
    },
  );
}

/** The company routes. */
export const companyRoutes: RouteModule = { needs: [FILES.name], register };
