/**
 * Building the dashboard for tests and benchmarks, only when its sources changed since the
 * last build: the same check `pnpm build` makes (build/build-when-changed.ts).
 */
export { DASHBOARD_DIR, DIST_DIR, ensureDashboardBuilt, sourceDigest } from '../../build/build-when-changed.ts';
