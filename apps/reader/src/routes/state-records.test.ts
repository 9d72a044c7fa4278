import {
  decodeHash,
  leafHash,
  ProjectionRunner,
  StateCommitment,
  stateLeafBytes,
  verifyInclusion,
} from '@govledger/core';
import { governanceProjections } from '@govledger/governance';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

interface RecordAnswer {
  asOf: { size: number; root: string; checkpoint: string };
  state: { root: string; records: number; note: string | null };
  proof: {
    model: string;
    key: string;
    record: Record<string, unknown>;
    index: number;
    size: number;
    leafHash: string;
    path: string[];
    root: string;
  };
}

describe('GET /v1/state/records/:model/:key', () => {
  let reader: TestReader;
  beforeAll(async () => {
    reader = await testReader();
  });

  it("proves a complaint card against the state root of the answer's ledger size", async () => {
    const response = await get(reader.app, '/v1/state/records/complaintBoard/c-1');
    expect(response.statusCode).toBe(200);
    const body = response.json() as RecordAnswer;
    expect(body.proof.record.status).toBe('closed');
    expect(body.proof.root).toBe(body.state.root);
    const leaf = leafHash(stateLeafBytes(body.proof.model, body.proof.key, body.proof.record));
    expect(verifyInclusion(body.proof, leaf)._tag).toBe('Right');
    expect(response.headers['x-ledger-size']).toBe(String(body.asOf.size));
    expect(response.headers['x-ledger-root']).toBe(body.asOf.root);
    expect(response.headers.link).toBe(`</v1/ledger/checkpoint?size=${body.asOf.size}>; rel="checkpoint"`);
  });

  it('proves a record as of a past point against that size, where it stood then', async () => {
    const now = (await get(reader.app, '/v1/state/records/complaintBoard/c-1')).json() as RecordAnswer;
    let index = 0;
    let past = await get(reader.app, '/v1/state/records/complaintBoard/c-1?asOf=0');
    while (past.statusCode === 404 && index < now.asOf.size) {
      index++;
      past = await get(reader.app, `/v1/state/records/complaintBoard/c-1?asOf=${index}`);
    }
    const body = past.json() as RecordAnswer;
    expect(body.asOf.size).toBe(index + 1);
    expect(body.proof.record.status).toBe('filed');
    expect(body.proof.index).toBe(now.proof.index);
    expect(body.state.root).not.toBe(now.state.root);
    expect(decodeHash(body.proof.root)).toEqual(decodeHash(body.state.root));
    const leaf = leafHash(stateLeafBytes(body.proof.model, body.proof.key, body.proof.record));
    expect(verifyInclusion(body.proof, leaf)._tag).toBe('Right');
  });

  it('answers 404 for a record no model holds', async () => {
    expect((await get(reader.app, '/v1/state/records/complaintBoard/no-such')).statusCode).toBe(404);
    expect((await get(reader.app, '/v1/state/records/noSuchModel/c-1')).statusCode).toBe(404);
  });
});

/** Every committed record of the test ledger at its head, by model: the layout of a fresh replay. */
async function committedRecords(reader: TestReader): Promise<Map<string, string[]>> {
  const runner = new ProjectionRunner(reader.ledger.store, governanceProjections, {
    commitment: new StateCommitment(governanceProjections),
  });
  await runner.catchUp();
  const byModel = new Map<string, string[]>();
  for (const [model, key] of runner.stateCommitmentSnapshot()!.records) {
    byModel.set(model, [...(byModel.get(model) ?? []), key]);
  }
  return byModel;
}

/** The models committed beside the complaint board, votes and ratings, with a record each must hold. */
const NEWLY_COMMITTED: Record<string, string> = {
  fundLedger: 'cm-1',
  committees: 'totals',
  coverage: 'totals',
  notices: 'n-1',
  pilots: 'kind/',
  partyBuilding: 'totals',
  publicIncome: 'cm-1',
  jointMeetings: 'jm-1',
  redBlackList: '2024Q1',
};

describe('records of every public read model', () => {
  let reader: TestReader;
  let records: Map<string, string[]>;
  beforeAll(async () => {
    reader = await testReader();
    records = await committedRecords(reader);
  });

  it.each(Object.entries(NEWLY_COMMITTED))(
    'serves each record of %s with a proof that verifies against the state root',
    async (model, expected) => {
      const keys = records.get(model) ?? [];
      expect(keys.some((key) => key.startsWith(expected))).toBe(true);
      for (const key of keys) {
        const response = await get(reader.app, `/v1/state/records/${model}/${encodeURIComponent(key)}`);
        expect(response.statusCode, key).toBe(200);
        const body = response.json() as RecordAnswer;
        expect(body.proof.record, key).not.toBeNull();
        expect(body.proof.root).toBe(body.state.root);
        const leaf = leafHash(stateLeafBytes(model, key, body.proof.record));
        expect(verifyInclusion(body.proof, leaf)._tag, key).toBe('Right');
      }
    },
  );

  it("commits the city's coverage figures as one record, and a changed figure no longer verifies", async () => {
    const body = (await get(reader.app, '/v1/state/records/coverage/totals')).json() as RecordAnswer;
    const served = (await get(reader.app, '/v1/coverage')).json() as Record<string, unknown>;
    expect(body.proof.record.managementAreas).toBe(served.managementAreas);
    expect(body.proof.record.oldCommunities).toBe(served.oldCommunities);
    const altered = { ...body.proof.record, managementAreas: Number(body.proof.record.managementAreas) + 1 };
    expect(verifyInclusion(body.proof, leafHash(stateLeafBytes('coverage', 'totals', altered)))._tag).toBe('Left');
  });
});

describe('the commitment of every public read model', () => {
  it('agrees, after every entry of the ledger, with a recomputation of every record from the states', async () => {
    const reader = await testReader();
    const runner = new ProjectionRunner(reader.ledger.store, governanceProjections, {
      commitment: new StateCommitment(governanceProjections),
    });
    const size = (await reader.ledger.store.head()).size;
    for (let n = 1; n <= size; n++) {
      await runner.catchUp(n);
      const states = runner.states();
      const mismatch = runner.commitment!.firstMismatch((slot) => states[governanceProjections[slot]!.name]);
      expect(mismatch, `after entry ${n - 1}`).toBeUndefined();
    }
  });
});
