/**
 * Where better-sqlite3 lives, for worker threads: they load it by the absolute path this
 * module resolved, so they find the same binding from sources, tests and the bundled CLI.
 */
import { createRequire } from 'node:module';

let resolved: string | undefined;

/** The absolute path of the better-sqlite3 entry point this package uses. */
export function betterSqlitePath(): string {
  resolved ??= createRequire(import.meta.url).resolve('better-sqlite3');
  return resolved;
}
