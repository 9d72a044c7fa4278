/**
 * TEST DOUBLE (`@govledger/store-eventstoredb/test-double`): a wire-level EventStoreDB
 * stand-in for CI, where a real server cannot be installed. Never use it as a store.
 */
export { startTestDoubleServer, type TestDoubleOptions, type TestDoubleServer } from './server.ts';
export { appendSizeOnDisk, DEFAULT_MAX_APPEND_SIZE, MemoryTransactionLog, type StoredRecord } from './memory-log.ts';
export type { RpcCalls } from './rpc-calls.ts';
