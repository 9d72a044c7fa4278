import { describeEventStoreContract } from './testing/store-contract.ts';
import { MemoryStore } from './memory-store.ts';

describeEventStoreContract('MemoryStore', async () => ({ store: new MemoryStore(), cleanup: async () => {} }));
