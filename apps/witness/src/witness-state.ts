/**
 * A witness's durable state in one directory: for each log it follows, the latest checkpoint
 * it cosigned (`logs/<sha256(origin)>.json`), and the requests it refused as evidence of log
 * misbehaviour (`evidence/`). Each update replaces its file atomically (temporary file,
 * fsync, rename, fsync of the directory) before the witness answers, and a lock file keeps a
 * second witness process off the same directory, so the size a log is held to never goes back.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHash, encodeHash, type WitnessedHead, writeFileAtomically } from '@govledger/core';
import { type Either, left, right } from 'fp-ts/lib/Either.js';

/** What the witness keeps per log. */
export interface LogRecord extends WitnessedHead {
  readonly origin: string;
  /** The checkpoint note as the log sent it (with the log's signatures). */
  readonly note: string;
}

/** Why a state directory cannot be opened. */
export interface StateUnavailable {
  readonly _tag: 'StateUnavailable';
  readonly reason: string;
}

const LOCK_FILE = 'witness.lock';

function fileNameOf(origin: string): string {
  return `${createHash('sha256').update(origin, 'utf8').digest('hex')}.json`;
}

/** The witness's state directory, open and locked by this process until `close`. */
export class WitnessState {
  readonly #dir: string;
  readonly #logs = new Map<string, LogRecord>();
  #closed = false;

  private constructor(dir: string) {
    this.#dir = dir;
  }

  /**
   * Opens (creating if needed) the state in `dir` and takes its lock. Fails with the reason
   * when another process holds the lock or a record is unreadable (never silently reset).
   */
  static open(dir: string): Either<StateUnavailable, WitnessState> {
    const fail = (reason: string) => left<StateUnavailable>({ _tag: 'StateUnavailable', reason });
    mkdirSync(join(dir, 'logs'), { recursive: true, mode: 0o700 });
    mkdirSync(join(dir, 'evidence'), { recursive: true, mode: 0o700 });
    const lock = join(dir, LOCK_FILE);
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readFileSync(lock, 'utf8').trim();
      return fail(`another witness (pid ${holder}) holds ${dir}; if none is running, remove ${lock}`);
    }
    const state = new WitnessState(dir);
    for (const name of readdirSync(join(dir, 'logs'))) {
      if (!name.endsWith('.json')) continue;
      const path = join(dir, 'logs', name);
      const record = parseRecord(readFileSync(path, 'utf8'));
      if (record === undefined || fileNameOf(record.origin) !== name) {
        unlinkSync(lock);
        return fail(`${path} is not a witness record this program wrote; refusing to start without it`);
      }
      state.#logs.set(record.origin, record);
    }
    return right(state);
  }

  /** The latest cosigned head of `origin`, or null when the witness never cosigned for it. */
  latest(origin: string): LogRecord | null {
    return this.#logs.get(origin) ?? null;
  }

  /** Records `record` as the latest for its origin, durably, before the caller answers. */
  async record(record: LogRecord): Promise<void> {
    this.#assertOpen();
    const text = `${JSON.stringify({
      origin: record.origin,
      size: record.size,
      root: encodeHash(record.root),
      note: record.note,
    })}\n`;
    await writeFileAtomically(join(this.#dir, 'logs', fileNameOf(record.origin)), text, { mode: 0o600 });
    this.#logs.set(record.origin, record);
  }

  /** Keeps a refused request that is evidence of misbehaviour; returns the file written. */
  async keepEvidence(origin: string, reason: string, body: string, at: Date): Promise<string> {
    this.#assertOpen();
    const stamp = at.toISOString().replace(/[:.]/g, '-');
    const path = join(this.#dir, 'evidence', `${stamp}-${fileNameOf(origin).slice(0, 16)}.txt`);
    const kept = this.latest(origin);
    const text = [
      `origin: ${origin}`,
      `received: ${at.toISOString()}`,
      `refused: ${reason}`,
      '',
      '--- the latest checkpoint this witness cosigned for the log ---',
      kept?.note ?? '(none)',
      '--- the add-checkpoint request body ---',
      body,
    ].join('\n');
    await writeFileAtomically(path, text, { mode: 0o600, exclusive: true });
    return path;
  }

  /** Releases the lock. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    unlinkSync(join(this.#dir, LOCK_FILE));
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('the witness state is closed');
  }
}

function parseRecord(text: string): LogRecord | undefined {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const { origin, size, root, note } = value;
    if (typeof origin !== 'string' || typeof note !== 'string' || typeof root !== 'string') return undefined;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined;
    const hash = decodeHash(root);
    return hash === undefined ? undefined : { origin, size, root: hash, note };
  } catch {
    return undefined;
  }
}
