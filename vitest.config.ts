import { defineConfig } from 'vitest/config';

/** One vitest run for the whole workspace: every package's tests sit beside their code. */
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
      'examples/*/src/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The dashboard's browser tests serve its build: build it first when its sources changed.
    globalSetup: ['apps/dashboard/test/global-setup.ts'],
  },
});
