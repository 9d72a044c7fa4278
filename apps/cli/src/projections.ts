/**
 * The projections the CLI replays: the generic ledger statistics and every projection of the
 * governance domain. The CLI is the composition root, so it is the one place that lists them.
 */
import { type AnyProjection, ledgerStatistics } from '@govledger/core';
import { governanceProjections, governanceUpcasters } from '@govledger/governance';

/** Every projection `replay` and `serve` maintain. */
export const allProjections: readonly AnyProjection[] = [ledgerStatistics, ...governanceProjections];

/**
 * The ledger's one upcaster registry (every area's upcasters): handed to every executor,
 * projection runner and reader the CLI builds, so an old event reads the same everywhere.
 */
export const ledgerUpcasters = governanceUpcasters;
