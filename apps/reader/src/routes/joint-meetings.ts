/**
 * Four-party joint meetings 四方联席会议:
 * - `GET /v1/joint-meetings?community=`: meetings in brief, with resolution counts;
 * - `GET /v1/joint-meetings/:meetingId`: one meeting with its resolutions;
 * - `GET /v1/joint-meetings/resolutions/overdue`: open resolutions overdue at the time in question.
 */
import { left, right } from 'fp-ts/lib/Either.js';
import { jointMeetings } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import {
  meetingDto,
  meetingSchema,
  meetingSummaryDto,
  meetingSummarySchema,
  overdueResolutionDtos,
  resolutionSchema,
} from '../dto/joint-meetings.ts';
import { notFound } from '../errors.ts';
import { ownEntry } from '../own-entry.ts';
import { asOfParam, atParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { count, list, obj, pathParams, query, str, time } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const MEETINGS = jointMeetings.jointMeetings;

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string; community?: string } }>(
    '/v1/joint-meetings',
    {
      schema: {
        tags: ['joint-meetings'],
        summary: 'Joint meetings in brief, by meeting id',
        querystring: query({ asOf: asOfParam, community: str('community id') }),
        response: responses(
          obj({
            asOf: ledgerPointSchema,
            openResolutions: count(),
            completedResolutions: count(),
            meetings: list(meetingSummarySchema),
          }),
        ),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const state = view.state(MEETINGS);
        const { community } = request.query;
        const meetings = Object.keys(state.meetings)
          .sort()
          .map((id) => state.meetings[id]!)
          .filter((m) => community === undefined || m.communityId === community)
          .map(meetingSummaryDto);
        return right({
          asOf: ledgerPointOf(view),
          openResolutions: state.openResolutions,
          completedResolutions: state.completedResolutions,
          meetings,
        });
      }),
  );

  app.get<{ Querystring: { asOf?: string; at?: string } }>(
    '/v1/joint-meetings/resolutions/overdue',
    {
      schema: {
        tags: ['joint-meetings'],
        summary: 'Open resolutions overdue at the time in question, most overdue first',
        querystring: query({ asOf: asOfParam, at: atParam }),
        response: responses(
          obj({ asOf: ledgerPointSchema, at: time('the time in question'), resolutions: list(resolutionSchema) }),
        ),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf, time: { at: request.query.at } }, (view, at) =>
        right({
          asOf: ledgerPointOf(view),
          at: at!,
          resolutions: overdueResolutionDtos(view.state(MEETINGS), at!),
        }),
      ),
  );

  app.get<{ Params: { meetingId: string }; Querystring: { asOf?: string; at?: string } }>(
    '/v1/joint-meetings/:meetingId',
    {
      schema: {
        tags: ['joint-meetings'],
        summary: 'One joint meeting: parties, topics and resolutions',
        params: pathParams('meetingId'),
        querystring: query({ asOf: asOfParam, at: atParam }),
        response: responses(
          obj({ asOf: ledgerPointSchema, at: time('the time in question'), meeting: meetingSchema }),
          404,
        ),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf, time: { at: request.query.at } }, (view, at) => {
        const meeting = ownEntry(view.state(MEETINGS).meetings, request.params.meetingId);
        return meeting
          ? right({ asOf: ledgerPointOf(view), at: at!, meeting: meetingDto(meeting, at!) })
          : left(notFound('joint meeting', request.params.meetingId));
      }),
  );
}

/** The joint-meeting routes. */
export const jointMeetingRoutes: RouteModule = { needs: [MEETINGS.name], register };
