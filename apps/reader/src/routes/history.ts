/**
 * `GET /v1/streams/:streamId/history`: every event of one aggregate in order with what it
 * changed in the aggregate's state. The public sees events erased (personal fields read as
 * erased markers) and secret ballots withheld whole, changes included; an auditor sees the
 * events opened through the key store and every change.
 */
import { erasedView, type RecordedEvent, streamHistory } from '@govledger/core';
import { audit } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import { notModified } from '../conditional.ts';
import type { ReaderContext } from '../context.ts';
import { itemChangeSchema } from '../dto/changes.ts';
import { auditorEventDto, eventSchema, publicEventDto, SECRET_EVENT_TYPES } from '../dto/event.ts';
import { notFound } from '../errors.ts';
import { responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { list, nullable, obj, oneOf, pathParams, str } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';
import { openEvent } from './streams.ts';

/** The most events a history answers with (longer streams are answered by /events pages). */
const MAX_HISTORY = 5000;

const historySchema = obj({
  streamId: str(),
  access: oneOf(['public', 'auditor']),
  personalData: oneOf(['hidden', 'opened', 'sealed']),
  steps: list(
    obj({
      event: eventSchema,
      changes: nullable(
        list(
          itemChangeSchema,
          "what the event changed in the aggregate's state; null when withheld or no aggregate folds the stream",
        ),
      ),
    }),
  ),
});

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Params: { streamId: string } }>(
    '/v1/streams/:streamId/history',
    {
      schema: {
        tags: ['events'],
        summary: "One aggregate's history: every event in order and what it changed in the aggregate's state",
        params: pathParams('streamId'),
        response: responses(historySchema, 401, 404, 503),
      },
    },
    async (request, reply) => {
      const { streamId } = request.params;
      const auditor = request.access === 'auditor';
      reply.header('vary', 'authorization');
      if (auditor) reply.header('cache-control', 'no-store');
      else {
        const head = await ctx.heads.current();
        if (notModified(request.headers['if-none-match'], reply, head.etag)) return reply;
      }
      const events: RecordedEvent[] = [];
      for await (const recorded of ctx.store.readStream(streamId, { limit: MAX_HISTORY })) {
        if (!auditor) {
          events.push(erasedView(recorded));
          continue;
        }
        const opened = await openEvent(ctx, recorded);
        if ('_tag' in opened) return sendFailure(reply, opened);
        events.push(opened);
      }
      if (events.length === 0) return sendFailure(reply, notFound('stream', streamId));
      const steps = streamHistory(events, audit.aggregateOfStream(streamId)).map(({ event, changes }) => {
        if (auditor) return { event: auditorEventDto(event), changes };
        const secret = SECRET_EVENT_TYPES.has(event.type);
        return { event: publicEventDto(event), changes: secret ? null : changes };
      });
      return {
        streamId,
        access: auditor ? 'auditor' : 'public',
        personalData: auditor ? (ctx.keyStore ? 'opened' : 'sealed') : 'hidden',
        steps,
      };
    },
  );
}

/** The stream history route. */
export const historyRoutes: RouteModule = { needs: [], register };
