/**
 * The bytes of a stored projection state, shared by the stores that keep snapshots on disk.
 * A state is serialised with `node:v8` (the structured clone format: Maps, Sets, Dates, typed
 * arrays, cycles; not functions or class prototypes), so every load returns a fresh deep copy
 * the caller owns. When the state holds large collections of same-shaped records they are
 * stored as record tables first (see `record-tables.ts`), behind a four-byte tag; otherwise
 * the bytes are `node:v8`'s alone, as every earlier snapshot was written, and load as before.
 */
import { deserialize, serialize } from 'node:v8';
import { packRecordTables, unpackRecordTables } from './record-tables.ts';

/** Tags bytes whose state was packed into record tables. `node:v8` output starts with 0xFF instead. */
const RECORD_TABLES_TAG = Buffer.from('GLRT', 'latin1');

/** Serialises a projection state (throws a DataCloneError for a state v8 cannot clone). */
export function encodeSnapshotState(state: unknown): Buffer {
  const packed = packRecordTables(state);
  if (packed === state) return serialize(state);
  return Buffer.concat([RECORD_TABLES_TAG, serialize(packed)]);
}

/** The state {@link encodeSnapshotState} serialised, as a fresh deep copy. */
export function decodeSnapshotState(bytes: Uint8Array): unknown {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, RECORD_TABLES_TAG.length).equals(RECORD_TABLES_TAG)) return deserialize(buffer);
  return unpackRecordTables(deserialize(buffer.subarray(RECORD_TABLES_TAG.length)));
}
