/**
 * Test support for governance areas: an in-memory {@link TestLedger} that runs command specs
 * and projections as the executor and runner do, and given / when / then scenarios over it.
 * Test code only: nothing outside `*.test.ts` files imports this folder.
 */
export * from './scenario.ts';
export * from './test-ledger.ts';
