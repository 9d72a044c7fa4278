/**
 * `@govledger/core` — the generic ledger engine: event envelope and codecs, the EventStore
 * port, deciders, projections, upcasters, canonical leaves, the RFC 6962 Merkle log and
 * signed checkpoints. It knows nothing of any particular domain.
 *
 * @module \@govledger/core
 */
export * from './envelope.ts';
export * from './exact-codec.ts';
export * from './strict-json.ts';
export * from './event-id.ts';
export * from './decode-error.ts';
export * from './store.ts';
export * from './leaf.ts';
export * from './prepare-append.ts';
export * from './encoded-event.ts';
export * from './canonical-json.ts';
export * from './prepare-import.ts';
export * from './leaf-sequence.ts';
export * from './audit/index.ts';
export * from './memory-store.ts';
export * from './store-helpers.ts';
export * from './ledger-time.ts';
export * from './log-view.ts';
export * from './decider.ts';
export * from './command-pipeline.ts';
export * from './projection.ts';
export * from './projection-runner.ts';
export * from './upcaster.ts';
export * from './ledger-statistics.ts';
export * from './event-catalogue.ts';
export * from './personal/index.ts';
export * from './merkle/index.ts';
export * from './checkpoint/index.ts';
export * from './checkpoint-publishing.ts';
export * from './witness/index.ts';
export * from './proof-bundle/index.ts';
export * from './history/index.ts';
export * from './errors/index.ts';
export * from './tiles/index.ts';
export * from './state-commitment/index.ts';
export * from './monitor/index.ts';
export * from './snapshot-codec/snapshot-bytes.ts';
export * from './ledger-migration.ts';
