/**
 * TEST DOUBLE (`@govledger/store-eventstoredb/test-double`): a wire-level EventStoreDB
 * stand-in for CI, where a real server cannot be installed. Never use it as a store.
 */
export { startTestDoubleServer, type TestDoubleServer } from './server.ts';
export { DEFAULT_MAX_APPEND_SIZE, MemoryTransactionLog, type StoredRecord } from './memory-log.ts';
