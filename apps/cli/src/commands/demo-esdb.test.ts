import { startTestDoubleServer, type TestDoubleServer } from '@govledger/store-eventstoredb/test-double';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, govledger, scratchDir } from '../test-support/run-cli.ts';

/** The root line of a demo summary. */
const rootOf = (run: CliRun) => /root: (\S+) \(size (\d+)\)/.exec(run.stdout)?.slice(1);

describe('govledger start and demo over EventStoreDB (wire-level test double)', () => {
  let server: TestDoubleServer;
  const sqlite = scratchDir('govledger-demo-');
  const esdb = scratchDir('govledger-demo-esdb-');
  let sqliteDemo: CliRun;
  let started: CliRun;
  let url: string;

  beforeAll(async () => {
    server = await startTestDoubleServer();
    url = `${server.url}&ledger=demo${process.pid}&cache=cache.sqlite`;
    sqliteDemo = await govledger(['demo', '--db', 'd.db', '--seed', '3'], { cwd: sqlite.dir });
    started = await govledger(['start', '--db', url, '--key', 'keys/demo.key', '--seed', '3', '--no-serve'], {
      cwd: esdb.dir,
    });
  }, 300_000);

  afterAll(async () => {
    await server.stop();
    sqlite.remove();
    esdb.remove();
  });

  it('start creates the demo ledger in EventStoreDB, verifies it and shows it', () => {
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).toContain('== creating the sample ledger: govledger demo --db esdb://');
    expect(started.stdout).toMatch(/OK: \d+ entries and \d+ checkpoint root\(s\) verified/);
    expect(started.stdout).toContain('== what it holds');
    expect(started.stdout).not.toContain('cache.sqlite');
  });

  it('the demo over EventStoreDB has the same entries and root as the SQLite demo of the same seed', () => {
    expect(sqliteDemo.code, sqliteDemo.stderr).toBe(0);
    expect(rootOf(started)).toEqual(rootOf(sqliteDemo));
    expect(Number(rootOf(started)?.[1])).toBeGreaterThan(10_000);
  });

  it('a second demo into the same ledger is refused, and start needs --key for an esdb:// ledger', async () => {
    const again = await govledger(['demo', '--db', url, '--key', 'keys/demo.key', '--seed', '3'], { cwd: esdb.dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds \d+ entries/);
    const keyless = await govledger(['start', '--db', url, '--no-serve'], { cwd: esdb.dir });
    expect(keyless.code).toBe(2);
    expect(keyless.stderr).toContain('--key FILE');
  });
});
