/**
 * Crash-safe file updates for the key store: a lock file so that two processes never
 * interleave read-modify-write cycles (a lost update would lose a key, and with it data), and
 * atomic replacement (write a temporary file, fsync it, rename it over the old one, fsync the
 * directory), so a crash leaves either the old file or the new one, never a torn one.
 */
import { randomBytes } from 'node:crypto';
import { link, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { KeyStoreLocked } from './errors.ts';

/** What identifies one version of a file: replaced files get a new inode or times. */
export interface FileStamp {
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

/** True when both stamps describe the same file version. */
export function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeNs === b.mtimeNs &&
    a.ctimeNs === b.ctimeNs
  );
}

/** A file's text with its stamp and permission bits, read through one handle; null when absent. */
export async function readStamped(path: string): Promise<{ text: string; stamp: FileStamp; mode: number } | null> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const st = await handle.stat({ bigint: true });
    const text = await handle.readFile('utf8');
    return { text, stamp: stampOf(st), mode: Number(st.mode & 0o777n) };
  } finally {
    await handle.close();
  }
}

/** The stamp of `path` now, or null when it does not exist. */
export async function statStamp(path: string): Promise<FileStamp | null> {
  try {
    return stampOf(await stat(path, { bigint: true }));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function stampOf(st: { ino: bigint; size: bigint; mtimeNs: bigint; ctimeNs: bigint }): FileStamp {
  return { ino: st.ino, size: st.size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs };
}

/**
 * The file operations atomic writes use: a seam through which tests inject a failing disk
 * (ENOSPC, EIO) to check that nothing partial is left behind.
 */
export const files: { open: typeof open } = { open };

/**
 * Replaces `path` with `text` atomically; the file gets `mode` (0600 by default: owner only).
 * With `exclusive`, fails (EEXIST) instead of replacing an existing file.
 */
export async function writeFileAtomically(
  path: string,
  text: string,
  options: { mode?: number; exclusive?: boolean } = {},
): Promise<void> {
  const mode = options.mode ?? 0o600;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await files.open(temp, 'wx', mode);
  try {
    await handle.chmod(mode); // the umask may have removed bits we asked for; never added any
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (e) {
    // A full disk or an I/O error: leave no partial temporary behind (it may hold key material).
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  await handle.close();
  try {
    if (options.exclusive) {
      // link() fails when the target exists, unlike rename(): no window where a store is overwritten.
      await link(temp, path);
      await unlink(temp);
    } else {
      await rename(temp, path);
    }
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncDirectory(dirname(path));
}

/**
 * Removes temporary files that a writer of `path` left behind when it crashed before its
 * rename: they may hold key material, even of keys destroyed since. Call it only while
 * holding the lock, when no write of `path` can be in progress.
 */
export async function removeStaleTemporaries(path: string): Promise<void> {
  const directory = dirname(path);
  const prefix = `.${basename(path)}.`;
  for (const name of await readdir(directory)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) await unlink(join(directory, name)).catch(() => undefined);
  }
}

async function syncDirectory(directory: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (e) {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
    if (process.platform !== 'win32') throw e;
  } finally {
    await handle?.close();
  }
}

/** How long to wait for a lock: attempts and the pause between them (milliseconds). */
export interface LockPolicy {
  readonly attempts: number;
  readonly pauseMs: number;
  /** Told when a lock left by a process that no longer runs was taken over (its PID, or null when unreadable). */
  readonly onStaleLock?: (pid: number | null) => void;
}

/** How old an unreadable (empty) lock file must be before it counts as abandoned. */
const UNREADABLE_LOCK_AGE_MS = 10_000;

/** True when a process with `pid` runs (or exists under another user). */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder's PID as the lock file says, or null when it does not say (yet). */
async function lockHolder(lockPath: string): Promise<number | null | 'gone'> {
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw e;
  }
  const pid = /^(\d{1,10})\n?$/.exec(text)?.[1];
  return pid === undefined ? null : Number(pid);
}

/**
 * Takes over the lock at `lockPath` when its holder no longer runs (a process killed while
 * holding it): the lock is renamed aside (atomic, so of two processes taking over only one
 * moves it), checked to be still the abandoned one, and removed. Returns whether it was.
 */
async function takeOverIfAbandoned(lockPath: string, policy: LockPolicy): Promise<boolean> {
  const holder = await lockHolder(lockPath);
  if (holder === 'gone') return true;
  if (holder !== null && (holder === process.pid || processRuns(holder))) return false;
  if (holder === null) {
    const age = await stat(lockPath).then(
      (st) => Date.now() - st.mtimeMs,
      () => 0,
    );
    if (age < UNREADABLE_LOCK_AGE_MS) return false;
  }
  const aside = `${lockPath}.${process.pid}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(lockPath, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw e;
  }
  const moved = await lockHolder(aside);
  if (moved !== holder) {
    // Another process took the lock over between our read and our rename: give it back.
    await link(aside, lockPath).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
    return false;
  }
  await unlink(aside).catch(() => undefined);
  policy.onStaleLock?.(holder);
  return true;
}

/** The default lock policy: about two seconds of retries. */
export const DEFAULT_LOCK_POLICY: LockPolicy = { attempts: 80, pauseMs: 25 };

/**
 * Runs `work` while holding the lock file `lockPath` (created exclusively, holding our PID,
 * removed after). A lock whose holder no longer runs is taken over (see `onStaleLock`).
 * Gives up with `KeyStoreLocked` when a running holder keeps it through every attempt.
 */
export async function withFileLock<T>(
  lockPath: string,
  policy: LockPolicy,
  work: () => Promise<T>,
): Promise<Either<KeyStoreLocked, T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`, 'utf8');
      await handle.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (attempt + 1 < policy.attempts && (await takeOverIfAbandoned(lockPath, policy))) continue;
      if (attempt + 1 >= policy.attempts) return left({ _tag: 'KeyStoreLocked', lockPath });
      await sleep(policy.pauseMs);
    }
  }
  try {
    return right(await work());
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}
