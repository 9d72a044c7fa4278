/**
 * Where the built dashboard is: apps/dashboard's `dist/`, found through the workspace
 * dependency `@govledger/dashboard`, so the CLI finds it from its sources and its bundle
 * alike. `pnpm build` (and so `pnpm start`) builds it before the CLI.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The built dashboard's directory, or null when it is not built (or not installed). */
export function builtDashboardRoot(): string | null {
  try {
    const manifest = createRequire(import.meta.url).resolve('@govledger/dashboard/package.json');
    const dist = join(dirname(manifest), 'dist');
    return existsSync(join(dist, 'index.html')) ? dist : null;
  } catch {
    return null;
  }
}
