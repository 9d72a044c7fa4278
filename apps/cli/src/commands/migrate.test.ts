import { describe, expect, it } from 'vitest';
import { createReader } from '@govledger/reader';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';
import { cliOverTestDouble } from '../test-support/esdb-double.ts';
import { govledger, proposedEventsNdjson } from '../test-support/run-cli.ts';

const at = cliOverTestDouble();

describe('govledger over EventStoreDB (wire-level test double)', () => {
  const esdb = () => at.freshLedgerUrl('cli');

  it('migrate copies an SQLite ledger, the roots match, and export, prove and verify work on the copy', async () => {
    await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd: at.cwd });
    await govledger(['append', '--db', 'l.db'], { cwd: at.cwd, stdin: proposedEventsNdjson(40) });
    const url = esdb();
    const run = await govledger(['migrate', '--from', 'l.db', '--to', url, '--chunk-bytes', '5000'], { cwd: at.cwd });
    expect(run.stderr).not.toContain('govledger:');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('migrated 40 entries');
    expect(run.stdout).toContain('2 signed checkpoint(s) and 2 state note(s) copied');
    const sqliteExport = (await govledger(['export', '--db', 'l.db'], { cwd: at.cwd })).stdout;
    expect((await govledger(['export', '--db', url], { cwd: at.cwd })).stdout).toBe(sqliteExport);
    const proof = (db: string) => govledger(['prove', '--db', db, '--index', '7'], { cwd: at.cwd });
    expect(JSON.parse((await proof(url)).stdout)).toEqual(JSON.parse((await proof('l.db')).stdout));
    const consistency = await govledger(['consistency', '--db', url, '--from', '10'], { cwd: at.cwd });
    expect(JSON.parse(consistency.stdout)).toMatchObject({ from: 10, to: 40 });
    const vkey = (await govledger(['key', '--db', 'l.db'], { cwd: at.cwd })).stdout.trim();
    const verified = await govledger(['verify', '--db', url, '--key', vkey], { cwd: at.cwd });
    expect(verified.stdout).toContain('OK: 40 entries and 2 checkpoint root(s) verified');
    expect(verified.code).toBe(0);
    const state = await govledger(['verify', '--db', url, '--key', vkey, '--state'], { cwd: at.cwd });
    expect(state.stdout).toContain('OK: 2 signed state root(s) recomputed from the log');
    expect(state.code).toBe(0);
  });

  it('serves the read API over a migrated ledger with the same head and proofs as the SQLite one', async () => {
    await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd: at.cwd });
    await govledger(['append', '--db', 'l.db'], { cwd: at.cwd, stdin: proposedEventsNdjson(12) });
    const url = esdb();
    expect((await govledger(['migrate', '--from', 'l.db', '--to', url], { cwd: at.cwd })).code).toBe(0);
    const answers = async (db: string) => {
      const store = openLedger(ledgerFiles({ db }, {}, at.cwd).db, { readonly: true });
      const app = createReader({ store });
      try {
        const head = (await app.inject({ method: 'GET', url: '/v1/ledger' })).json();
        const proof = (await app.inject({ method: 'GET', url: '/v1/ledger/proofs/inclusion?index=5' })).json();
        return { head, proof };
      } finally {
        await app.close();
        await store.close();
      }
    };
    const fromEsdb = await answers(url);
    expect(fromEsdb.proof).toMatchObject({ index: 5, size: 12 });
    expect(fromEsdb).toEqual(await answers('l.db'));
  });

  it('migrate refuses a target that already holds entries and says why', async () => {
    await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd: at.cwd });
    await govledger(['append', '--db', 'l.db'], { cwd: at.cwd, stdin: proposedEventsNdjson(3) });
    const url = esdb();
    expect((await govledger(['migrate', '--from', 'l.db', '--to', url], { cwd: at.cwd })).code).toBe(0);
    const again = await govledger(['migrate', '--from', 'l.db', '--to', url], { cwd: at.cwd });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already holds 3 entries');
    const usage = await govledger(['migrate', '--from', 'l.db', '--to', 'other.db'], { cwd: at.cwd });
    expect(usage.code).toBe(2);
  });

  it('appends to an EventStoreDB ledger, and keep --once signs the new head', async () => {
    await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd: at.cwd });
    const url = esdb();
    expect((await govledger(['migrate', '--from', 'l.db', '--to', url], { cwd: at.cwd })).code).toBe(0);
    const appended = await govledger(['append', '--db', url, '-'], { cwd: at.cwd, stdin: proposedEventsNdjson(5) });
    expect(appended.stdout).toContain('ledger size 5');
    const kept = await govledger(['keep', '--db', url, '--key', 'l.key', '--once'], { cwd: at.cwd });
    expect(kept.stdout).toContain('checkpoint signed at size 5');
    expect(kept.stdout).toContain('state note signed at size 5');
    const vkey = (await govledger(['key', '--db', 'l.db'], { cwd: at.cwd })).stdout.trim();
    const verified = await govledger(['verify', '--db', url, '--key', vkey], { cwd: at.cwd });
    expect(verified.stdout).toContain('OK: 5 entries');
    const checkpoint = await govledger(['checkpoint', '--db', url, '--size', '5'], { cwd: at.cwd });
    expect(checkpoint.stdout).toMatch(/^zjg\.example\/ledger\n5\n/);
    const replayed = await govledger(['replay', '--db', url, '--json'], { cwd: at.cwd });
    expect(replayed.code).toBe(0);
  });
});

describe('govledger over an EventStoreDB it cannot use', () => {
  it('names a ledger that does not exist with exit code 3, without a stack trace', async () => {
    const missing = await govledger(['export', '--db', at.ledgerUrl('never_made')], { cwd: at.cwd });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('there is no ledger never_made');
    expect(missing.stderr).not.toContain('    at ');
  });
});
