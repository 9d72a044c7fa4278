import { describeEventStoreContract } from '@govledger/core/testing';
import { afterAll, beforeAll, describe } from 'vitest';
import { openPostgresStore } from './open-store.ts';
import { startTestServer, type TestServer, whyNoServer } from './test-server/index.ts';

const noServer = whyNoServer();
let server: TestServer | undefined;
let ledgers = 0;

describe.skipIf(noServer !== null)(
  `PostgreSQL store on a throw-away server${noServer ? ` (skipped: ${noServer})` : ''}`,
  () => {
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server?.destroy());

    describeEventStoreContract('PostgresStore', async () => {
      const url = server!.url(`contract_${ledgers++}`);
      const store = await openPostgresStore(url, { create: true });
      return { store, cleanup: async () => {} };
    });
  },
);
