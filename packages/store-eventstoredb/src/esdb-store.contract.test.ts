import { describeEventStoreContract } from '@govledger/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDoubleServer, type TestDoubleServer } from './test-double/index.ts';
import { openFresh, REAL_SERVER_URL, tempDir } from './test-fixtures/ledger-server.ts';

let batchServer: TestDoubleServer;
let unaryServer: TestDoubleServer;
beforeAll(async () => {
  batchServer = await startTestDoubleServer({ batchAppend: true });
  unaryServer = await startTestDoubleServer({ batchAppend: false });
});
afterAll(async () => {
  await batchServer.stop();
  await unaryServer.stop();
});

// The path EventStoreDB 21.10 and later take: the client appends through BatchAppend.
describeEventStoreContract('EsdbStore over the wire-level test double, appending through BatchAppend', async () => {
  const dir = tempDir();
  const { store } = openFresh(batchServer.url, dir);
  return { store, cleanup: async () => dir.remove() };
});

// The path of older servers (no ServerFeatures): the client appends through the unary Append.
describeEventStoreContract('EsdbStore over the wire-level test double, appending through unary Append', async () => {
  const dir = tempDir();
  const { store } = openFresh(unaryServer.url, dir);
  return { store, cleanup: async () => dir.remove() };
});

describe('the contract suite over the test double', () => {
  it('took each append path it names, and only that one', () => {
    expect(batchServer.calls.batchAppendWrites).toBeGreaterThan(0);
    expect(batchServer.calls.append).toBe(0);
    expect(unaryServer.calls.append).toBeGreaterThan(0);
    expect(unaryServer.calls.batchAppend).toBe(0);
  });
});

describe.skipIf(REAL_SERVER_URL === undefined)(
  'against a real EventStoreDB (skipped unless GOVLEDGER_ESDB_URL names one, e.g. esdb://127.0.0.1:2113?tls=false)',
  () => {
    describeEventStoreContract('EsdbStore over a real EventStoreDB', async () => {
      const dir = tempDir();
      const { store } = openFresh(REAL_SERVER_URL!, dir);
      return { store, cleanup: async () => dir.remove() };
    });
  },
);
