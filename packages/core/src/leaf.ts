/**
 * The canonical leaf: the stored, hashed and exported form of an event.
 *
 * Leaf bytes are the RFC 8785 (JCS) canonical JSON of
 * `{streamId, streamVersion, eventId, type, schemaVersion, data, metadata}`, computed once at
 * append and kept verbatim. `index` is not in the leaf: it is the leaf's position.
 */
import { canonicalJson } from './canonical-json.ts';
import type { RecordedEvent } from './envelope.ts';

/** The fields of a recorded event that make up its leaf (everything but the derived `index`). */
export type LeafFields = Omit<RecordedEvent, 'index'>;

/** RFC 8785 canonical JSON bytes (UTF-8) of a recorded event without its index. */
export function canonicalLeaf(event: LeafFields): Buffer {
  const fields = {
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
  };
  return Buffer.from(canonicalJson(fields), 'utf8');
}

/** Parses stored leaf bytes back into the recorded event at `index`. */
export function parseLeaf(leaf: Uint8Array | string, index: number): RecordedEvent {
  const text =
    typeof leaf === 'string' ? leaf : Buffer.from(leaf.buffer, leaf.byteOffset, leaf.byteLength).toString('utf8');
  const event = JSON.parse(text) as LeafFields;
  return { index, ...event };
}

/**
 * Where `value` is not plain JSON (undefined, a non-finite number, a function, a class
 * instance, a bigint …): the first offending path and why, or null when it is plain JSON.
 * Such values would be silently dropped or altered by canonicalisation.
 */
export function nonJsonProblem(value: unknown, path = 'data'): { path: string; reason: string } | null {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : { path, reason: `number ${value} is not representable in JSON` };
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const problem = nonJsonProblem(value[i], `${path}.${i}`);
          if (problem) return problem;
        }
        return null;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        return { path, reason: `a ${proto?.constructor?.name ?? 'non-plain'} object is not plain JSON` };
      }
      for (const key of Object.keys(value)) {
        const problem = nonJsonProblem((value as Record<string, unknown>)[key], `${path}.${key}`);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return { path, reason: `a ${typeof value} is not representable in JSON` };
  }
}
