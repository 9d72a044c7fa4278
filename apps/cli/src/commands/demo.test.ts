import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo as demoModule } from '@govledger/governance';

const { demoHistory } = demoModule;
import { openSqliteStore } from '@govledger/store-sqlite';
import { type CliRun, govledger, scratchDir } from '../test-support/run-cli.ts';

/** Runs `govledger demo …` in `cwd`. */
const demo = (args: readonly string[], cwd: string): Promise<CliRun> => govledger(['demo', ...args], { cwd });

/** The ledger's files on disk, as raw bytes. */
function ledgerBytes(dir: string): Buffer {
  return Buffer.concat(
    ['d.db', 'd.db-wal', 'd.db-shm']
      .map((f) => join(dir, f))
      .filter(existsSync)
      .map((f) => readFileSync(f)),
  );
}

/** Names, phone numbers and ID numbers the seed-7 history files complaints and registers owners with. */
function personalValues(): string[] {
  const values = new Set<string>();
  for (const batch of demoHistory({ seed: 7, scale: 1 })) {
    for (const { value } of batch.lines) {
      const { command, data } = value as { command: string; data: Record<string, unknown> };
      if (command === 'FileComplaint' && values.size < 100) {
        values.add(String(data.complainantName));
        values.add(String(data.complainantPhone));
      }
      if (command === 'RegisterUnits' && values.size < 160) {
        for (const unit of (data.units as { ownerName: string; ownerIdNumber?: string }[]).slice(0, 5)) {
          values.add(unit.ownerName);
          if (unit.ownerIdNumber) values.add(unit.ownerIdNumber);
        }
      }
    }
  }
  return [...values];
}

describe('govledger demo', () => {
  const first = scratchDir('govledger-demo-');
  const second = scratchDir('govledger-demo-');
  let run: CliRun;

  beforeAll(async () => {
    run = await demo(['--db', 'd.db', '--seed', '7'], first.dir);
  }, 120_000);

  afterAll(() => {
    first.remove();
    second.remove();
  });

  it('records the history and reports every figure of the source reproduced', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/events: \d{5,} in \d+ submissions/);
    expect(run.stdout).toMatch(/checkpoints: 13 stored \(12 signed by the demo/);
    expect(run.stdout).toContain('ok   partyMembersCovered: 304');
    expect(run.stdout).not.toContain('FAIL');
  });

  it('prints the counts verify finds: entries and stored checkpoints', async () => {
    const verified = await govledger(['verify', '--db', 'd.db'], { cwd: first.dir });
    const events = /events: (\d+) in/.exec(run.stdout)![1];
    const stored = /checkpoints: (\d+) stored/.exec(run.stdout)![1];
    expect(verified.stdout).toContain(`OK: ${events} entries and ${stored} checkpoint root(s) verified`);
  });

  it('writes a byte-identical ledger for the same seed in another directory', async () => {
    const again = await demo(['--db', 'd.db', '--seed', '7'], second.dir);
    expect(again.code, again.stderr).toBe(0);
    const a = await govledger(['export', '--db', 'd.db'], { cwd: first.dir });
    const b = await govledger(['export', '--db', 'd.db'], { cwd: second.dir });
    expect(a.code).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(1_000_000);
    expect(b.stdout === a.stdout).toBe(true);
  }, 120_000);

  it('leaves a ledger that verifies against its quarterly checkpoints', async () => {
    const verified = await govledger(['verify', '--db', 'd.db'], { cwd: first.dir });
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/^OK: /);
  }, 60_000);

  it('keeps every personal value out of the database file, its snapshots and WAL, sealed under keys its key store holds', async () => {
    // A plain replay saves projection snapshots (every 10,000 entries) into the file first.
    expect((await govledger(['replay', '--db', 'd.db'], { cwd: first.dir })).code).toBe(0);
    const db = new Database(join(first.dir, 'd.db'), { readonly: true });
    const snapshots = (db.prepare('SELECT count(*) AS n FROM snapshots').get() as { n: number }).n;
    db.close();
    expect(snapshots).toBeGreaterThan(0);
    const bytes = ledgerBytes(first.dir);
    const values = personalValues();
    expect(values.length).toBeGreaterThan(100);
    for (const value of values) expect(bytes.includes(Buffer.from(value)), `${value} leaked`).toBe(false);
    const replayed = await govledger(['replay', '--db', 'd.db', '--personal', '--json'], { cwd: first.dir });
    expect(replayed.code, replayed.stderr).toBe(0);
    expect(replayed.stdout.length).toBeGreaterThan(0);
  }, 60_000);

  it('serves no personal value on any public endpoint of the read API over the demo ledger', async () => {
    const { createReader } = await import('@govledger/reader');
    const store = openSqliteStore(join(first.dir, 'd.db'), { readonly: true });
    const app = createReader({ store, rateLimit: false, clock: () => new Date('2024-12-31T12:00:00Z') });
    try {
      const document = JSON.parse((await app.inject({ url: '/openapi.json' })).body) as {
        paths: Record<string, unknown>;
      };
      const streams = new Set<string>();
      for await (const event of store.readAll({ limit: 4000 })) {
        if (/^(complaint|vote|committee|fund)-/.test(event.streamId)) streams.add(event.streamId);
      }
      const urls = Object.keys(document.paths).flatMap((template) => {
        if (template === '/v1/streams/{streamId}/events')
          return [...streams].slice(0, 60).map((id) => `/v1/streams/${encodeURIComponent(id)}/events`);
        if (template.includes('{')) return [];
        if (template.includes('/proofs/'))
          return [`${template}?${template.endsWith('inclusion') ? 'index=0' : 'from=1'}`];
        return [template, `${template}?asOf=2023-06-30`];
      });
      expect(urls.length).toBeGreaterThan(30);
      const values = personalValues();
      for (const url of urls) {
        const response = await app.inject({ url });
        if (response.statusCode >= 400) continue;
        for (const value of values) expect(response.body.includes(value), `${url} serves ${value}`).toBe(false);
        expect(response.body, `${url} serves a ballot`).not.toMatch(/"type":"BallotCast","data":\{/);
      }
    } finally {
      await app.close();
      await store.close();
    }
  }, 120_000);

  it('refuses a ledger that already holds entries', async () => {
    const refused = await demo(['--db', 'd.db', '--seed', '7'], first.dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds \d+ entries/);
  });

  it('warns in its help that seeded keys void erasure', async () => {
    const help = await demo(['--help'], first.dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/erasure[\s\S]*promises nothing/);
  });

  it('refuses a scale that is not a positive integer as a usage error', async () => {
    const refused = await demo(['--db', 'other.db', '--scale', '0'], first.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--scale must be an integer from 1/);
  });
});
