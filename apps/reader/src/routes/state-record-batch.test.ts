import { decodeHash, leafHash, stateLeafBytes, verifyInclusion } from '@govledger/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

interface BatchAnswer {
  asOf: { size: number; root: string; checkpoint: string };
  state: { root: string; records: number; note: string | null };
  proofs: {
    model: string;
    key: string;
    record: Record<string, unknown>;
    leafHash: string;
    index: number;
    size: number;
    path: string[];
  }[];
  missing: string[];
  absent: {
    asOf: { size: number; root: string };
    state: { root: string; records: number; note: string | null };
    proofs: BatchAnswer['proofs'];
  } | null;
}

/** Whether `proof` leads to the answer's state root (the check a page runs per figure). */
function proves(answer: BatchAnswer, proof: BatchAnswer['proofs'][number]): boolean {
  const leaf = leafHash(stateLeafBytes(proof.model, proof.key, proof.record));
  return verifyInclusion({ ...proof, root: answer.state.root }, leaf)._tag === 'Right';
}

describe('GET /v1/state/proofs', () => {
  let reader: TestReader;
  beforeAll(async () => {
    reader = await testReader();
  });

  it('proves several records of different models against one state root in one answer, in the order asked', async () => {
    const response = await get(
      reader.app,
      '/v1/state/proofs?record=complaintBoard/c-1&record=coverage/totals&record=redBlackList/2024Q1',
    );
    expect(response.statusCode).toBe(200);
    const body = response.json() as BatchAnswer;
    expect(body.proofs.map((p) => `${p.model}/${p.key}`)).toEqual([
      'complaintBoard/c-1',
      'coverage/totals',
      'redBlackList/2024Q1',
    ]);
    expect(body.missing).toEqual([]);
    for (const proof of body.proofs) expect(proves(body, proof), proof.key).toBe(true);
    const single = (await get(reader.app, '/v1/state/records/coverage/totals')).json() as {
      state: { root: string };
      proof: { record: unknown; index: number };
    };
    expect(body.state.root).toBe(single.state.root);
    expect(body.proofs[1]!.record).toEqual(single.proof.record);
    expect(body.proofs[1]!.index).toBe(single.proof.index);
    expect(response.headers['x-ledger-size']).toBe(String(body.asOf.size));
    expect(response.headers['x-ledger-root']).toBe(body.asOf.root);
  });

  it('names the records that never existed instead of failing the whole answer', async () => {
    const body = (
      await get(reader.app, '/v1/state/proofs?record=complaintBoard/no-such&record=coverage/totals&record=noModel/x')
    ).json() as BatchAnswer;
    expect(body.proofs.map((p) => p.key)).toEqual(['totals']);
    expect(body.missing).toEqual(['complaintBoard/no-such', 'noModel/x']);
  });

  it('answers as of a past entry at that size, where each record stood then', async () => {
    const now = (await get(reader.app, '/v1/state/proofs?record=complaintBoard/c-1')).json() as BatchAnswer;
    let index = 0;
    let past = (
      await get(reader.app, `/v1/state/proofs?record=complaintBoard/c-1&asOf=${index}`)
    ).json() as BatchAnswer;
    while (past.proofs.length === 0 && index < now.asOf.size) {
      index++;
      past = (await get(reader.app, `/v1/state/proofs?record=complaintBoard/c-1&asOf=${index}`)).json() as BatchAnswer;
    }
    expect(past.asOf.size).toBe(index + 1);
    expect(past.proofs[0]!.record.status).toBe('filed');
    expect(past.state.root).not.toBe(now.state.root);
    expect(proves(past, past.proofs[0]!)).toBe(true);
    expect(decodeHash(past.state.root)).toHaveLength(32);
  });

  it("proves a record absent at an early size by its proof at the later signed size, past that size's records", async () => {
    const body = (
      await get(reader.app, '/v1/state/proofs?record=coverage/totals&record=complaintBoard/no-such&asOf=0')
    ).json() as BatchAnswer;
    expect(body.asOf.size).toBe(1);
    expect(body.missing).toEqual(['coverage/totals', 'complaintBoard/no-such']);
    const later = body.absent!;
    const head = (await get(reader.app, '/v1/state/proofs?record=coverage/totals')).json() as BatchAnswer;
    expect(later.asOf).toEqual({ ...head.asOf, checkpoint: expect.any(String) });
    expect(later.state.root).toBe(head.state.root);
    expect(later.proofs.map((p) => `${p.model}/${p.key}`)).toEqual(['coverage/totals']);
    const proof = later.proofs[0]!;
    expect(proof.index).toBeGreaterThanOrEqual(body.state.records);
    const leaf = leafHash(stateLeafBytes(proof.model, proof.key, proof.record));
    expect(verifyInclusion({ ...proof, root: later.state.root }, leaf)._tag).toBe('Right');
  });

  it('gives no absence proofs at the head, where nothing signed comes later', async () => {
    const body = (await get(reader.app, '/v1/state/proofs?record=complaintBoard/no-such')).json() as BatchAnswer;
    expect(body.missing).toEqual(['complaintBoard/no-such']);
    expect(body.absent).toBeNull();
  });

  it('refuses a request without records, or a record that is not <model>/<key>', async () => {
    expect((await get(reader.app, '/v1/state/proofs')).statusCode).toBe(400);
    expect((await get(reader.app, '/v1/state/proofs?record=coverage')).statusCode).toBe(400);
    expect((await get(reader.app, '/v1/state/proofs?record=coverage/')).statusCode).toBe(400);
  });
});
