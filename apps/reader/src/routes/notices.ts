/**
 * Notices 公示公告:
 * - `GET /v1/notices?community=&kind=&all=`: the notices on display at the time in question
 *   (or, with `all=true`, every notice with whether it is on display then);
 * - `GET /v1/notices/:noticeId`: one notice.
 */
import { left, right } from 'fp-ts/lib/Either.js';
import { notices } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { NOTICE_KINDS, noticeDto, noticeDtos, noticeSchema } from '../dto/notices.ts';
import { notFound } from '../errors.ts';
import { ownEntry } from '../own-entry.ts';
import { asOfParam, atParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { list, obj, oneOf, pathParams, query, str, time } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const NOTICES = notices.notices;

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{
    Querystring: { asOf?: string; at?: string; community?: string; kind?: (typeof NOTICE_KINDS)[number]; all: boolean };
  }>(
    '/v1/notices',
    {
      schema: {
        tags: ['notices'],
        summary: 'Notices on display at the time in question (all=true: every notice)',
        querystring: query({
          asOf: asOfParam,
          at: atParam,
          community: str('community id'),
          kind: oneOf(NOTICE_KINDS),
          all: { type: 'boolean', default: false, description: 'true: every notice, not only those on display' },
        }),
        response: responses(
          obj({ asOf: ledgerPointSchema, at: time('the time in question'), notices: list(noticeSchema) }),
        ),
      },
    },
    (request, reply) => {
      const { asOf, at, community, kind, all } = request.query;
      return replyWithState(ctx, request, reply, { asOf, time: { at } }, (view, timeInQuestion) =>
        right({
          asOf: ledgerPointOf(view),
          at: timeInQuestion!,
          notices: noticeDtos(view.state(NOTICES), {
            at: timeInQuestion!,
            all,
            ...(community !== undefined ? { community } : {}),
            ...(kind !== undefined ? { kind } : {}),
          }),
        }),
      );
    },
  );

  app.get<{ Params: { noticeId: string }; Querystring: { asOf?: string; at?: string } }>(
    '/v1/notices/:noticeId',
    {
      schema: {
        tags: ['notices'],
        summary: 'One notice',
        params: pathParams('noticeId'),
        querystring: query({ asOf: asOfParam, at: atParam }),
        response: responses(
          obj({ asOf: ledgerPointSchema, at: time('the time in question'), notice: noticeSchema }),
          404,
        ),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf, time: { at: request.query.at } }, (view, at) => {
        const notice = ownEntry(view.state(NOTICES).notices, request.params.noticeId);
        return notice
          ? right({ asOf: ledgerPointOf(view), at: at!, notice: noticeDto(notice, at!) })
          : left(notFound('notice', request.params.noticeId));
      }),
  );
}

/** The notice routes. */
export const noticeRoutes: RouteModule = { needs: [NOTICES.name], register };
