import * as t from 'io-ts';
import type { ProposedEvent, RecordedEvent } from '../envelope.ts';
import { defineEvent, EventCatalogue } from '../event-catalogue.ts';
import { personal } from './marking.ts';

/** A complaint with the complainant's name (required) and phone (optional). */
export const ComplaintFiled = defineEvent(
  'ComplaintFiled',
  t.intersection([
    t.type({
      complaintId: t.string,
      complainantId: t.string,
      complainantName: personal(t.string, 'complainantId'),
      category: t.string,
    }),
    t.partial({ phone: personal(t.string, 'complainantId') }),
  ]),
);

/** Ballots of several owners in one event: personal names in an array of strict objects. */
export const BallotsCast = defineEvent(
  'BallotsCast',
  t.type({
    voteId: t.string,
    ballots: t.readonlyArray(
      t.strict({
        ownerId: t.string,
        ownerName: personal(t.string, 'ownerId'),
        choice: t.keyof({ for: null, against: null }),
      }),
    ),
  }),
);

/** A whole object as one personal value. */
export const OwnerRegistered = defineEvent(
  'OwnerRegistered',
  t.readonly(t.type({ ownerId: t.string, contact: personal(t.type({ name: t.string, phone: t.string }), 'ownerId') })),
);

/** An event without personal data. */
export const NoticePublished = defineEvent('NoticePublished', t.type({ noticeId: t.string, title: t.string }));

/** The fixture catalogue. */
export const catalogue = new EventCatalogue([ComplaintFiled, BallotsCast, OwnerRegistered, NoticePublished]);

/** A proposed event of the fixture catalogue. */
export function proposed(
  type: string,
  data: Record<string, unknown>,
  streamId = 'complaint-1',
  occurredAt = '2024-03-01T08:00:00.000Z',
): ProposedEvent {
  return {
    streamId,
    type,
    schemaVersion: 1,
    data,
    metadata: { actor: { id: 'bureau-zjg', role: 'housing-bureau' }, occurredAt },
  };
}

/** The recorded event a store would make of `event` at `index`. */
export function recorded(event: ProposedEvent, index = 0): RecordedEvent {
  return {
    index,
    streamId: event.streamId,
    streamVersion: 0,
    eventId: `0190b8d2-0000-7000-8000-${String(index).padStart(12, '0')}`,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: { ...event.metadata, recordedAt: '2024-03-01T08:00:01.000Z' },
  };
}

/** A complaint by subject `owner-1` named `name`. */
export function complaint(name = 'Wang Fang', phone?: string): ProposedEvent {
  return proposed('ComplaintFiled', {
    complaintId: 'c-1',
    complainantId: 'owner-1',
    complainantName: name,
    category: 'lift',
    ...(phone === undefined ? {} : { phone }),
  });
}

export { must } from '../testing/must.ts';
