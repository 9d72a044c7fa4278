import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addSignatureLines,
  COSIGNATURE_V1_TYPE,
  formatAddCheckpoint,
  generateSignerKey,
  openStateNote,
  parseVerifierKey,
  verifierKeyOf,
  verifyCosignatures,
} from '@govledger/core';
import { must } from '@govledger/core/testing';
import { createReader } from '@govledger/reader';
import { openSqliteStore } from '@govledger/store-sqlite';
import { createWitness, readApiSource, StateReplay, WitnessState } from '@govledger/witness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjections } from '../projections.ts';
import { fetchOverReader } from '../test-support/fetch-over-reader.ts';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

const TOKEN = 'auditor-token-for-the-witness';

describe('a replaying witness over the read API of a real ledger', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let witnessDir: string;
  let ledger: { vkey: string; checkpoint: string; stateNote: string };
  beforeAll(async () => {
    scratch = scratchDir();
    witnessDir = mkdtempSync(join(tmpdir(), 'replaying-witness-'));
    const cwd = scratch.dir;
    await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd });
    // 300 entries: more than one 256-entry bundle, so a full and a partial tile are read.
    await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(300) });
    const stateNote = (await govledger(['checkpoint', '--db', 'l.db', '--state'], { cwd })).stdout;
    const size = stateNote.split('\n')[1]!;
    const checkpoint = (await govledger(['checkpoint', '--db', 'l.db', '--size', size], { cwd })).stdout;
    const vkey = (await govledger(['key', '--db', 'l.db'], { cwd })).stdout.trim();
    ledger = { vkey, checkpoint, stateNote };
  }, 120_000);
  afterAll(() => {
    scratch.remove();
    rmSync(witnessDir, { recursive: true, force: true });
  });

  it('fetches the entries from the tiles, replays them and cosigns the state note the ledger signed', async () => {
    const store = openSqliteStore(join(scratch.dir, 'l.db'), { readonly: true });
    const reader = createReader({
      store,
      projections: allProjections,
      rateLimit: false,
      docs: false,
      auditorToken: TOKEN,
    });
    const overReader = fetchOverReader(reader);
    const state = must(WitnessState.open(witnessDir));
    const log = must(parseVerifierKey(ledger.vkey));
    const cosigner = must(generateSignerKey('court.example/witness', COSIGNATURE_V1_TYPE));
    const source = readApiSource({ url: 'http://ledger.test/', token: TOKEN, fetch: overReader });
    const witness = createWitness({
      state,
      logs: [log],
      cosigner,
      replays: new Map([[log.name, new StateReplay(allProjections, source)]]),
    });
    const post = (url: string, payload: string) =>
      witness.inject({ method: 'POST', url, payload, headers: { 'content-type': 'text/plain' } });
    try {
      const cosignedCheckpoint = await post(
        '/add-checkpoint',
        formatAddCheckpoint({ oldSize: 0, proof: [], note: ledger.checkpoint }),
      );
      expect(cosignedCheckpoint.statusCode, cosignedCheckpoint.body).toBe(200);
      const answer = await post('/add-state', ledger.stateNote);
      expect(answer.statusCode, answer.body).toBe(200);
      const cosigned = addSignatureLines(ledger.stateNote, [answer.body]);
      expect(must(verifyCosignatures(cosigned, [verifierKeyOf(cosigner)]))).toHaveLength(1);
      expect(must(openStateNote(cosigned, [log])).head.size).toBe(300);
    } finally {
      await witness.close();
      state.close();
      await reader.close();
      await store.close();
    }
  });

  it('refuses to replay without the read API to replay from', async () => {
    const cwd = scratch.dir;
    await govledger(['witness', 'keygen', '--name', 'court.example/witness', '--key', 'w.key'], { cwd });
    const run = await govledger(
      ['witness', 'serve', '--replay', '--state', 'ws', '--key', 'w.key', '--log', ledger.vkey],
      { cwd },
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--replay needs --log-url');
  });
});
