/**
 * Quarterly ratings and the red-black list 红黑榜:
 * - `GET /v1/ratings`: the rated quarters;
 * - `GET /v1/ratings/:quarter`: every rating of a quarter with its corrections;
 * - `GET /v1/red-black-lists`: the published lists in brief;
 * - `GET /v1/red-black-lists/:quarter`: one quarter's list and the policy it followed.
 */
import { left, right } from 'fp-ts/lib/Either.js';
import { ratings } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import {
  listSummaries,
  listSummarySchema,
  publishedListDto,
  publishedListSchema,
  quarterRatingsDto,
  quarterRatingsSchema,
  quarterSummaries,
  quarterSummarySchema,
} from '../dto/ratings.ts';
import { notFound } from '../errors.ts';
import { asOfParam, quarterParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import { ownEntry } from '../own-entry.ts';
import type { RouteModule } from '../route-module.ts';
import { list, obj, query } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const RATINGS = ratings.quarterlyRatings;
const LISTS = ratings.redBlackList;

const quarterParams = { type: 'object', required: ['quarter'], properties: { quarter: quarterParam } };

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/ratings',
    {
      schema: {
        tags: ['ratings'],
        summary: 'The quarters rated, oldest first',
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, quarters: list(quarterSummarySchema) })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) =>
        right({
          asOf: ledgerPointOf(view),
          quarters: quarterSummaries(view.state(RATINGS)),
        }),
      ),
  );

  app.get<{ Params: { quarter: string }; Querystring: { asOf?: string } }>(
    '/v1/ratings/:quarter',
    {
      schema: {
        tags: ['ratings'],
        summary: "A quarter's ratings with their corrections",
        params: quarterParams,
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, ratings: quarterRatingsSchema }), 404),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const quarter = ownEntry(view.state(RATINGS), request.params.quarter);
        return quarter
          ? right({ asOf: ledgerPointOf(view), ratings: quarterRatingsDto(quarter) })
          : left(notFound('ratings of quarter', request.params.quarter));
      }),
  );

  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/red-black-lists',
    {
      schema: {
        tags: ['ratings'],
        summary: 'The published red-black lists in brief, oldest first',
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, lists: list(listSummarySchema) })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) =>
        right({
          asOf: ledgerPointOf(view),
          lists: listSummaries(view.state(LISTS)),
        }),
      ),
  );

  app.get<{ Params: { quarter: string }; Querystring: { asOf?: string } }>(
    '/v1/red-black-lists/:quarter',
    {
      schema: {
        tags: ['ratings'],
        summary: "A quarter's published red-black list and the credit policy it followed",
        params: quarterParams,
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, list: publishedListSchema }), 404),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const published = ownEntry(view.state(LISTS), request.params.quarter);
        return published
          ? right({ asOf: ledgerPointOf(view), list: publishedListDto(published) })
          : left(notFound('red-black list of quarter', request.params.quarter));
      }),
  );
}

/** The ratings and red-black list routes. */
export const ratingRoutes: RouteModule = { needs: [RATINGS.name, LISTS.name], register };
