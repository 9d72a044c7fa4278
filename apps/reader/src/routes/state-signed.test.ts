import { type MemoryStore, signCheckpoint } from '@govledger/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, TEST_ORIGIN, type TestReader, testReader } from '../test-support/test-reader.ts';

interface SignedAnswer {
  asked: number;
  signed: { asOf: { size: number; root: string; checkpoint: string }; recordedAt: string; note: string } | null;
}

/** Keeps `notes` as the ledger's stored state notes (what the SQLite store's settings hold). */
function withStateNotes(store: MemoryStore, notes: ReadonlyMap<number, string>): void {
  Object.assign(store, {
    getMeta: (key: string) => notes.get(Number(key.replace('state-note:', ''))) ?? null,
  });
}

async function recordedAtOf(store: MemoryStore, index: number): Promise<string> {
  for await (const event of store.readAll({ from: index, limit: 1 })) return event.metadata.recordedAt;
  throw new Error(`no entry ${index}`);
}

describe('GET /v1/state/signed', () => {
  let reader: TestReader;
  let head: number;
  let early: number;

  beforeAll(async () => {
    reader = await testReader();
    const store = reader.ledger.store;
    head = (await store.head()).size;
    early = Math.floor(head / 2);
    // A checkpoint signed part way (with its state note), besides the test reader's at the head.
    const tree = await store.log.treeHead(early);
    await store.log.saveCheckpoint({
      size: early,
      note: signCheckpoint({ origin: TEST_ORIGIN, size: early, root: tree.root }, reader.signer),
    });
    // Only `early` and the head have state notes; a checkpoint without one does not count.
    const bare = early - 1;
    const bareTree = await store.log.treeHead(bare);
    await store.log.saveCheckpoint({
      size: bare,
      note: signCheckpoint({ origin: TEST_ORIGIN, size: bare, root: bareTree.root }, reader.signer),
    });
    withStateNotes(
      store,
      new Map([
        [early, `state note ${early}`],
        [head, `state note ${head}`],
      ]),
    );
  });

  it('names the newest size before the point with a signed checkpoint and state note, and when it was recorded', async () => {
    const response = await get(reader.app, `/v1/state/signed?asOf=${head - 2}`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as SignedAnswer;
    expect(body.asked).toBe(head - 1);
    expect(body.signed!.asOf.size).toBe(early);
    expect(body.signed!.asOf.root).toBe(
      Buffer.from((await reader.ledger.store.log.treeHead(early)).root).toString('base64'),
    );
    expect(body.signed!.note).toBe(`state note ${early}`);
    expect(body.signed!.recordedAt).toBe(await recordedAtOf(reader.ledger.store, early - 1));
    expect(response.headers['x-ledger-size']).toBe(String(early));
  });

  it('names the head itself when the point is at the head', async () => {
    const body = (await get(reader.app, `/v1/state/signed?asOf=${head - 1}`)).json() as SignedAnswer;
    expect(body.signed!.asOf.size).toBe(head);
    expect(body.signed!.note).toBe(`state note ${head}`);
  });

  it('names the newest signed state of the ledger when no point is given', async () => {
    const body = (await get(reader.app, '/v1/state/signed')).json() as SignedAnswer;
    expect(body.asked).toBe(head);
    expect(body.signed!.asOf.size).toBe(head);
  });

  it('takes a date, as the state endpoints do', async () => {
    const body = (await get(reader.app, '/v1/state/signed?asOf=2099-01-01')).json() as SignedAnswer;
    expect(body.asked).toBe(head);
    expect(body.signed!.asOf.size).toBe(head);
  });

  it('answers with no signed state when nothing was signed at or before the point', async () => {
    const response = await get(reader.app, `/v1/state/signed?asOf=${early - 2}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ asked: early - 1, signed: null });
  });

  it('refuses a point that is not an index, a date or a time, naming the parameter', async () => {
    const response = await get(reader.app, '/v1/state/signed?asOf=yesterday');
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('asOf');
  });
});
