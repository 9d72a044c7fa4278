/**
 * Building the dashboard for tests and benchmarks, only when its sources changed since the
 * last build: a SHA-256 over the sources (src/, index.html, the Vite config, the package
 * manifest) is written to `dist/.source-digest` after a build and compared before the next.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The dashboard package's directory. */
export const DASHBOARD_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The built dashboard's directory. */
export const DIST_DIR = join(DASHBOARD_DIR, 'dist');

const DIGEST_FILE = join(DIST_DIR, '.source-digest');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : [path];
    });
}

/** The digest of every file the build reads from this package. */
export function sourceDigest(): string {
  const hash = createHash('sha256');
  const files = [
    ...sourceFiles(join(DASHBOARD_DIR, 'src')),
    join(DASHBOARD_DIR, 'index.html'),
    join(DASHBOARD_DIR, 'vite.config.ts'),
    join(DASHBOARD_DIR, 'package.json'),
  ];
  for (const file of files) {
    hash.update(relative(DASHBOARD_DIR, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Builds the dashboard with Vite unless dist/ was built from exactly the current sources. */
export async function ensureDashboardBuilt(): Promise<void> {
  const digest = sourceDigest();
  if (
    existsSync(join(DIST_DIR, 'index.html')) &&
    existsSync(DIGEST_FILE) &&
    readFileSync(DIGEST_FILE, 'utf8') === digest
  ) {
    return;
  }
  const { build } = await import('vite');
  await build({ root: DASHBOARD_DIR, configFile: join(DASHBOARD_DIR, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(DIGEST_FILE, digest);
}
