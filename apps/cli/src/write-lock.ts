/**
 * Who holds a SQLite ledger's write lock, for the person whose write had to wait. SQLite
 * names no holder, so a command that keeps the lock for a long run (a bulk `append`,
 * `import`) leaves a small note beside the database while it runs: its verb, process id and
 * start time. A second writer that finds the ledger busy reports a concurrency conflict (exit
 * 4) naming that holder, instead of SQLite's bare "database is locked". A note whose process
 * is gone (a crash) is ignored.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type CliError, conflictError } from './cli-error.ts';

/** What the note beside the database says. */
interface HolderNote {
  readonly verb: string;
  readonly pid: number;
  readonly since: string;
}

/** The note's path: `<db>.writer.json`. */
export function holderNotePath(db: string): string {
  return `${db}.writer.json`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** The live holder named by the note beside `db`, if any. */
export function currentHolder(db: string): HolderNote | undefined {
  try {
    const note = JSON.parse(readFileSync(holderNotePath(db), 'utf8')) as Partial<HolderNote>;
    if (typeof note.pid !== 'number' || typeof note.verb !== 'string' || typeof note.since !== 'string')
      return undefined;
    return alive(note.pid) ? (note as HolderNote) : undefined;
  } catch {
    return undefined;
  }
}

/** Leaves the note for this process's long write; call the returned function when it ends. */
export function noteHolder(db: string, verb: string): () => void {
  const path = holderNotePath(db);
  const note: HolderNote = { verb, pid: process.pid, since: new Date().toISOString() };
  try {
    writeFileSync(path, `${JSON.stringify(note)}\n`);
  } catch {
    // The note is a courtesy to other writers; a directory we cannot write to costs only that.
    return () => {};
  }
  return () => rmSync(path, { force: true });
}

/** The conflict reported when another writer held the lock past the busy timeout. */
export function busyLedgerError(db: string, what: string): CliError {
  const holder = currentHolder(db);
  const by = holder
    ? `govledger ${holder.verb} (process ${holder.pid}, writing since ${holder.since})`
    : 'another connection';
  return conflictError(
    `nothing was ${what}: the ledger ${db} is being written by ${by}; try again when it has finished`,
  );
}

/** True for SQLite's "database is locked" (another connection holds the write lock). */
export function isBusyError(error: unknown): boolean {
  return error instanceof Error && error.name === 'SqliteError' && (error as { code?: unknown }).code === 'SQLITE_BUSY';
}
