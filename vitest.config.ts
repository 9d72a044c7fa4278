import { defineConfig } from 'vitest/config';

/**
 * One vitest run for the whole workspace (`pnpm test`), in four tiers that also run alone:
 * - unit (`pnpm test:unit`): the engine, the domain, the example and the dashboard's pure
 *   code, over in-memory stores: the inner loop, under a minute;
 * - integration (`pnpm test:integration`): the stores on real files and real PostgreSQL servers (and the EventStoreDB
 *   double), the CLI, the read API, the witness and the packaging of the published packages;
 * - browser (`pnpm test:browser`): the dashboard and the printable report in Debian's Chromium;
 * - interop (`pnpm test:interop`): our checkpoints and proofs checked by Go's sumdb/note and
 *   sumdb/tlog.
 * Every test sits beside its code; a file belongs to exactly one tier.
 */
const INTEROP = ['packages/*/src/**/*interop*.test.ts'];
const BROWSER = ['apps/dashboard/test/**/*.test.ts', 'apps/cli/src/commands/report.test.ts'];

// The dashboard's browser tests and `govledger serve` serve its build: build it first when its sources changed.
const DASHBOARD_BUILD = ['apps/dashboard/test/global-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/core/src/**/*.test.ts',
            'packages/governance/src/**/*.test.ts',
            'examples/*/src/**/*.test.ts',
            'apps/dashboard/src/**/*.test.ts',
          ],
          exclude: INTEROP,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            'packages/store-sqlite/src/**/*.test.ts',
            'packages/store-eventstoredb/src/**/*.test.ts',
            'packages/store-postgres/src/**/*.test.ts',
            'apps/cli/src/**/*.test.ts',
            'apps/reader/src/**/*.test.ts',
            'apps/reader/test/**/*.test.ts',
            'apps/witness/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: [...INTEROP, ...BROWSER],
          globalSetup: DASHBOARD_BUILD,
        },
      },
      { extends: true, test: { name: 'browser', include: BROWSER, globalSetup: DASHBOARD_BUILD } },
      { extends: true, test: { name: 'interop', include: INTEROP } },
    ],
  },
});
