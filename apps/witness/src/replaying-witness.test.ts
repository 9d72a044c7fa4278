import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addSignatureLines,
  COSIGNATURE_V1_TYPE,
  formatAddCheckpoint,
  generateSignerKey,
  MemoryStore,
  type Projection,
  ProjectionRunner,
  signCheckpoint,
  signStateNote,
  StateCommitment,
  UpcasterRegistry,
  verifierKeyOf,
  verifyCosignatures,
} from '@govledger/core';
import { must, sampleEvent } from '@govledger/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWitness } from './create-witness.ts';
import type { LogSource } from './log-source.ts';
import { siblingRanges } from './first-difference.ts';
import { StateReplay } from './state-replay.ts';
import { WitnessState } from './witness-state.ts';

const ORIGIN = 'ledger.example/zjg';
const logKey = must(generateSignerKey(ORIGIN));
const cosigner = must(generateSignerKey('witness.example/committee', COSIGNATURE_V1_TYPE));
const NOW = new Date('2026-11-26T08:00:00Z');

/** Counts events per type, each count a public record; `inflate` makes one count lie, as a dishonest operator's code would. */
function typeCounts(inflate?: string): Projection<Map<string, number>> {
  return {
    name: 'typeCounts',
    version: 1,
    init: () => new Map(),
    evolve: (state, event) => state.set(event.type, (state.get(event.type) ?? 0) + 1),
    publicRecords: {
      touched: (_state, event) => [`type:${event.type}`],
      read: (state, key) => {
        const count = state.get(key.slice('type:'.length));
        return count === undefined ? undefined : { count: key === `type:${inflate}` ? count + 1 : count };
      },
      keys: (state) => [...state.keys()].map((type) => `type:${type}`),
    },
  };
}

const TYPES = ['Filed', 'Answered', 'Closed', 'Rated', 'Noted'];

async function operatorLog(count: number): Promise<MemoryStore> {
  let minute = 0;
  const store = new MemoryStore({ clock: () => new Date(Date.UTC(2024, 0, 1, 0, minute++)) });
  for (let i = 0; i < count; i++) {
    await store.append(`s-${i % 3}`, [sampleEvent(`s-${i % 3}`, { n: i }, TYPES[i % TYPES.length])]);
  }
  return store;
}

/** The operator: its log, the checkpoint and state note it signs at `size`, and the source it serves. */
async function operator(count: number, projection = typeCounts()) {
  const store = await operatorLog(count);
  const runner = new ProjectionRunner(store, [projection], { commitment: new StateCommitment([projection]) });
  await runner.catchUp(count);
  const logRoot = (await store.log.treeHead()).root;
  const state = runner.stateRoot()!;
  const checkpoint = signCheckpoint({ origin: ORIGIN, size: count, root: logRoot }, logKey);
  const stateNote = signStateNote(
    { origin: ORIGIN, size: count, logRoot, records: state.records, stateRoot: state.root },
    logKey,
  );
  const source: LogSource = {
    async leaves(from, to) {
      const out: Uint8Array[] = [];
      for await (const stored of store.readLeaves(from, to)) out.push(stored.leaf);
      return out;
    },
    recordProof: async (model, key) => runner.proveRecord(model, key),
  };
  return { checkpoint, stateNote, source };
}

let dir: string;
let state: WitnessState;

function witness(source: LogSource) {
  const replays = new Map([[ORIGIN, new StateReplay([typeCounts()], source)]]);
  return createWitness({ state, logs: [verifierKeyOf(logKey)], cosigner, clock: () => NOW, replays });
}

async function post(app: ReturnType<typeof witness>, url: string, payload: string) {
  const response = await app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'text/plain' } });
  return { status: response.statusCode, text: response.body };
}

const addCheckpoint = (note: string) => formatAddCheckpoint({ oldSize: 0, proof: [], note });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'replaying-witness-'));
  state = must(WitnessState.open(dir));
});

afterEach(() => {
  state.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a replaying witness (POST /add-state)', () => {
  it('cosigns a state note whose root its own replay of the cosigned log gives', async () => {
    const log = await operator(40);
    const app = witness(log.source);
    expect((await post(app, '/add-checkpoint', addCheckpoint(log.checkpoint))).status).toBe(200);
    const answer = await post(app, '/add-state', log.stateNote);
    expect(answer.status).toBe(200);
    const cosigned = addSignatureLines(log.stateNote, [answer.text]);
    expect(must(verifyCosignatures(cosigned, [verifierKeyOf(cosigner)]))).toMatchObject([
      { name: 'witness.example/committee', timestamp: NOW.getTime() / 1000 },
    ]);
  });

  it('refuses a state note whose root differs from its replay, naming the first differing record, and keeps it as evidence', async () => {
    const lying = await operator(40, typeCounts('Rated'));
    const app = witness(lying.source);
    expect((await post(app, '/add-checkpoint', addCheckpoint(lying.checkpoint))).status).toBe(200);
    const answer = await post(app, '/add-state', lying.stateNote);
    expect(answer.status).toBe(422);
    expect(answer.text).toContain('first differing record: typeCounts/type:Rated (leaf 3)');
    expect(answer.text).toContain('the replay has {"count":8}, the note\'s state {"count":9}');
    expect(readdirSync(join(dir, 'evidence'))).toHaveLength(1);
  });

  it('refuses a state note for a log prefix it never cosigned', async () => {
    const log = await operator(40);
    const app = witness(log.source);
    const unseen = await post(app, '/add-state', log.stateNote);
    expect(unseen.status).toBe(409);
    expect(unseen.text).toContain('has not cosigned the log ledger.example/zjg at size 40');
    const shorter = await operator(30);
    expect((await post(app, '/add-checkpoint', addCheckpoint(shorter.checkpoint))).status).toBe(200);
    expect((await post(app, '/add-state', log.stateNote)).status).toBe(409);
  });

  it('refuses when the entries the log serves do not hash to the checkpoint it cosigned', async () => {
    const log = await operator(40);
    const other = await operator(41);
    const app = witness({ ...log.source, leaves: (from, to) => other.source.leaves(from + 1, to + 1) });
    expect((await post(app, '/add-checkpoint', addCheckpoint(log.checkpoint))).status).toBe(200);
    const answer = await post(app, '/add-state', log.stateNote);
    expect(answer.status).toBe(502);
    expect(answer.text).toMatch(/not the cosigned root|do not replay/);
  });

  it('refuses a state note the log did not sign', async () => {
    const log = await operator(40);
    const app = witness(log.source);
    await post(app, '/add-checkpoint', addCheckpoint(log.checkpoint));
    const forged = log.stateNote.replace(/— (\S+) (\S+)\n$/, (_line, name) => `— ${name} ${'A'.repeat(96)}\n`);
    expect((await post(app, '/add-state', forged)).status).toBe(403);
  });
});

describe('a replay under the log’s upcasters', () => {
  /** Keys each type by the schema version it is read at: it differs unless old events are lifted. */
  const versions: Projection<Map<string, number>> = {
    name: 'versions',
    version: 1,
    init: () => new Map(),
    evolve: (state, event) => state.set(event.type, event.schemaVersion),
    publicRecords: {
      touched: (_state, event) => [event.type],
      read: (state, key) => (state.has(key) ? { schemaVersion: state.get(key) } : undefined),
      keys: (state) => [...state.keys()],
    },
  };
  const upcasters = new UpcasterRegistry().register({ type: 'Noted', fromVersion: 1, upcast: (data) => data });

  it('lifts old events as the operator’s runner does, so its state root is the operator’s', async () => {
    const store = await operatorLog(10);
    const operatorRunner = new ProjectionRunner(store, [versions], {
      upcasters,
      commitment: new StateCommitment([versions]),
    });
    await operatorRunner.catchUp(10);
    const { root } = await store.log.treeHead();
    const source: LogSource = {
      async leaves(from, to) {
        const out: Uint8Array[] = [];
        for await (const stored of store.readLeaves(from, to)) out.push(stored.leaf);
        return out;
      },
      recordProof: async () => undefined,
    };
    const lifted = must(await new StateReplay([versions], source, { upcasters }).stateRootAt(10, root));
    const unlifted = must(await new StateReplay([versions], source).stateRootAt(10, root));
    expect(lifted.root).toEqual(operatorRunner.stateRoot()!.root);
    expect(unlifted.root).not.toEqual(lifted.root);
  });
});

describe('siblingRanges', () => {
  it('lists the subtrees of the leftmost leaf’s inclusion path, leaf upwards, as RFC 9162 splits them', () => {
    expect(siblingRanges(0, 1)).toEqual([]);
    expect(siblingRanges(0, 5)).toEqual([
      [1, 2],
      [2, 4],
      [4, 5],
    ]);
    expect(siblingRanges(8, 14)).toEqual([
      [9, 10],
      [10, 12],
      [12, 14],
    ]);
  });
});
