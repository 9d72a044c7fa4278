/**
 * The store-independent half of an append: validate a batch, check every stream's expected
 * version, assign positions, ids and times, and compute each canonical leaf. A store then
 * writes the prepared entries and extends its Merkle log in one atomic step.
 */
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import type { DecodeProblem } from './decode-error.ts';
import type { ProposedEvent, RecordedEvent } from './envelope.ts';
import { assembleLeaf, type EncodedEvent, encodeEvent } from './encoded-event.ts';
import {
  type AppendError,
  type ExpectedVersion,
  MAX_LEAF_BYTES,
  type StreamAppend,
  type StreamVersion,
} from './store.ts';

/** One entry ready to write: the recorded event and its leaf bytes. */
export interface PreparedEntry {
  readonly event: RecordedEvent;
  readonly leaf: Buffer;
}

/** What a store tells {@link prepareAppend} about itself at the start of the transaction. */
export interface AppendContext {
  /** The ledger size now: the first new entry gets this index. */
  readonly size: number;
  /** The current version of a stream. */
  versionOf(streamId: string): StreamVersion;
  /** The time to record, already made monotonic by the store (ISO-8601 UTC). */
  readonly recordedAt: string;
  /** A fresh UUIDv7 per call. */
  newEventId(): string;
}

/** True when `actual` satisfies `expected`. */
export function expectationHolds(expected: ExpectedVersion, actual: StreamVersion): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return actual === 'no-stream';
    case 'exists':
      return actual !== 'no-stream';
    default:
      return actual === expected;
  }
}

/**
 * Validates and prepares a batch. Every proposed event is decoded with the envelope codec;
 * each event's `streamId` must match its group's; expectations are checked against the
 * versions before the batch (a stream may appear in several groups: later groups see the
 * earlier groups' events). Returns the first problem as a value; nothing is prepared then.
 * `encoded`, when given, holds every event of the batch already passed through
 * {@link encodeEvent} (in batch order, possibly on another thread), so only positions are
 * assigned here: either the results of `encodeEvent` or, as `AppendOptions.encoded` carries
 * them, the encoded events alone. An encoded event that is not of the very object at its
 * place in the batch is ignored (that event is encoded here).
 *
 * @experimental
 */
export function prepareAppend(
  batch: readonly StreamAppend[],
  context: AppendContext,
  encoded?: readonly Either<readonly DecodeProblem[], EncodedEvent>[] | readonly EncodedEvent[],
): Either<AppendError, PreparedEntry[]> {
  const versions = new Map<string, StreamVersion>();
  const prepared: PreparedEntry[] = [];
  let position = 0;
  for (const group of batch) {
    let version = versions.has(group.streamId) ? versions.get(group.streamId)! : context.versionOf(group.streamId);
    if (!expectationHolds(group.expectedVersion, version)) {
      return left({
        _tag: 'WrongExpectedVersion',
        streamId: group.streamId,
        expected: group.expectedVersion,
        actual: version,
      });
    }
    for (const proposed of group.events) {
      const event = encodedAt(encoded, position, proposed);
      if (isLeft(event)) return left({ _tag: 'InvalidEvent', position, problems: event.left });
      const entry = positionEncoded(
        event.right,
        group.streamId,
        version,
        position,
        context.size + prepared.length,
        context,
      );
      if (isLeft(entry)) return entry;
      version = entry.right.event.streamVersion;
      prepared.push(entry.right);
      position++;
    }
    versions.set(group.streamId, version);
  }
  return right(prepared);
}

/** The encoded form of `proposed` at `position`: the one given when it is of that very event, else encoded now. */
function encodedAt(
  encoded: readonly Either<readonly DecodeProblem[], EncodedEvent>[] | readonly EncodedEvent[] | undefined,
  position: number,
  proposed: ProposedEvent,
): Either<readonly DecodeProblem[], EncodedEvent> {
  const given = encoded?.[position];
  if (given === undefined) return encodeEvent(proposed);
  if ('_tag' in given) return isLeft(given) || given.right.event === proposed ? given : encodeEvent(proposed);
  return given.event === proposed ? right(given) : encodeEvent(proposed);
}

/**
 * Places one encoded event of `groupStreamId` after `version` at ledger `index`: assigns its
 * id and time, assembles its leaf and checks the size limit.
 */
export function positionEncoded(
  encoded: EncodedEvent,
  groupStreamId: string,
  version: StreamVersion,
  position: number,
  index: number,
  context: Pick<AppendContext, 'recordedAt' | 'newEventId'>,
): Either<AppendError, PreparedEntry> {
  const proposed = encoded.event;
  if (proposed.streamId !== groupStreamId) {
    return left({
      _tag: 'InvalidEvent',
      position,
      problems: [
        { path: 'streamId', reason: `event is for stream ${proposed.streamId} but was appended to ${groupStreamId}` },
      ],
    });
  }
  const streamVersion = version === 'no-stream' ? 0 : version + 1;
  const eventId = context.newEventId();
  const text = assembleLeaf(encoded, { streamVersion, eventId, recordedAt: context.recordedAt });
  const leaf = Buffer.from(text, 'utf8');
  if (leaf.length > MAX_LEAF_BYTES) {
    return left({
      _tag: 'LeafTooLarge',
      position,
      streamId: proposed.streamId,
      type: proposed.type,
      bytes: leaf.length,
      limit: MAX_LEAF_BYTES,
    });
  }
  const event: RecordedEvent = {
    index,
    streamId: proposed.streamId,
    streamVersion,
    eventId,
    type: proposed.type,
    schemaVersion: proposed.schemaVersion,
    data: proposed.data,
    metadata: { ...proposed.metadata, recordedAt: context.recordedAt },
  };
  return right({ event, leaf });
}

/** Formats an append error for a person: which event, which field, which rule. */
export function describeAppendError(error: AppendError): string {
  switch (error._tag) {
    case 'WrongExpectedVersion':
      return `stream ${error.streamId}: expected version ${String(error.expected)}, but it is at ${String(error.actual)}`;
    case 'InvalidEvent':
      return `event ${error.position}: ${error.problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`;
    case 'LeafTooLarge':
      return `event ${error.position} (${error.type} on ${error.streamId}): canonical leaf is ${error.bytes} bytes, over the ${error.limit}-byte limit; store large content elsewhere and reference it by SHA-256`;
    case 'RecordedAtBehind':
      return `asked to record at ${error.requested}, but the ledger already recorded an entry at ${error.lastRecordedAt}`;
  }
}
