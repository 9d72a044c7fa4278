/**
 * File-system and database-engine failures as the CLI reports them: a clear message and a
 * kind (the environment — disk full, file too large, no permission, I/O error; a conflict —
 * the ledger database locked by another writer), never an internal error
 * with a stack. Matched by the stable `code` Node and SQLite give their errors.
 */
import { CliError } from './cli-error.ts';

/** What each file-system error code means to a person. */
const FS_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EFBIG: 'the file grew over the size limit of this process (ulimit -f)',
  EIO: 'an input/output error occurred',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EBUSY: 'the file is busy',
  EXDEV: 'it cannot be moved across file systems',
};

/** SQLite result codes (better-sqlite3's `SqliteError.code`) that are the environment, with their meaning. */
const SQLITE_ENVIRONMENT: Record<string, string> = {
  SQLITE_FULL: 'the disk is full',
  SQLITE_IOERR: 'an input/output error occurred',
  SQLITE_CANTOPEN: 'the database file cannot be opened',
  SQLITE_READONLY: 'the database is read-only',
  SQLITE_CORRUPT: 'the database file is damaged',
  SQLITE_NOTADB: 'the file is not a database',
  SQLITE_PERM: 'permission denied',
  SQLITE_NOMEM: 'out of memory',
};

/** The CLI error for a file-system or SQLite failure; undefined for anything else (a bug). */
export function systemFailureOf(error: unknown): CliError | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED')
    return new CliError(
      `the ledger database is locked by another writer (${code}); nothing was written by this command: run it again when the other writer is done`,
      'conflict',
    );
  if (code.startsWith('SQLITE_')) {
    const base = Object.keys(SQLITE_ENVIRONMENT).find((k) => code === k || code.startsWith(`${k}_`));
    if (base)
      return new CliError(`database error: ${SQLITE_ENVIRONMENT[base]} (${code}): ${error.message}`, 'environment');
    return undefined;
  }
  const reason = FS_REASONS[code];
  if (!reason) return undefined;
  const path = (error as NodeJS.ErrnoException).path;
  return new CliError(`${path ? `cannot use ${path}: ` : ''}${reason} (${code})`, 'environment');
}
