/**
 * Complaints and repair requests 投诉报修:
 * - `GET /v1/complaints`: the board, filtered (status, community, company, category,
 *   overdue at the time in question) and paged in filing order with an opaque cursor;
 * - `GET /v1/complaints/:complaintId`: one complaint.
 * Both answer as of `?asOf` and judge "overdue" at `?at` (see `time-in-question.ts`).
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import { complaints } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  type ComplaintDto,
  complaintDto,
  complaintSchema,
  decodeCursor,
  encodeCursor,
  pageComplaints,
} from '../dto/complaints.ts';
import { notFound } from '../errors.ts';
import { asOfParam, atParam, cursorParam, limitParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import { ownEntry } from '../own-entry.ts';
import type { RouteModule } from '../route-module.ts';
import { count, list, nullable, obj, oneOf, pathParams, query, str, time } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const BOARD = complaints.complaintBoard;

interface ListQuery {
  asOf?: string;
  at?: string;
  status?: ComplaintDto['status'];
  community?: string;
  company?: string;
  category?: ComplaintDto['category'];
  overdue?: boolean;
  order?: 'filing' | 'newest';
  limit: number;
  cursor?: string;
}

const pageSchema = obj({
  asOf: ledgerPointSchema,
  at: time('the time in question, at which "overdue" is judged'),
  total: count('complaints matching the filter'),
  items: list(complaintSchema),
  nextCursor: nullable(str('pass as ?cursor= for the next page; null on the last page')),
});

const oneSchema = obj({ asOf: ledgerPointSchema, at: time('the time in question'), complaint: complaintSchema });

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: ListQuery }>(
    '/v1/complaints',
    {
      schema: {
        tags: ['complaints'],
        summary: 'Complaints, filtered and paged (no personal data: no complainant, contact or text)',
        querystring: query({
          asOf: asOfParam,
          at: atParam,
          status: oneOf(COMPLAINT_STATUSES),
          community: str('community id'),
          company: str('property company id (the company serving the community)'),
          category: oneOf(COMPLAINT_CATEGORIES),
          overdue: {
            type: 'boolean',
            description: 'true: only complaints overdue at the time in question; false: only those not',
          },
          order: oneOf(
            ['filing', 'newest'],
            'filing: oldest first (the default); newest: the most recently filed first',
          ),
          limit: limitParam(200, 50),
          cursor: cursorParam,
        }),
        response: responses(pageSchema),
      },
    },
    (request, reply) => {
      const q = request.query;
      return replyWithState(ctx, request, reply, { asOf: q.asOf, time: { at: q.at } }, (view, at) => {
        const board = view.state(BOARD);
        const newestFirst = q.order === 'newest';
        const start =
          newestFirst && q.cursor === undefined
            ? right(board.order.length - 1)
            : decodeCursor(q.cursor, board.order.length);
        if (isLeft(start)) return start;
        const filter = {
          at: at!,
          ...(q.status !== undefined ? { status: q.status } : {}),
          ...(q.community !== undefined ? { community: q.community } : {}),
          ...(q.company !== undefined ? { company: q.company } : {}),
          ...(q.category !== undefined ? { category: q.category } : {}),
          ...(q.overdue !== undefined ? { overdue: q.overdue } : {}),
        };
        const page = pageComplaints(board, filter, start.right, q.limit, newestFirst);
        return right({
          asOf: ledgerPointOf(view),
          at: at!,
          total: page.total,
          items: page.items,
          nextCursor: page.next === null ? null : encodeCursor(page.next),
        });
      });
    },
  );

  app.get<{ Params: { complaintId: string }; Querystring: { asOf?: string; at?: string } }>(
    '/v1/complaints/:complaintId',
    {
      schema: {
        tags: ['complaints'],
        summary: 'One complaint',
        params: pathParams('complaintId'),
        querystring: query({ asOf: asOfParam, at: atParam }),
        response: responses(oneSchema, 404),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf, time: { at: request.query.at } }, (view, at) => {
        const board = view.state(BOARD);
        const card = ownEntry(board.complaints, request.params.complaintId);
        if (!card) return left(notFound('complaint', request.params.complaintId));
        return right({ asOf: ledgerPointOf(view), at: at!, complaint: complaintDto(card, at!) });
      }),
  );
}

/** The complaint routes. */
export const complaintRoutes: RouteModule = { needs: [BOARD.name], register };
