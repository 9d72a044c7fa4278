/**
 * A proposed event validated and serialised ahead of its append: the costly part of an
 * append (decoding, checking plain JSON, RFC 8785 canonicalisation) done once, possibly on
 * another thread, before the store knows the event's position. Inside the write transaction
 * only the position-dependent fields are spliced in ({@link assembleLeaf}), which keeps the
 * write lock short and lets bulk appends overlap CPU work with writes.
 */
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { canonicalJson } from './canonical-json.ts';
import { type DecodeProblem, decodeWith } from './decode-error.ts';
import { ProposedEvent } from './envelope.ts';
import { nonJsonProblem } from './leaf.ts';

/** The metadata fields an event may carry (anything else is refused, never silently kept). */
const METADATA_KEYS = new Set(['actor', 'occurredAt', 'correlationId', 'causationId', 'backfilled']);
const ACTOR_KEYS = new Set(['id', 'role']);

/** A proposed event ready to be positioned: its identity and its canonical JSON parts. */
export interface EncodedEvent {
  readonly event: ProposedEvent;
  /** RFC 8785 JSON of `data`. */
  readonly dataJson: string;
  /** RFC 8785 JSON of `metadata` without `recordedAt` (every allowed key sorts before it). */
  readonly metadataJson: string;
}

function unknownKeys(value: object, allowed: ReadonlySet<string>, path: string): DecodeProblem | null {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key))
      return { path: `${path}.${key}`, reason: `unknown field; ${path} holds only ${[...allowed].join(', ')}` };
  }
  return null;
}

/** Validates one proposed event and serialises its canonical parts, or lists its problems. */
export function encodeEvent(input: unknown): Either<readonly DecodeProblem[], EncodedEvent> {
  const decoded = decodeWith(ProposedEvent, input);
  if (isLeft(decoded)) return left(decoded.left.problems);
  const event = decoded.right;
  const problem =
    unknownKeys(event.metadata, METADATA_KEYS, 'metadata') ??
    unknownKeys(event.metadata.actor, ACTOR_KEYS, 'metadata.actor') ??
    nonJsonProblem(event.data);
  if (problem) return left([problem]);
  return right({ event, dataJson: canonicalJson(event.data), metadataJson: canonicalJson(event.metadata) });
}

/** What the store assigns at append time. */
export interface LeafPosition {
  readonly streamVersion: number;
  readonly eventId: string;
  readonly recordedAt: string;
}

/**
 * The canonical leaf of an encoded event at its position: byte for byte what
 * `canonicalLeaf` gives for the recorded event (keys in RFC 8785 order: data, eventId,
 * metadata, schemaVersion, streamId, streamVersion, type).
 */
export function assembleLeaf(encoded: EncodedEvent, position: LeafPosition): string {
  const { event, dataJson, metadataJson } = encoded;
  const metadata = `${metadataJson.slice(0, -1)},"recordedAt":${JSON.stringify(position.recordedAt)}}`;
  return `{"data":${dataJson},"eventId":${JSON.stringify(position.eventId)},"metadata":${metadata},"schemaVersion":${event.schemaVersion},"streamId":${JSON.stringify(event.streamId)},"streamVersion":${position.streamVersion},"type":${JSON.stringify(event.type)}}`;
}
