import { openPostgresStore } from '@govledger/store-postgres';
import { startTestServer, type TestServer, whyNoServer } from '@govledger/store-postgres/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

const noServer = whyNoServer();

describe.skipIf(noServer !== null)(
  `signed state notes of a ledger in PostgreSQL${noServer ? ` (skipped: ${noServer})` : ''}`,
  () => {
    let server: TestServer;
    const scratch = scratchDir('govledger-pg-state-');
    const cwd = scratch.dir;

    beforeAll(async () => {
      server = await startTestServer();
    }, 120_000);
    afterAll(() => {
      server?.destroy();
      scratch.remove();
    });

    it('every checkpoint written over postgres:// has a signed state note, and verify --state recomputes them', async () => {
      const url = server.url('cli_state');
      const init = await govledger(['init', '--db', url, '--origin', 'zjg.example/pg-state', '--key', 'pg.key'], {
        cwd,
      });
      expect(init.code, init.stderr).toBe(0);
      for (const [count, offset] of [
        [4, 0],
        [3, 4],
      ] as const) {
        const run = await govledger(['append', '--db', url, '--key', 'pg.key'], {
          cwd,
          stdin: proposedEventsNdjson(count, offset),
        });
        expect(run.code, run.stderr).toBe(0);
      }
      const store = await openPostgresStore(url, { readonly: true });
      try {
        const checkpointSizes = (await store.log.checkpoints()).map((c) => c.size);
        expect(checkpointSizes).toEqual([0, 4, 7]);
        expect(await store.stateNoteSizes()).toEqual(checkpointSizes);
        expect((await store.stateNote(7))?.split('\n').slice(0, 2)).toEqual(['zjg.example/pg-state/state/v1', '7']);
      } finally {
        await store.close();
      }
      const vkey = (await govledger(['key', '--db', url, '--key', 'pg.key'], { cwd })).stdout.trim();
      const verified = await govledger(['verify', '--db', url, '--key', vkey, '--state'], { cwd });
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
      expect(verified.stdout).toContain('OK: 3 signed state root(s) recomputed from the log');
    }, 120_000);

    it('migrate carries the state notes of an SQLite ledger into PostgreSQL, where verify --state recomputes them', async () => {
      expect((await govledger(['init', '--db', 'm.db', '--origin', 'zjg.example/m'], { cwd })).code).toBe(0);
      await govledger(['append', '--db', 'm.db'], { cwd, stdin: proposedEventsNdjson(5) });
      const url = server.url('cli_state_migrated');
      const migrated = await govledger(['migrate', '--from', 'm.db', '--to', url, '--key', 'm.key'], { cwd });
      expect(migrated.code, migrated.stderr).toBe(0);
      expect(migrated.stdout).toContain('2 signed checkpoint(s) and 2 state note(s) copied');
      const vkey = (await govledger(['key', '--db', 'm.db'], { cwd })).stdout.trim();
      const verified = await govledger(['verify', '--db', url, '--key', vkey, '--state'], { cwd });
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
      expect(verified.stdout).toContain('OK: 2 signed state root(s) recomputed from the log');
    }, 120_000);
  },
);
