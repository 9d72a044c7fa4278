/**
 * Projection snapshots kept in the file, implementing core's `SnapshotStore` storage. A state
 * is serialised by core's snapshot codec (`node:v8`'s structured clone format, with large
 * collections of same-shaped records as columns), so every load returns a fresh deep copy the
 * caller owns. Saving version v of a projection drops its other versions, and only the
 * newest {@link SNAPSHOTS_KEPT} sizes of a (name, version) are kept, plus the milestones
 * (sizes that are multiples of core's `SNAPSHOT_MILESTONE`) that replays as of the past
 * resume from.
 *
 * The serialised state is stored gzip-compressed at the fastest level: states are mostly
 * repeated keys and ids, so a snapshot shrinks about six-fold, and reading the smaller blob
 * and inflating it costs less than reading the large one. Blobs saved uncompressed by
 * earlier versions still load: the codec's bytes start with its tag or `node:v8`'s version
 * tag 0xFF, a gzip stream with 0x1F 0x8B.
 */
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { decodeSnapshotState, encodeSnapshotState, type ProjectionSnapshot, SNAPSHOT_MILESTONE } from '@govledger/core';
import type Database from 'better-sqlite3';

/** How many snapshot sizes of one (name, version) survive a save: enough for replays "as of" a recent past. */
export const SNAPSHOTS_KEPT = 4;

/** The `snapshots` table. `size` is the ledger size the state was folded up to. */
export class SnapshotTable {
  readonly #load: Database.Statement<[string, number, number], [number, Buffer]>;
  readonly #save: (snapshot: ProjectionSnapshot, state: Buffer) => void;

  constructor(db: Database.Database) {
    this.#load = db
      .prepare<[string, number, number], [number, Buffer]>(
        'SELECT size, state FROM snapshots WHERE name = ? AND version = ? AND size <= ? ORDER BY size DESC LIMIT 1',
      )
      .raw();
    const dropOtherVersions = db.prepare('DELETE FROM snapshots WHERE name = ? AND version <> ?');
    const upsert = db.prepare(
      `INSERT INTO snapshots (name, version, size, state) VALUES (?, ?, ?, ?)
       ON CONFLICT (name, version, size) DO UPDATE SET state = excluded.state`,
    );
    const prune = db.prepare(
      `DELETE FROM snapshots WHERE name = @name AND version = @version AND (size = 0 OR size % ${SNAPSHOT_MILESTONE} <> 0) AND size NOT IN
       (SELECT size FROM snapshots WHERE name = @name AND version = @version ORDER BY size DESC LIMIT ${SNAPSHOTS_KEPT})`,
    );
    const save = db.transaction(({ name, version, size }: ProjectionSnapshot, state: Buffer) => {
      dropOtherVersions.run(name, version);
      upsert.run(name, version, size, state);
      prune.run({ name, version });
    });
    this.#save = (snapshot, state) => save.immediate(snapshot, state);
  }

  /** The newest snapshot of (name, version) with `size <= maxSize`, deserialised afresh. */
  load(name: string, version: number, maxSize: number): ProjectionSnapshot | null {
    const row = this.#load.get(name, version, maxSize);
    return row ? { name, version, size: row[0], state: decodeSnapshotState(inflated(row[1])) } : null;
  }

  /** Serialises and stores a snapshot (throws a DataCloneError for a state v8 cannot clone). */
  save(snapshot: ProjectionSnapshot): void {
    this.#save(snapshot, gzipSync(encodeSnapshotState(snapshot.state), { level: constants.Z_BEST_SPEED }));
  }
}

/** The codec's bytes of a stored state: gunzipped, or as stored by versions that did not compress. */
function inflated(blob: Buffer): Buffer {
  if (blob[0] !== 0x1f || blob[1] !== 0x8b) return blob;
  // The gzip trailer ends with the inflated size (mod 2^32): one output buffer of that size
  // spares gathering chunks and copying them all once more.
  const size = blob.readUInt32LE(blob.length - 4);
  return gunzipSync(blob, { chunkSize: Math.max(MIN_CHUNK_BYTES, size + 64) });
}

const MIN_CHUNK_BYTES = 16 * 1024;
