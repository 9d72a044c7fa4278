/**
 * `GET /v1/streams/:streamId/events?fromVersion=&limit=`: the events of one stream, in stream
 * order. The public gets core's `erasedView` (every sealed personal field reads as erased)
 * with secret ballots withheld; an auditor (bearer token) gets the events as recorded, with
 * personal fields opened through the key store where their subject was not erased.
 */
import { describePersonalDataError, openPersonalData, type RecordedEvent } from '@govledger/core';
import { votes } from '@govledger/governance';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { FastifyInstance } from 'fastify';
import { notModified } from '../conditional.ts';
import type { ReaderContext } from '../context.ts';
import { auditorEventDto, type EventDto, eventSchema, publicEventDto } from '../dto/event.ts';
import { notFound, type ReaderFailure } from '../errors.ts';
import { limitParam } from '../query-params.ts';
import { responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { list, nullable, obj, oneOf, pathParams, query, str, count } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';

/** How personal fields appear in an answer. */
export type PersonalDataMode = 'hidden' | 'opened' | 'sealed';

/** One page of a stream's events. */
export interface StreamEventsDto {
  readonly streamId: string;
  readonly access: 'public' | 'auditor';
  /** hidden: erased markers (public); opened: plaintext where the key exists (auditor); sealed: ciphertext envelopes (auditor, no key store). */
  readonly personalData: PersonalDataMode;
  readonly events: readonly EventDto[];
  /** The `fromVersion` of the next page, or null at the end of the stream. */
  readonly nextFromVersion: number | null;
}

const streamEventsSchema = obj({
  streamId: str(),
  access: oneOf(['public', 'auditor']),
  personalData: oneOf(['hidden', 'opened', 'sealed'], 'how personal fields appear'),
  events: list(eventSchema),
  nextFromVersion: nullable(count('fromVersion of the next page, null at the end')),
});

/** An event with its personal fields opened through the key store, or why it cannot be. */
export async function openEvent(ctx: ReaderContext, event: RecordedEvent): Promise<RecordedEvent | ReaderFailure> {
  if (!ctx.keyStore) return event;
  // Ballots stay sealed: only an inspection on objection opens them (docs/privacy.md).
  const opened = await openPersonalData(event, ctx.keyStore, { keepSealed: votes.isBallotBoxSubject });
  if (!isLeft(opened)) return opened.right;
  const error = opened.left;
  return error._tag.startsWith('KeyStore')
    ? {
        _tag: 'Unavailable',
        reason: 'the personal-data key store could not answer; the operator can find why in the log',
      }
    : { _tag: 'Unavailable', reason: describePersonalDataError(error) };
}

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Params: { streamId: string }; Querystring: { fromVersion: number; limit: number } }>(
    '/v1/streams/:streamId/events',
    {
      schema: {
        tags: ['events'],
        summary: "One stream's events: public view (personal fields erased, ballots withheld) or, for auditors, opened",
        params: pathParams('streamId'),
        querystring: query({
          fromVersion: { type: 'integer', minimum: 0, default: 0, description: 'first stream version (0-based)' },
          limit: limitParam(500, 100),
        }),
        response: responses(streamEventsSchema, 401, 404, 503),
      },
    },
    async (request, reply) => {
      const { streamId } = request.params;
      const { fromVersion, limit } = request.query;
      const auditor = request.access === 'auditor';
      // The answer depends on who asks: caches must keep the public and auditor views apart.
      reply.header('vary', 'authorization');
      if (auditor) {
        reply.header('cache-control', 'no-store');
      } else {
        const head = await ctx.heads.current();
        if (notModified(request.headers['if-none-match'], reply, head.etag)) return reply;
      }
      const recorded: RecordedEvent[] = [];
      for await (const event of ctx.store.readStream(streamId, { fromVersion, limit: limit + 1 })) recorded.push(event);
      if (recorded.length === 0 && (await ctx.store.streamVersion(streamId)) === 'no-stream') {
        return sendFailure(reply, notFound('stream', streamId));
      }
      const page = recorded.slice(0, limit);
      const events: EventDto[] = [];
      for (const event of page) {
        if (!auditor) {
          events.push(publicEventDto(event));
          continue;
        }
        const opened = await openEvent(ctx, event);
        if ('_tag' in opened) {
          request.log.warn({ streamId, index: event.index }, 'personal data of an event could not be opened');
          return sendFailure(reply, opened);
        }
        events.push(auditorEventDto(opened));
      }
      const dto: StreamEventsDto = {
        streamId,
        access: auditor ? 'auditor' : 'public',
        personalData: auditor ? (ctx.keyStore ? 'opened' : 'sealed') : 'hidden',
        events,
        nextFromVersion: recorded.length > limit ? fromVersion + limit : null,
      };
      return dto;
    },
  );
}

/** The stream events route. */
export const streamRoutes: RouteModule = { needs: [], register };
