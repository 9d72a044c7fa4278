/**
 * Builds the dashboard only when its sources changed since the last build, so that `pnpm build`
 * (and with it `pnpm start`) costs nothing on a launch where nothing changed: a SHA-256 over the
 * sources (src/, index.html, the Vite config and its plugins, the package manifest) is written
 * to `dist/.source-digest` after a build and compared before the next. Run as a script, it
 * builds when needed and says which it did; `--force` builds regardless.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The dashboard package's directory. */
export const DASHBOARD_DIR = fileURLToPath(new URL('../', import.meta.url));

/** The built dashboard's directory. */
export const DIST_DIR = join(DASHBOARD_DIR, 'dist');

const DIGEST_FILE = join(DIST_DIR, '.source-digest');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** The digest of every file the build reads from this package. */
export function sourceDigest(): string {
  const hash = createHash('sha256');
  const files = [
    ...filesUnder(join(DASHBOARD_DIR, 'src')),
    ...filesUnder(join(DASHBOARD_DIR, 'build')),
    join(DASHBOARD_DIR, 'index.html'),
    join(DASHBOARD_DIR, 'receipt.html'),
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

/** Whether dist/ holds a build of exactly the current sources. */
export function isBuildCurrent(): boolean {
  return (
    existsSync(join(DIST_DIR, 'index.html')) &&
    existsSync(DIGEST_FILE) &&
    readFileSync(DIGEST_FILE, 'utf8') === sourceDigest()
  );
}

/** Builds the dashboard with Vite unless dist/ was built from exactly the current sources; true when it built. */
export async function ensureDashboardBuilt(options: { force?: boolean } = {}): Promise<boolean> {
  if (!options.force && isBuildCurrent()) return false;
  const digest = sourceDigest();
  const { build } = await import('vite');
  await build({ root: DASHBOARD_DIR, configFile: join(DASHBOARD_DIR, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(DIGEST_FILE, digest);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await ensureDashboardBuilt({ force: process.argv.includes('--force') });
  process.stdout.write(
    built ? 'dashboard built into dist/\n' : 'dashboard: dist/ is built from the current sources; nothing to do\n',
  );
}
