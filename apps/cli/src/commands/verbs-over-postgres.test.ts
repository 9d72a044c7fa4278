import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer, whyNoServer } from '@govledger/store-postgres/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINANT, complaintLedger, REGISTRATIONS } from '../test-support/complaint-ledger.ts';
import { type CliRun, govledger } from '../test-support/run-cli.ts';

const noServer = whyNoServer();

/** A complaint filed now by a second resident, with personal data sealed by the ledger's key store. */
const newComplaint = (complaintId: string, communityId = 'cm-1') =>
  JSON.stringify({
    command: 'FileComplaint',
    actor: { id: 'person-li', role: 'resident' },
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    data: {
      complaintId,
      communityId,
      companyId: 'co-a',
      category: 'noise',
      complainantId: 'person-li',
      complainantName: '李强',
      complainantPhone: '13800001111',
      description: '夜间施工噪音',
    },
  });

describe.skipIf(noServer !== null)(
  `submit, report, trail, diff and forget over PostgreSQL answer as over the same ledger in SQLite${noServer ? ` (skipped: ${noServer})` : ''}`,
  () => {
    let server: TestServer;
    let ledger: { dir: string; remove(): void };
    let url: string;
    const cwd = () => ledger.dir;
    /** Runs the verb on the SQLite ledger and on its copy in PostgreSQL, side by side. */
    const onBoth = (args: (db: string) => string[], stdin?: string): Promise<[CliRun, CliRun]> =>
      Promise.all([
        govledger(args('l.db'), { cwd: cwd(), ...(stdin !== undefined ? { stdin } : {}) }),
        govledger(args(url), { cwd: cwd(), ...(stdin !== undefined ? { stdin } : {}) }),
      ]);
    const exported = async (db: string) => (await govledger(['export', '--db', db], { cwd: cwd() })).stdout;

    beforeAll(async () => {
      [server, ledger] = await Promise.all([startTestServer(), complaintLedger()]);
      url = server.url('verbs');
      const migrated = await govledger(['migrate', '--from', 'l.db', '--to', url], { cwd: cwd() });
      expect(migrated.code, migrated.stderr).toBe(0);
      // The PostgreSQL ledger's files are named after it: the same signing key and key store.
      copyFileSync(join(cwd(), 'l.key'), join(cwd(), 'verbs.key'));
      copyFileSync(join(cwd(), 'l.db.keys'), join(cwd(), 'verbs.keys'));
      expect(await exported(url)).toBe(await exported('l.db'));
    }, 180_000);
    afterAll(() => {
      server?.destroy();
      ledger?.remove();
    });

    it('trail counts the same acts of an actor, by type and quarter, and lists the same range', async () => {
      const [sqlite, pg] = await onBoth((db) => [
        'trail',
        '--db',
        db,
        '--actor',
        'co-a',
        '--period',
        'quarter',
        '--json',
      ]);
      expect(pg.code, pg.stderr).toBe(0);
      expect(JSON.parse(pg.stdout)).toMatchObject({ actorId: 'co-a', total: 2 });
      expect(pg.stdout).toBe(sqlite.stdout);
      const from = String(REGISTRATIONS.length + 1);
      const ranged = await onBoth((db) => ['trail', '--db', db, '--actor', 'co-a', '--from', from, '--to', '6']);
      expect(ranged[1].code, ranged[1].stderr).toBe(0);
      expect(ranged[1].stdout).toBe(ranged[0].stdout);
    }, 120_000);

    it('diff finds the same changes between two points of the log, with their causes', async () => {
      const [sqlite, pg] = await onBoth((db) => ['diff', '--db', db, '--from', '2', '--to', '7', '--json']);
      expect(pg.code, pg.stderr).toBe(0);
      expect(JSON.parse(pg.stdout)).toMatchObject({ projections: expect.any(Array) });
      expect(pg.stdout).toBe(sqlite.stdout);
      const text = await onBoth((db) => ['diff', '--db', db, '--from', '2']);
      expect(text[1].code, text[1].stderr).toBe(0);
      expect(text[1].stdout).toBe(text[0].stdout);
    }, 120_000);

    it('report writes the same report of a period, verified against the same signed checkpoint', async () => {
      const [sqlite, pg] = await onBoth((db) => [
        'report',
        '--db',
        db,
        '--from',
        '2024-01-01',
        '--to',
        '2024-12-31',
        '--lang',
        'en',
        '--out',
        db === url ? 'pg.html' : 'sqlite.html',
      ]);
      expect(sqlite.code, sqlite.stderr).toBe(0);
      expect(pg.code, pg.stderr).toBe(0);
      expect(pg.stdout).toMatch(/verification \(period\) passed/);
      const html = (file: string) => readFileSync(join(cwd(), file), 'utf8');
      expect(html('pg.html')).toBe(html('sqlite.html'));
    }, 180_000);

    it('submit records a valid submission and refuses a bad one as over SQLite, writing nothing for it', async () => {
      const refused = await onBoth(
        (db) => ['submit', '--db', db],
        `${newComplaint('c-9')}\n${newComplaint('c-10', 'no-such-community')}\n`,
      );
      expect(refused[1].code).toBe(refused[0].code);
      expect(refused[1].code).not.toBe(0);
      expect(refused[1].stderr).toBe(refused[0].stderr);
      expect(refused[1].stderr).toContain('line 2: FileComplaint: rule CommunityNotRegistered');
      expect(await exported(url)).toBe(await exported('l.db'));

      const recorded = await onBoth((db) => ['submit', '--db', db], `${newComplaint('c-9')}\n`);
      expect(recorded[1].code, recorded[1].stderr).toBe(0);
      expect(recorded[1].stdout).toBe(recorded[0].stdout);
      const trails = await onBoth((db) => ['trail', '--db', db, '--actor', 'person-li', '--json']);
      expect(JSON.parse(trails[1].stdout)).toMatchObject({ total: 1, byType: { ComplaintFiled: 1 } });
      // The same acts, recorded by each ledger at its own wall-clock time.
      const timeless = (run: CliRun) => run.stdout.replace(/"recordedAt": "[^"]+"/g, '"recordedAt": "…"');
      expect(timeless(trails[1])).toBe(timeless(trails[0]));
      const verified = await govledger(['verify', '--db', url], { cwd: cwd() });
      expect(verified.code, verified.stderr).toBe(0);
    }, 180_000);

    it('forget erases a person as over SQLite: verify passes, a proof of the old head still holds, the fields read as erased', async () => {
      const index = String(REGISTRATIONS.length);
      const before = JSON.parse((await govledger(['prove', '--db', url, '--index', index], { cwd: cwd() })).stdout);
      const [sqlite, pg] = await onBoth((db) => [
        'forget',
        '--db',
        db,
        '--subject',
        COMPLAINANT.id,
        '--reason',
        'PIPL art. 47 request',
        '--at',
        new Date(Date.now() - 1000).toISOString(),
      ]);
      expect(sqlite.code, sqlite.stderr).toBe(0);
      expect(pg.code, pg.stderr).toBe(0);
      expect(pg.stdout).toBe(sqlite.stdout);
      expect((await govledger(['verify', '--db', url], { cwd: cwd() })).code).toBe(0);
      const after = JSON.parse(
        (await govledger(['prove', '--db', url, '--index', index, '--size', String(before.size)], { cwd: cwd() }))
          .stdout,
      );
      expect(after).toEqual(before);
      const histories = await onBoth((db) => ['history', '--db', db, '--stream', 'complaint-c-1', '--personal']);
      expect(histories[1].code, histories[1].stderr).toBe(0);
      expect(histories[1].stdout).not.toContain(COMPLAINANT.name);
      expect(histories[1].stdout).not.toContain(COMPLAINANT.phone);
      expect(histories[1].stdout).toBe(histories[0].stdout);
      const again = await govledger(['forget', '--db', url, '--subject', COMPLAINANT.id, '--reason', 'again'], {
        cwd: cwd(),
      });
      expect(again.code).toBe(1);
    }, 180_000);
  },
);
