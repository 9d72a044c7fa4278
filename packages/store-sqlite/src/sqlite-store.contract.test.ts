import { describeEventStoreContract } from '@govledger/core/testing';
import { openSqliteStore } from './open-store.ts';
import { makeTempDir } from './test-fixtures/temp-dir.ts';

describeEventStoreContract('SqliteStore', async () => {
  const temp = makeTempDir();
  return { store: openSqliteStore(temp.file()), cleanup: async () => temp.remove() };
});
