/**
 * `@govledger/core/testing`: what a store author needs to prove a store honours the port.
 * Run {@link describeEventStoreContract} from your store's test file.
 *
 * @module \@govledger/core/testing
 */
export { describeEventStoreContract, type StoreFactory } from './testing/store-contract.ts';
export { sampleEvent } from './testing/sample-events.ts';
export { type BlobLog, blobLog, sampleLeaves } from './merkle/testkit.ts';
export { must } from './testing/must.ts';
