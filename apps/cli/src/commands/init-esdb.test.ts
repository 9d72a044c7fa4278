import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOverTestDouble } from '../test-support/esdb-double.ts';
import { govledger, proposedEventsNdjson } from '../test-support/run-cli.ts';

const at = cliOverTestDouble();

describe('govledger init over EventStoreDB (wire-level test double)', () => {
  const ledger = () => at.freshLedgerName('init');
  const url = (name: string) => at.ledgerUrl(name);

  it('needs --key for an esdb:// ledger, and creates nothing without it', async () => {
    const name = ledger();
    const run = await govledger(['init', '--db', url(name), '--origin', 'zjg.example/ledger'], { cwd: at.cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--key FILE');
    expect(at.server.log.stream(`govledger.${name}.meta`)).toBeUndefined();
  });

  it('creates the ledger in EventStoreDB, the 0600 key in the named file and never in the ledger, and a first checkpoint', async () => {
    const name = ledger();
    const run = await govledger(['init', '--db', url(name), '--origin', 'zjg.example/ledger', '--key', 'keys/l.key'], {
      cwd: at.cwd,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`created ledger esdb://`);
    expect(run.stdout).not.toContain('cache.sqlite');
    const keyFile = join(at.cwd, 'keys/l.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const secret = readFileSync(keyFile, 'utf8').trim().split('+').slice(4).join('+');
    const seed = Buffer.from(secret, 'base64').subarray(1);
    for (const record of at.server.log.all()) {
      expect(Buffer.from(record.data).includes(Buffer.from(secret))).toBe(false);
      expect(Buffer.from(record.data).includes(seed)).toBe(false);
    }
    const created = at.server.log.stream(`govledger.${name}.meta`)!;
    expect(created.map((r) => r.type)).toEqual(['LedgerCreated']);
    expect(JSON.parse(Buffer.from(created[0]!.data).toString())).toMatchObject({ origin: 'zjg.example/ledger' });
    expect(at.server.log.stream(`govledger.${name}.checkpoints`)).toHaveLength(1);
    await govledger(['append', '--db', url(name), '--key', 'keys/l.key'], {
      cwd: at.cwd,
      stdin: proposedEventsNdjson(5),
    });
    const vkey = (await govledger(['key', '--db', url(name), '--key', 'keys/l.key'], { cwd: at.cwd })).stdout.trim();
    expect(vkey).toMatch(/^zjg\.example\/ledger\+/);
    const verified = await govledger(['verify', '--db', url(name), '--key', vkey], { cwd: at.cwd });
    expect(verified.stdout, verified.stderr).toContain('OK: 5 entries and 2 checkpoint root(s) verified');
    expect(verified.code).toBe(0);
  });

  it('refuses a ledger name that exists, leaving its key and entries as they were', async () => {
    const name = ledger();
    const args = ['init', '--db', url(name), '--origin', 'o', '--key', 'a.key'];
    expect((await govledger(args, { cwd: at.cwd })).code).toBe(0);
    const key = readFileSync(join(at.cwd, 'a.key'));
    const written = at.server.log.all().length;
    const again = await govledger(['init', '--db', url(name), '--origin', 'o', '--key', 'b.key'], { cwd: at.cwd });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(() => statSync(join(at.cwd, 'b.key'))).toThrow();
    expect(readFileSync(join(at.cwd, 'a.key'))).toEqual(key);
    expect(at.server.log.all().length).toBe(written);
  });
});
