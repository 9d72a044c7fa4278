/**
 * Special maintenance funds 住宅专项维修资金:
 * - `GET /v1/funds`: every community's fund in brief;
 * - `GET /v1/funds/:communityId`: one fund with its balance history, deposits and disbursements;
 * - `GET /v1/funds/:communityId/units`: the unit accounts (分户账), paged in unit-id order;
 * - `GET /v1/funds/:communityId/units/:unitId`: one unit's account.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { fund } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import {
  fundDto,
  fundSchema,
  fundSummaryDto,
  fundSummarySchema,
  unitAccountDto,
  unitAccountSchema,
} from '../dto/funds.ts';
import { type BadParameter, badParameter, notFound } from '../errors.ts';
import { asOfParam, cursorParam, limitParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import { ownEntry } from '../own-entry.ts';
import type { RouteModule } from '../route-module.ts';
import { list, nullable, obj, pathParams, query, str } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const LEDGER = fund.fundLedger;
const UNITS = fund.unitFundBalances;

/** The unit id a units cursor continues after. */
function unitAfter(cursor: string | undefined): Either<BadParameter, string | null> {
  if (cursor === undefined) return right(null);
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.startsWith('units:') && text.length > 6
    ? right(text.slice(6))
    : left(badParameter('cursor', 'is not a cursor this API issued (use nextCursor of the previous page)'));
}

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/funds',
    {
      schema: {
        tags: ['funds'],
        summary: "Every community's maintenance fund in brief, by community id",
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, funds: list(fundSummarySchema) })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const { communities } = view.state(LEDGER);
        const funds = Object.keys(communities)
          .sort()
          .map((id) => fundSummaryDto(communities[id]!));
        return right({ asOf: ledgerPointOf(view), funds });
      }),
  );

  app.get<{ Params: { communityId: string }; Querystring: { asOf?: string } }>(
    '/v1/funds/:communityId',
    {
      schema: {
        tags: ['funds'],
        summary: "One community's fund: balance history, deposits, disbursements and their authority",
        params: pathParams('communityId'),
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, fund: fundSchema }), 404),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const fund = ownEntry(view.state(LEDGER).communities, request.params.communityId);
        return fund
          ? right({ asOf: ledgerPointOf(view), fund: fundDto(fund) })
          : left(notFound('fund of community', request.params.communityId));
      }),
  );

  app.get<{ Params: { communityId: string }; Querystring: { asOf?: string; limit: number; cursor?: string } }>(
    '/v1/funds/:communityId/units',
    {
      schema: {
        tags: ['funds'],
        summary: "A community's unit accounts 分户账, in unit-id order",
        params: pathParams('communityId'),
        querystring: query({ asOf: asOfParam, limit: limitParam(500, 100), cursor: cursorParam }),
        response: responses(
          obj({
            asOf: ledgerPointSchema,
            communityId: str(),
            units: list(unitAccountSchema),
            nextCursor: nullable(str('pass as ?cursor= for the next page; null on the last page')),
          }),
          404,
        ),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const { communityId } = request.params;
        const units = ownEntry(view.state(UNITS).communities, communityId);
        if (!units) return left(notFound('fund of community', communityId));
        const after = unitAfter(request.query.cursor);
        if (isLeft(after)) return after;
        const ids = Object.keys(units).sort();
        const start = after.right === null ? 0 : ids.findIndex((id) => id > after.right!);
        const page = start < 0 ? [] : ids.slice(start, start + request.query.limit);
        const more = start >= 0 && start + request.query.limit < ids.length;
        return right({
          asOf: ledgerPointOf(view),
          communityId,
          units: page.map((id) => unitAccountDto(id, units[id]!)),
          nextCursor: more ? Buffer.from(`units:${page[page.length - 1]}`).toString('base64url') : null,
        });
      }),
  );

  app.get<{ Params: { communityId: string; unitId: string }; Querystring: { asOf?: string } }>(
    '/v1/funds/:communityId/units/:unitId',
    {
      schema: {
        tags: ['funds'],
        summary: "One unit's account 分户账",
        params: pathParams('communityId', 'unitId'),
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, communityId: str(), unit: unitAccountSchema }), 404),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const { communityId, unitId } = request.params;
        const units = ownEntry(view.state(UNITS).communities, communityId);
        const unit = units && ownEntry(units, unitId);
        return unit
          ? right({ asOf: ledgerPointOf(view), communityId, unit: unitAccountDto(unitId, unit) })
          : left(notFound('unit account', `${communityId}/${unitId}`));
      }),
  );
}

/** The fund routes. */
export const fundRoutes: RouteModule = { needs: [LEDGER.name, UNITS.name], register };
