import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startTestServer, type TestServer, whyNoServer } from '@govledger/store-postgres/test-server';
import { createReader } from '@govledger/reader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';
import { type CliRun, govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

const noServer = whyNoServer();
const main = fileURLToPath(new URL('../main.ts', import.meta.url));
/** tsx's loader by absolute URL: the child runs in a scratch directory without node_modules. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts `govledger serve` as its own process and resolves with the URL it prints. */
function startServe(cwd: string, args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', tsx, main, 'serve', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}
/** The root line of a demo summary. */
const rootOf = (run: CliRun) => /root: (\S+) \(size (\d+)\)/.exec(run.stdout)?.slice(1);

describe.skipIf(noServer !== null)(
  `govledger over PostgreSQL on a throw-away server${noServer ? ` (skipped: ${noServer})` : ''}`,
  () => {
    let server: TestServer;
    const scratch = scratchDir('govledger-pg-cli-');
    const cwd = scratch.dir;
    let ledgers = 0;
    const freshUrl = () => server.url(`cli_${ledgers++}`);

    beforeAll(async () => {
      server = await startTestServer();
    }, 120_000);
    afterAll(() => {
      server?.destroy();
      scratch.remove();
    });

    it('demo, verify and export over PostgreSQL give the entries and root of the SQLite demo of the same seed', async () => {
      // Over the Unix socket, as a ledger beside its database would be: the demo makes several
      // round trips for each of its thousands of per-moment submissions (its time is theirs).
      const url = server.socketUrl(`cli_${ledgers++}`);
      // The two demos are independent processes (the PostgreSQL one waits mostly on round trips
      // of its per-moment submissions), so they run side by side, as do the two exports.
      const [sqlite, pg] = await Promise.all([
        govledger(['demo', '--db', 'demo.db', '--seed', '5'], { cwd }),
        govledger(['demo', '--db', url, '--key', 'demo-pg.key', '--seed', '5'], { cwd }),
      ]);
      expect(sqlite.code, sqlite.stderr).toBe(0);
      expect(pg.code, pg.stderr).toBe(0);
      expect(rootOf(pg)).toEqual(rootOf(sqlite));
      expect(pg.stdout).not.toContain('password');
      const vkey = (await govledger(['key', '--db', url, '--key', 'demo-pg.key'], { cwd })).stdout.trim();
      const [verified, exported, exportedSqlite] = await Promise.all([
        govledger(['verify', '--db', url, '--key', vkey], { cwd }),
        govledger(['export', '--db', url], { cwd }),
        govledger(['export', '--db', 'demo.db'], { cwd }),
      ]);
      expect(verified.code, verified.stderr).toBe(0);
      expect(verified.stdout).toMatch(/OK: \d+ entries and \d+ checkpoint root\(s\) verified/);
      expect(exported.stdout).toBe(exportedSqlite.stdout);
      const again = await govledger(['demo', '--db', url, '--key', 'demo-pg.key', '--seed', '5'], { cwd });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already holds \d+ entries/);
      // About 85 s on a quiet machine; bound by round trips, it stretches with the machine's load.
    }, 900_000);

    it('init, submit-style appends, import and checkpoint work with the key kept in a file, never in the database', async () => {
      const url = freshUrl();
      const keyless = await govledger(['init', '--db', url, '--origin', 'zjg.example/pg'], { cwd });
      expect(keyless.code).toBe(2);
      expect(keyless.stderr).toContain('--key FILE');
      const init = await govledger(['init', '--db', url, '--origin', 'zjg.example/pg', '--key', 'pg.key'], { cwd });
      expect(init.code, init.stderr).toBe(0);
      expect(init.stdout).toContain('created ledger postgres://postgres@127.0.0.1');
      const twice = await govledger(['init', '--db', url, '--origin', 'zjg.example/pg', '--key', 'pg.key'], { cwd });
      expect(twice.code).toBe(1);
      const appended = await govledger(['append', '--db', url, '--key', 'pg.key'], {
        cwd,
        stdin: proposedEventsNdjson(25),
      });
      expect(appended.code, appended.stderr).toBe(0);
      const copy = freshUrl();
      await govledger(['init', '--db', copy, '--origin', 'zjg.example/pg', '--key', 'pg.key'], { cwd });
      const exported = await govledger(['export', '--db', url], { cwd });
      const importRun = await govledger(['import', '-', '--db', copy, '--key', 'pg.key'], {
        cwd,
        stdin: exported.stdout,
      });
      expect(importRun.code, importRun.stderr).toBe(0);
      expect((await govledger(['export', '--db', copy], { cwd })).stdout).toBe(exported.stdout);
      const twiceImported = await govledger(['import', '-', '--db', copy, '--key', 'pg.key'], {
        cwd,
        stdin: exported.stdout,
      });
      expect(twiceImported.code).toBe(1);
      expect(twiceImported.stderr).toContain('needs an empty ledger');
      const vkey = (await govledger(['key', '--db', url, '--key', 'pg.key'], { cwd })).stdout.trim();
      const verified = await govledger(['verify', '--db', url, '--key', vkey], { cwd });
      expect(verified.stdout).toContain('OK: 25 entries');
      const keep = await govledger(['keep', '--db', url, '--key', 'pg.key'], { cwd });
      expect(keep.code).toBe(2);
      expect(keep.stderr).toContain('needs no keeper');
    }, 120_000);

    it('migrate copies an SQLite ledger with equal roots, refuses ordinary use of a partial copy, and resumes it', async () => {
      await govledger(['init', '--db', 'm.db', '--origin', 'zjg.example/ledger'], { cwd });
      await govledger(['append', '--db', 'm.db'], { cwd, stdin: proposedEventsNdjson(40) });
      const url = freshUrl();
      // A partial copy: what a migration leaves when it dies after its first chunks.
      const { openPostgresStore, migrateIntoPostgres } = await import('@govledger/store-postgres');
      const { openSqliteStore } = await import('@govledger/store-sqlite');
      const source = openSqliteStore(`${cwd}/m.db`, { readonly: true });
      const target = await openPostgresStore(url, { create: true, allowIncompleteMigration: true });
      const interrupted = migrateIntoPostgres(source, target, {
        sourceName: 'm.db',
        chunkLeaves: 15,
        onProgress: (copied) => {
          if (copied >= 30) throw new Error('killed');
        },
      });
      await expect(interrupted).rejects.toThrow('killed');
      await target.close();
      await source.close();
      const refused = await govledger(['export', '--db', url], { cwd });
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain('unfinished migration');
      const run = await govledger(['migrate', '--from', 'm.db', '--to', url, '--chunk-leaves', '7'], { cwd });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('migrated 40 entries');
      expect(run.stdout).toContain('(resumed after 30)');
      expect(run.stdout).toMatch(/roots equal: \S+/);
      expect((await govledger(['export', '--db', url], { cwd })).stdout).toBe(
        (await govledger(['export', '--db', 'm.db'], { cwd })).stdout,
      );
      const vkey = (await govledger(['key', '--db', 'm.db'], { cwd })).stdout.trim();
      const verified = await govledger(['verify', '--db', url, '--key', vkey], { cwd });
      expect(verified.code, verified.stderr).toBe(0);
      const again = await govledger(['migrate', '--from', 'm.db', '--to', url], { cwd });
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already holds 40 entries');
    }, 120_000);

    it('serve answers from a PostgreSQL ledger and shows appends made by another process', async () => {
      const url = freshUrl();
      await govledger(['init', '--db', url, '--origin', 'zjg.example/served', '--key', 'served.key'], { cwd });
      await govledger(['append', '--db', url, '--key', 'served.key'], { cwd, stdin: proposedEventsNdjson(4) });
      const served = await startServe(cwd, ['--db', url, '--key', 'served.key', '--port', '0']);
      try {
        const first = (await (await fetch(`${served.url}/v1/ledger`)).json()) as { size: number };
        expect(first.size).toBe(4);
        await govledger(['append', '--db', url, '--key', 'served.key'], { cwd, stdin: proposedEventsNdjson(3, 4) });
        const second = (await (await fetch(`${served.url}/v1/ledger`)).json()) as { size: number };
        expect(second.size).toBe(7);
      } finally {
        served.child.kill('SIGTERM');
      }
    }, 120_000);

    it('prove, checkpoint, replay and history answer over PostgreSQL exactly as over the same ledger in SQLite', async () => {
      await govledger(['init', '--db', 'v.db', '--origin', 'zjg.example/ledger'], { cwd });
      await govledger(['append', '--db', 'v.db'], { cwd, stdin: proposedEventsNdjson(9) });
      const url = freshUrl();
      expect((await govledger(['migrate', '--from', 'v.db', '--to', url], { cwd })).code).toBe(0);
      const answers = async (db: string) => {
        const runs = await Promise.all([
          govledger(['prove', '--db', db, '--index', '4'], { cwd }),
          govledger(['checkpoint', '--db', db, '--size', '9'], { cwd }),
          govledger(['replay', '--db', db, '--json'], { cwd }),
          govledger(['history', '--db', db, '--stream', 'sample-1'], { cwd }),
        ]);
        for (const run of runs) expect(run.code, run.stderr).toBe(0);
        return runs.map((run) => run.stdout);
      };
      const [fromPg, fromSqlite] = await Promise.all([answers(url), answers('v.db')]);
      expect(JSON.parse(fromPg[0]!)).toMatchObject({ index: 4, size: 9 });
      expect(fromPg[1]).toMatch(/^zjg\.example\/ledger\n9\n/);
      expect(fromPg).toEqual(fromSqlite);
    }, 300_000);

    it('names an unreachable server with exit code 3, without a stack trace', async () => {
      const run = await govledger(['export', '--db', 'postgres://postgres@127.0.0.1:1/postgres?ledger=x'], { cwd });
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('cannot reach PostgreSQL');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }, 60_000);

    it('the read API serves a PostgreSQL ledger unchanged: the same head and proofs as the SQLite one', async () => {
      await govledger(['init', '--db', 'r.db', '--origin', 'zjg.example/ledger'], { cwd });
      await govledger(['append', '--db', 'r.db'], { cwd, stdin: proposedEventsNdjson(12) });
      const url = freshUrl();
      expect((await govledger(['migrate', '--from', 'r.db', '--to', url], { cwd })).code).toBe(0);
      const answers = async (db: string) => {
        const store = openLedger(ledgerFiles({ db }, {}, cwd).db, { readonly: true });
        const app = createReader({ store });
        try {
          const head = (await app.inject({ method: 'GET', url: '/v1/ledger' })).json();
          const proof = (await app.inject({ method: 'GET', url: '/v1/ledger/proofs/inclusion?index=5' })).json();
          const events = (await app.inject({ method: 'GET', url: '/v1/ledger/checkpoint' })).body;
          return { head, proof, events };
        } finally {
          await app.close();
          await store.close();
        }
      };
      const fromPg = await answers(url);
      expect(fromPg.proof).toMatchObject({ index: 5, size: 12 });
      expect(fromPg).toEqual(await answers('r.db'));
    }, 120_000);
  },
);
