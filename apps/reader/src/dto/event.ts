/**
 * Events as the read API serves them, for the public and for auditors.
 *
 * Public: every sealed personal field is replaced by core's erased marker (`erasedView`, no
 * key involved), and a secret ballot is withheld whole — its data (owner, choice, the
 * owner's area and units) and its actor — because a ballot's owner id, area or actor would
 * tie a choice to a unit and so to a person. The vote's totals stay public at
 * `/v1/votes/{voteId}`.
 *
 * Public data holds only what the event's codec declares: an undeclared field that a ledger
 * written before the codecs were exact may hold is dropped ({@link declaredData}), and
 * `withheld` says so.
 *
 * Auditor: the event as recorded, with personal fields opened through the key store
 * (`openPersonalData`: plaintext, or the erased marker where the subject was erased).
 */
import { erasedView, type RecordedEvent } from '@govledger/core';
import { governanceCatalogue } from '@govledger/governance';
import { bool, count, nullable, obj, str, time, type Schema } from '../schema.ts';
import { declaredData } from './declared-data.ts';

/** Event types whose data and actor are never public: they would link an owner to a choice. */
export const SECRET_EVENT_TYPES: ReadonlySet<string> = new Set(['BallotCast']);

/** Why a secret event is withheld from the public. */
export const WITHHELD_BALLOT =
  'ballots are secret: which owner cast which ballot is served to auditors only; the totals are public under /v1/votes';

/** One event as served. */
export interface EventDto {
  readonly index: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** True for a late record of an earlier act, dated further back than the ledger's time policy allows others. */
  readonly backfilled: boolean;
  /** The actor; `id` is null when withheld. */
  readonly actor: { readonly id: string | null; readonly role: string };
  readonly correlationId: string | null;
  readonly causationId: string | null;
  /** The event data, or null when withheld. */
  readonly data: Readonly<Record<string, unknown>> | null;
  /** Why data and actor are withheld, or null. */
  readonly withheld: string | null;
}

/** The public view of a recorded event (see the module comment). */
export function publicEventDto(event: RecordedEvent): EventDto {
  if (SECRET_EVENT_TYPES.has(event.type)) {
    return dtoOf(event, null, { id: null, role: event.metadata.actor.role }, WITHHELD_BALLOT);
  }
  const { data, dropped } = declaredData(governanceCatalogue, event.type, event.schemaVersion, erasedView(event).data);
  const withheld = dropped === 0 ? null : `${dropped} undeclared field(s) of this entry withheld`;
  return dtoOf(event, data, event.metadata.actor, withheld);
}

/** The auditor's view of an event whose personal fields were already opened (or left sealed). */
export function auditorEventDto(event: RecordedEvent): EventDto {
  return dtoOf(event, event.data, event.metadata.actor, null);
}

function dtoOf(
  event: RecordedEvent,
  data: Readonly<Record<string, unknown>> | null,
  actor: { readonly id: string | null; readonly role: string },
  withheld: string | null,
): EventDto {
  const { metadata } = event;
  return {
    index: event.index,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredAt: metadata.occurredAt,
    recordedAt: metadata.recordedAt,
    backfilled: metadata.backfilled === true,
    actor: { id: actor.id, role: actor.role },
    correlationId: metadata.correlationId ?? null,
    causationId: metadata.causationId ?? null,
    data,
    withheld,
  };
}

/** The response schema of one event. `data` is the one open object of the API: events differ by type. */
export const eventSchema: Schema = obj({
  index: count('0-based position in the whole ledger'),
  streamId: str(),
  streamVersion: count('0-based position in its stream'),
  eventId: str(),
  type: str(),
  schemaVersion: count(),
  occurredAt: time('when the act happened'),
  recordedAt: time('when the ledger recorded it'),
  backfilled: bool(
    'true when the act was recorded late as an explicit back-fill: occurredAt is the claim, recordedAt the ledger time',
  ),
  actor: obj({ id: nullable(str('null when withheld')), role: str() }),
  correlationId: nullable(str()),
  causationId: nullable(str()),
  data: {
    type: ['object', 'null'],
    additionalProperties: true,
    description:
      'The event data. Public: sealed personal fields read {"erased": true, "subject": …}. Null when withheld.',
  },
  withheld: nullable(str('why data and actor are withheld from the public, or null')),
});
