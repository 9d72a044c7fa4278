import { describeEventStoreContract } from '@govledger/core/testing';
import { afterAll, beforeAll, describe } from 'vitest';
import { startTestDoubleServer, type TestDoubleServer } from './test-double/index.ts';
import { openFresh, REAL_SERVER_URL, tempDir } from './test-fixtures/ledger-server.ts';

let server: TestDoubleServer;
beforeAll(async () => {
  server = await startTestDoubleServer();
});
afterAll(async () => server.stop());

describeEventStoreContract('EsdbStore over the wire-level test double', async () => {
  const dir = tempDir();
  const { store } = openFresh(server.url, dir);
  return { store, cleanup: async () => dir.remove() };
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
