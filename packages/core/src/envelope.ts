/**
 * The event envelope: what a caller proposes and what the ledger records.
 *
 * A proposed event is a fact a decider produced; the store turns it into a recorded event by
 * assigning its place in the log (`index`), in its stream (`streamVersion`), a UUIDv7
 * `eventId` and the `recordedAt` time. Times are ISO-8601 UTC strings; ids are strings.
 */
import * as t from 'io-ts';
import { isExactProposedEvent, isExactRecordedEvent } from './envelope-fast-check.ts';
import { EARLIEST_YEAR, isRealIsoTime, isValidId, LATEST_YEAR } from './envelope-fields.ts';
import { refuseUnknownKeys } from './exact-codec.ts';

export { EARLIEST_YEAR, isRealIsoTime, isValidId, LATEST_YEAR } from './envelope-fields.ts';

/**
 * A string codec that also checks `valid`, keeping the plain `string` type (no brand), so
 * values built in code need no casts. Decoding reports `reason` on failure.
 */
export function checkedString(
  name: string,
  valid: (s: string) => boolean,
  reason: string,
): t.Type<string, string, unknown> {
  return new t.Type<string, string, unknown>(
    name,
    (u): u is string => typeof u === 'string' && valid(u),
    (u, c) =>
      typeof u !== 'string'
        ? t.failure(u, c, `expected ${name} (a string), got ${u === undefined ? 'nothing' : JSON.stringify(u)}`)
        : valid(u)
          ? t.success(u)
          : t.failure(u, c, `${JSON.stringify(u).slice(0, 60)} is not ${reason}`),
    t.identity,
  );
}

/**
 * An integer codec that also checks `valid`, keeping the plain `number` type (no brand), so
 * values built in code need no casts. Only safe integers pass (a JSON number beyond 2^53 − 1
 * cannot round-trip exactly); decoding reports `reason` on failure, as `expected <reason>, got …`.
 *
 * @example
 * const Satisfaction = checkedInteger('Satisfaction', (n) => n >= 1 && n <= 5, 'an integer from 1 to 5');
 */
export function checkedInteger(
  name: string,
  valid: (n: number) => boolean,
  reason: string,
): t.Type<number, number, unknown> {
  const is = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u) && valid(u);
  return new t.Type<number, number, unknown>(
    name,
    is,
    (u, c) => (is(u) ? t.success(u) : t.failure(u, c, `expected ${reason}, got ${JSON.stringify(u)}`)),
    t.identity,
  );
}

/**
 * Codec for an ISO-8601 UTC time string such as `2024-03-01T08:00:00.000Z` (a trailing `Z` is
 * required): a real calendar date and clock, years 1900 to 2999 (see {@link isRealIsoTime}).
 */
export const IsoTime = checkedString(
  'IsoTime',
  isRealIsoTime,
  `a real ISO-8601 UTC time like 2024-03-01T08:00:00Z (a date of the calendar, years ${EARLIEST_YEAR} to ${LATEST_YEAR})`,
);
export type IsoTime = string;

/** Codec for a non-empty string of at most 512 characters (a role, a title, a name). */
export const NonEmptyString = checkedString(
  'NonEmptyString',
  (s) => s.length > 0 && s.length <= 512,
  'a non-empty string of at most 512 characters',
);

/** Codec of every id (streams, events, actors, complaints, votes, communities …): see {@link isValidId}. */
export const Id = checkedString(
  'Id',
  isValidId,
  'an id: 1 to 512 characters, not blank, without control characters, "/", "\\", ".." or "__proto__"',
);
export type Id = string;

/** Who performed an act and in which capacity (e.g. `{id: 'bureau-zjg', role: 'housing-bureau'}`). */
export const Actor = refuseUnknownKeys(t.type({ id: Id, role: NonEmptyString }), 'Actor');
export type Actor = t.TypeOf<typeof Actor>;

/** Metadata a caller supplies with each proposed event. */
export const ProposedMetadata = t.intersection(
  [
    t.type({ actor: Actor, occurredAt: IsoTime }),
    t.partial({
      correlationId: Id,
      causationId: Id,
      /**
       * Present (and `true`) only on a late record of an earlier act, dated further back than
       * the ledger's time policy otherwise allows (see `checkOccurredAt`); readers show it.
       */
      backfilled: t.literal(true),
    }),
  ],
  'ProposedMetadata',
);
export type ProposedMetadata = t.TypeOf<typeof ProposedMetadata>;

/** A positive integer schema version (1, 2, …) of an event type's `data` shape. */
export const SchemaVersion = new t.Type<number, number, unknown>(
  'SchemaVersion',
  (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= 1 && u <= 65535,
  (u, c) =>
    typeof u === 'number' && Number.isInteger(u) && u >= 1 && u <= 65535
      ? t.success(u)
      : t.failure(u, c, `expected an integer schema version from 1 to 65535, got ${JSON.stringify(u)}`),
  t.identity,
);

/**
 * An event as a caller proposes it. `data` must be a JSON object: the store canonicalises it
 * (RFC 8785) so anything that does not survive JSON (undefined, NaN, functions) is refused.
 */
export const ProposedEvent = refuseUnknownKeys(
  t.type({
    streamId: Id,
    type: NonEmptyString,
    schemaVersion: SchemaVersion,
    data: t.UnknownRecord,
    metadata: ProposedMetadata,
  }),
  'ProposedEvent',
  isExactProposedEvent,
);
export type ProposedEvent = t.TypeOf<typeof ProposedEvent>;

/** Metadata of a recorded event: the proposed metadata plus the store's `recordedAt`. */
export const RecordedMetadata = t.intersection([ProposedMetadata, t.type({ recordedAt: IsoTime })], 'RecordedMetadata');
export type RecordedMetadata = t.TypeOf<typeof RecordedMetadata>;

/**
 * An event as the ledger holds it. `index` is its 0-based position in the whole log (derived:
 * it is the leaf number, not part of the leaf bytes); `streamVersion` is its 0-based position
 * in its stream.
 */
export const RecordedEvent = refuseUnknownKeys(
  t.type({
    index: t.number,
    streamId: Id,
    streamVersion: t.number,
    eventId: Id,
    type: NonEmptyString,
    schemaVersion: SchemaVersion,
    data: t.UnknownRecord,
    metadata: RecordedMetadata,
  }),
  'RecordedEvent',
  isExactRecordedEvent,
);
export type RecordedEvent = t.TypeOf<typeof RecordedEvent>;

/**
 * A recorded event with its `data` typed by the caller. Stores return `RecordedEvent`; domain
 * code narrows `data` with the event type's codec.
 */
export type TypedRecordedEvent<Type extends string, Data> = Omit<RecordedEvent, 'type' | 'data'> & {
  readonly type: Type;
  readonly data: Data;
};
