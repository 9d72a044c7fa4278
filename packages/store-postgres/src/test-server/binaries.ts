/**
 * Finding PostgreSQL's server binaries (`initdb`, `pg_ctl`, `pg_basebackup`) for throw-away test
 * servers: `$PG_BINDIR` when set, else the newest Debian install under /usr/lib/postgresql, else
 * the PATH. Tests skip, saying why, when none is found.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The directory holding `initdb` and `pg_ctl`, or null when PostgreSQL's server is not installed. */
export function serverBinDir(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const explicit = env.PG_BINDIR;
  if (explicit) return existsSync(join(explicit, 'initdb')) ? explicit : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v) && existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  try {
    const found = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return found ? join(found, '..') : null;
  } catch {
    return null;
  }
}

/** Why the PostgreSQL tests cannot run here, or null when they can (for `skipIf` with a reason). */
export function whyNoServer(): string | null {
  if (serverBinDir() === null) {
    return 'PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql, or set PG_BINDIR';
  }
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    } catch {
      return 'running as root and there is no postgres user to run initdb as (initdb refuses root)';
    }
  }
  return null;
}
