/**
 * The personal-data key store as `serve` uses it. A city's key file runs to tens of
 * megabytes and only auditors need it, so the server must not make the public's first
 * answer wait for it; but a damaged file must still be reported when the operator starts
 * the server, not months later to the first auditor. So: a cheap check of the file's head
 * before listening (a wrong or garbled file stops start-up), then the full open in the
 * background shortly after, reporting any failure on stderr.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import {
  describePersonalDataError,
  type EventStore,
  FileKeyStore,
  PERSONAL_DATA_STREAM_PREFIX,
  reconcileErasures,
  isKeyFileHead,
  KEY_FILE_FORMAT,
  type LazyKeyStore,
  lazyKeyStore,
} from '@govledger/core';
import { isLeft, left } from 'fp-ts/lib/Either.js';
import { environmentError } from './cli-error.ts';
import { type CliIo, write } from './io.ts';
import { KEY_STORE_ENV } from './ledger-files.ts';

/**
 * How long after listening the full open begins at the latest. `serve` starts it sooner, as
 * soon as the reader has warmed up (see {@link KeyStoreCheck.startNow}): its seconds of
 * parsing must not land among the first answers of a cold start.
 */
export const KEY_STORE_CHECK_DELAY_MS = 30_000;

/**
 * The key store at `path` opened lazily, or undefined when there is none. Throws an
 * environment error (the server does not start) when the file does not begin like a key store.
 */
export function serveKeyStore(path: string, ledger?: EventStore): LazyKeyStore | undefined {
  if (!existsSync(path)) return undefined;
  const head = readHead(path, 256);
  if (!isKeyFileHead(head)) {
    throw environmentError(
      `${path} is not a govledger personal-data key store (it does not begin with "format": "${KEY_FILE_FORMAT}"); ` +
        `restore the ledger's key store from backup, or choose it with --keystore FILE or ${KEY_STORE_ENV}`,
    );
  }
  return lazyKeyStore(async () => {
    const opened = await FileKeyStore.open(path);
    if (isLeft(opened) || !ledger) return opened;
    // Complete erasures a killed `forget` recorded but did not finish, before any auditor reads.
    const pending = await reconcileErasures(
      ledger.readAll({ streamPrefix: PERSONAL_DATA_STREAM_PREFIX }),
      opened.right,
    );
    if (isLeft(pending) && pending.left._tag !== 'DecodeError') return left(pending.left);
    return opened;
  });
}

/** A background check of the key store: cancel it before it begins, or wait for its end. */
export interface KeyStoreCheck {
  readonly cancel: () => void;
  /** Resolves when the check has run (true: the store opened) or was cancelled (false). */
  readonly done: Promise<boolean>;
  /** Begins the check now instead of after the delay (nothing when it began or was cancelled). */
  readonly startNow: () => void;
}

/**
 * Opens `keys` in full `delayMs` after now, in the background, and reports a failure on
 * stderr (the public API keeps serving; auditors' personal fields fail until it is fixed).
 */
export function checkKeyStoreLater(keys: LazyKeyStore, io: CliIo, delayMs = KEY_STORE_CHECK_DELAY_MS): KeyStoreCheck {
  let settle: (opened: boolean) => void = () => {};
  const done = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  let started = false;
  let cancelled = false;
  const check = async () => {
    if (started || cancelled) return;
    started = true;
    clearTimeout(timer);
    const opened = await keys.open();
    if (isLeft(opened)) {
      await write(
        io.stderr,
        `error: ${describePersonalDataError(opened.left)}\n` +
          'the read API keeps serving the public; auditors cannot read personal fields until the key store is fixed\n',
      );
    }
    settle(!isLeft(opened));
  };
  const timer = setTimeout(check, delayMs);
  timer.unref();
  return {
    // A check already running is not cut short (it reads the ledger): `done` waits for its end.
    cancel: () => {
      clearTimeout(timer);
      cancelled = true;
      if (!started) settle(false);
    },
    done,
    startNow: () => void check(),
  };
}

function readHead(path: string, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
