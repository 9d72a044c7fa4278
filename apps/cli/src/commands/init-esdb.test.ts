import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startTestDoubleServer, type TestDoubleServer } from '@govledger/store-eventstoredb/test-double';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

let server: TestDoubleServer;
beforeAll(async () => {
  server = await startTestDoubleServer();
});
afterAll(async () => server.stop());

describe('govledger init over EventStoreDB (wire-level test double)', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cwd: string;
  let n = 0;
  beforeEach(() => {
    scratch = scratchDir();
    cwd = scratch.dir;
  });
  afterEach(() => scratch.remove());

  const ledger = () => `init${process.pid}_${n++}`;
  const url = (name: string) => `${server.url}&ledger=${name}&cache=cache.sqlite`;

  it('needs --key for an esdb:// ledger, and creates nothing without it', async () => {
    const name = ledger();
    const run = await govledger(['init', '--db', url(name), '--origin', 'zjg.example/ledger'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--key FILE');
    expect(server.log.stream(`govledger.${name}.meta`)).toBeUndefined();
  });

  it('creates the ledger in EventStoreDB, the 0600 key in the named file and never in the ledger, and a first checkpoint', async () => {
    const name = ledger();
    const run = await govledger(['init', '--db', url(name), '--origin', 'zjg.example/ledger', '--key', 'keys/l.key'], {
      cwd,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`created ledger esdb://`);
    expect(run.stdout).not.toContain('cache.sqlite');
    const keyFile = join(cwd, 'keys/l.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const secret = readFileSync(keyFile, 'utf8').trim().split('+').slice(4).join('+');
    const seed = Buffer.from(secret, 'base64').subarray(1);
    for (const record of server.log.all()) {
      expect(Buffer.from(record.data).includes(Buffer.from(secret))).toBe(false);
      expect(Buffer.from(record.data).includes(seed)).toBe(false);
    }
    const created = server.log.stream(`govledger.${name}.meta`)!;
    expect(created.map((r) => r.type)).toEqual(['LedgerCreated']);
    expect(JSON.parse(Buffer.from(created[0]!.data).toString())).toMatchObject({ origin: 'zjg.example/ledger' });
    expect(server.log.stream(`govledger.${name}.checkpoints`)).toHaveLength(1);
    await govledger(['append', '--db', url(name), '--key', 'keys/l.key'], { cwd, stdin: proposedEventsNdjson(5) });
    const vkey = (await govledger(['key', '--db', url(name), '--key', 'keys/l.key'], { cwd })).stdout.trim();
    expect(vkey).toMatch(/^zjg\.example\/ledger\+/);
    const verified = await govledger(['verify', '--db', url(name), '--key', vkey], { cwd });
    expect(verified.stdout, verified.stderr).toContain('OK: 5 entries and 2 checkpoint root(s) verified');
    expect(verified.code).toBe(0);
  });

  it('refuses a ledger name that exists, leaving its key and entries as they were', async () => {
    const name = ledger();
    const args = ['init', '--db', url(name), '--origin', 'o', '--key', 'a.key'];
    expect((await govledger(args, { cwd })).code).toBe(0);
    const key = readFileSync(join(cwd, 'a.key'));
    const written = server.log.all().length;
    const again = await govledger(['init', '--db', url(name), '--origin', 'o', '--key', 'b.key'], { cwd });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(() => statSync(join(cwd, 'b.key'))).toThrow();
    expect(readFileSync(join(cwd, 'a.key'))).toEqual(key);
    expect(server.log.all().length).toBe(written);
  });
});
