/**
 * Where the tests find an EventStoreDB: a real node when `GOVLEDGER_ESDB_URL` is set (e.g.
 * `esdb://127.0.0.1:2113?tls=false`), and always the wire-level test double. Each test gets
 * a fresh ledger name and a fresh cache file, so tests never see each other's entries.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type EsdbStoreOptions, openEsdbStore } from '../open-store.ts';
import type { EsdbStore } from '../esdb-store.ts';
import { startTestDoubleServer, type TestDoubleOptions, type TestDoubleServer } from '../test-double/index.ts';

/** The real server's connection string, when one is configured. */
export const REAL_SERVER_URL = process.env.GOVLEDGER_ESDB_URL;

/** A unique ledger name. */
export function freshLedgerName(): string {
  return `t${randomUUID().replaceAll('-', '')}`;
}

/** A temporary directory for cache files, removed by `remove()`. */
export function tempDir(): { path: string; file(name?: string): string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'govledger-esdb-'));
  let n = 0;
  return {
    path,
    file: (name) => join(path, name ?? `cache-${n++}.sqlite`),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** `url` with `ledger=` set. */
export function ledgerUrl(serverUrl: string, ledger: string): string {
  return `${serverUrl}${serverUrl.includes('?') ? '&' : '?'}ledger=${ledger}`;
}

/** Opens a store on a fresh ledger of `serverUrl` with its own cache. */
export function openFresh(
  serverUrl: string,
  dir: ReturnType<typeof tempDir>,
  options: EsdbStoreOptions = {},
): { store: EsdbStore; url: string } {
  const url = ledgerUrl(serverUrl, freshLedgerName());
  return { store: openEsdbStore(url, { create: true, cachePath: dir.file(), ...options }), url };
}

/**
 * The test double for the calling test file: started before its tests, stopped after them,
 * with a temporary directory for cache files. Read `server` inside tests, once it runs.
 */
export function testDoubleForFile(options: TestDoubleOptions = {}): {
  readonly server: TestDoubleServer;
  readonly dir: ReturnType<typeof tempDir>;
} {
  let running: TestDoubleServer | undefined;
  const dir = tempDir();
  beforeAll(async () => {
    running = await startTestDoubleServer(options);
  });
  afterAll(async () => {
    await running?.stop();
    dir.remove();
  });
  return {
    get server() {
      if (running === undefined) throw new Error('the test double starts before the tests: read it inside one');
      return running;
    },
    dir,
  };
}
