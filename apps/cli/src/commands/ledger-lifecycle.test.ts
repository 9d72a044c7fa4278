import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

describe('govledger init, append, export, import, replay', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cwd: string;
  beforeEach(() => {
    scratch = scratchDir();
    cwd = scratch.dir;
  });
  afterEach(() => scratch.remove());

  it('init creates the database and a 0600 signing key beside it, never inside it', async () => {
    const run = await govledger(['init', '--db', 'data/ledger.db', '--origin', 'zjg.example/ledger'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('verifier key: zjg.example/ledger+');
    const key = join(cwd, 'data/ledger.key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    // The key data is the fifth field onward: base64 may itself contain '+'.
    const secretBase64 = readFileSync(key, 'utf8').trim().split('+').slice(4).join('+');
    expect(secretBase64.length).toBe(44);
    const seed = Buffer.from(secretBase64, 'base64').subarray(1);
    const database = readFileSync(join(cwd, 'data/ledger.db'));
    expect(database.includes(Buffer.from(secretBase64))).toBe(false);
    expect(database.includes(seed)).toBe(false);
    const again = await govledger(['init', '--db', 'data/ledger.db', '--origin', 'zjg.example/ledger'], { cwd });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('init without --origin off a terminal asks for one with a usage error', async () => {
    const run = await govledger(['init', '--db', 'x.db'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--origin');
  });

  it('append takes NDJSON all or nothing and names every bad line, field and reason', async () => {
    await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd });
    const good = proposedEventsNdjson(3);
    const bad = `${good}{"streamId":"s","type":"T","schemaVersion":1,"data":{},"metadata":{"actor":{"id":"a","role":"r"},"occurredAt":"soon"}}\n\nnot json\n`;
    const refused = await govledger(['append', '--db', 'l.db', '-'], { cwd, stdin: bad });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('line 4: metadata.occurredAt');
    expect(refused.stderr).toContain('line 6: not valid JSON');
    expect((await govledger(['export', '--db', 'l.db'], { cwd })).stdout).toBe('');
    const ok = await govledger(['append', '--db', 'l.db', '-'], { cwd, stdin: good });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('ledger size 3');
  });

  it('an export imported into an empty ledger reproduces it byte for byte with the same root', async () => {
    await govledger(['init', '--db', 'a.db', '--origin', 'o'], { cwd });
    await govledger(['append', '--db', 'a.db'], { cwd, stdin: proposedEventsNdjson(40) });
    const exported = (await govledger(['export', '--db', 'a.db'], { cwd })).stdout;
    expect(exported.split('\n')).toHaveLength(41);
    writeFileSync(join(cwd, 'a.ndjson'), exported);
    await govledger(['init', '--db', 'b.db', '--origin', 'o', '--key', 'a.key'], { cwd });
    const imported = await govledger(['import', '--db', 'b.db', '--key', 'a.key', 'a.ndjson'], { cwd });
    expect(imported.code).toBe(0);
    expect((await govledger(['export', '--db', 'b.db'], { cwd })).stdout).toBe(exported);
    const rootA = JSON.parse((await govledger(['prove', '--db', 'a.db', '--index', '7'], { cwd })).stdout).root;
    const rootB = JSON.parse((await govledger(['prove', '--db', 'b.db', '--index', '7'], { cwd })).stdout).root;
    expect(rootB).toBe(rootA);
    const partial = await govledger(['export', '--db', 'a.db', '--from', '10', '--to', '12'], { cwd });
    expect(partial.stdout.split('\n').slice(0, 3)).toEqual(exported.split('\n').slice(10, 13));
  });

  it('import refuses a ledger that is not empty and an export with a changed line', async () => {
    await govledger(['init', '--db', 'a.db', '--origin', 'o'], { cwd });
    await govledger(['append', '--db', 'a.db'], { cwd, stdin: proposedEventsNdjson(5) });
    const exported = (await govledger(['export', '--db', 'a.db'], { cwd })).stdout;
    expect((await govledger(['import', '--db', 'a.db', '-'], { cwd, stdin: exported })).stderr).toContain(
      'empty ledger',
    );
    await govledger(['init', '--db', 'c.db', '--origin', 'o', '--key', 'a.key'], { cwd });
    const changed = exported.replace('"n":3', '"n": 3');
    const refused = await govledger(['import', '--db', 'c.db', '-'], { cwd, stdin: changed });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('line 4');
    expect(refused.stderr).toContain('canonical');
  });

  it('replay answers as of an index and as of a time', async () => {
    await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd });
    await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(6) });
    const asOf = JSON.parse((await govledger(['replay', '--db', 'l.db', '--as-of', '2', '--json'], { cwd })).stdout);
    expect(asOf.size).toBe(3);
    expect(asOf.projections.ledgerStatistics.events).toBe(3);
    const early = JSON.parse(
      (await govledger(['replay', '--db', 'l.db', '--as-of', '2000-01-01T00:00:00Z', '--json'], { cwd })).stdout,
    );
    expect(early.size).toBe(0);
    const bad = await govledger(['replay', '--db', 'l.db', '--as-of', 'yesterday'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of');
  });

  it('a missing database is an environment error naming the command that creates it', async () => {
    const run = await govledger(['export', '--db', 'missing.db'], { cwd });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('govledger init --db');
  });
});

describe('govledger append keeps governance acts behind their rules', () => {
  it('refuses a raw governance event and points to submit', async () => {
    const scratch = scratchDir();
    try {
      await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd: scratch.dir });
      const raw = JSON.stringify({
        streamId: 'complaint-1',
        type: 'ComplaintFiled',
        schemaVersion: 1,
        data: {},
        metadata: { actor: { id: 'r', role: 'resident' }, occurredAt: '2024-03-01T08:00:00Z' },
      });
      const run = await govledger(['append', '--db', 'l.db'], { cwd: scratch.dir, stdin: `${raw}\n` });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('line 1: type: ComplaintFiled is a governance act');
      expect(run.stderr).toContain('govledger submit');
    } finally {
      scratch.remove();
    }
  });
});
