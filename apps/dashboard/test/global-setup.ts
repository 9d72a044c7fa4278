/**
 * vitest global setup: makes sure the dashboard is built before any test runs, since its
 * browser tests (and `govledger serve`) serve `apps/dashboard/dist`. A fresh clone has only
 * run `pnpm install`; the build runs when dist is missing or older than its sources, judged
 * by a digest of every source file stored beside the build.
 */
import { ensureDashboardBuilt } from './support/build-dashboard.ts';

/** Builds the dashboard when stale. */
export default async function setup(): Promise<void> {
  await ensureDashboardBuilt();
}
