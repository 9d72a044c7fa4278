/**
 * Projection snapshots kept in the ledger, as the SQLite store keeps them: core's snapshot
 * codec, gzip at the fastest level; saving version v of a projection drops its other
 * versions, and only the newest {@link PG_SNAPSHOTS_KEPT} sizes of a (name, version) survive,
 * plus the milestones (multiples of core's `SNAPSHOT_MILESTONE`) replays "as of" resume from.
 */
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { decodeSnapshotState, encodeSnapshotState, type ProjectionSnapshot, SNAPSHOT_MILESTONE } from '@govledger/core';
import type { Pool } from './connection.ts';

/** How many snapshot sizes of one (name, version) survive a save. */
export const PG_SNAPSHOTS_KEPT = 4;

/** The `snapshots` table. `size` is the ledger size the state was folded up to. */
export class SnapshotTable {
  readonly #sql: () => Pool;
  readonly #s: string;

  constructor(sql: () => Pool, quotedSchema: string) {
    this.#sql = sql;
    this.#s = quotedSchema;
  }

  /** The newest snapshot of (name, version) with `size <= maxSize`, deserialised afresh. */
  async load(name: string, version: number, maxSize: number): Promise<ProjectionSnapshot | null> {
    const [row] = await this.#sql().unsafe<{ size: number; state: Buffer }[]>(
      `SELECT size, state FROM ${this.#s}.snapshots WHERE name = $1 AND version = $2 AND size <= $3
       ORDER BY size DESC LIMIT 1`,
      [name, version, maxSize],
      { prepare: true },
    );
    return row ? { name, version, size: row.size, state: decodeSnapshotState(gunzipSync(row.state)) } : null;
  }

  /** Serialises and stores a snapshot, pruning as the module comment says, in one transaction. */
  async save(snapshot: ProjectionSnapshot): Promise<void> {
    const state = gzipSync(encodeSnapshotState(snapshot.state), { level: constants.Z_BEST_SPEED });
    const s = this.#s;
    const { name, version, size } = snapshot;
    await this.#sql().begin(async (tx) => {
      await tx.unsafe(`DELETE FROM ${s}.snapshots WHERE name = $1 AND version <> $2`, [name, version]);
      await tx.unsafe(
        `INSERT INTO ${s}.snapshots (name, version, size, state) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name, version, size) DO UPDATE SET state = excluded.state`,
        [name, version, size, state] as never,
      );
      await tx.unsafe(
        `DELETE FROM ${s}.snapshots WHERE name = $1 AND version = $2
           AND (size = 0 OR size % ${SNAPSHOT_MILESTONE} <> 0)
           AND size NOT IN (SELECT size FROM ${s}.snapshots WHERE name = $1 AND version = $2
                            ORDER BY size DESC LIMIT ${PG_SNAPSHOTS_KEPT})`,
        [name, version],
      );
    });
  }
}
