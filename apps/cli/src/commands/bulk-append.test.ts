import { rmSync, writeFileSync } from 'node:fs';
import { ProjectionRunner } from '@govledger/core';
import { join } from 'node:path';
import { must } from '@govledger/core/testing';
import { BULK_FROM_ENTRIES, openSqliteStore } from '@govledger/store-sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';
import { allProjections } from '../projections.ts';
import { holderNotePath, noteHolder } from '../write-lock.ts';

/** Where every projection of the ledger file `db` resumes from its snapshots, as `serve` does. */
async function resumedAt(db: string): Promise<number> {
  const store = openSqliteStore(db, { readonly: true });
  try {
    const runner = new ProjectionRunner(store, allProjections, { snapshots: store });
    await runner.catchUp();
    return runner.resumedAt;
  } finally {
    await store.close();
  }
}

/** The root `prove` reports for the ledger `db`. */
async function rootOf(db: string, cwd: string): Promise<string> {
  return JSON.parse((await govledger(['prove', '--db', db, '--index', '0'], { cwd })).stdout).root;
}

describe('govledger append and import of many events, through the bulk writer', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cwd: string;
  beforeEach(() => {
    scratch = scratchDir();
    cwd = scratch.dir;
  });
  afterEach(() => scratch.remove());

  const many = BULK_FROM_ENTRIES + 1234;

  it('append of a large file writes every event, and its import elsewhere gives the same root', async () => {
    await govledger(['init', '--db', 'a.db', '--origin', 'o'], { cwd });
    const appended = await govledger(['append', '--db', 'a.db'], { cwd, stdin: proposedEventsNdjson(many) });
    expect(appended.code).toBe(0);
    expect(appended.stdout).toContain(`ledger size ${many}`);
    const exported = (await govledger(['export', '--db', 'a.db'], { cwd })).stdout;
    writeFileSync(join(cwd, 'a.ndjson'), exported);
    await govledger(['init', '--db', 'b.db', '--origin', 'o', '--key', 'a.key'], { cwd });
    const imported = await govledger(['import', '--db', 'b.db', '--key', 'a.key', 'a.ndjson'], { cwd });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`imported ${many} entries`);
    expect((await govledger(['export', '--db', 'b.db'], { cwd })).stdout).toBe(exported);
    expect(await rootOf('b.db', cwd)).toBe(await rootOf('a.db', cwd));
    // Both writes left snapshots of every projection at their head (signing the state note folded them).
    expect(await resumedAt(join(cwd, 'a.db'))).toBe(many);
    expect(await resumedAt(join(cwd, 'b.db'))).toBe(many);
    // Their state notes were signed from the entries in hand; verify recomputes them from the log.
    const verifier = (await govledger(['key', '--db', 'a.db'], { cwd })).stdout.trim();
    for (const db of ['a.db', 'b.db']) {
      const verified = await govledger(['verify', '--db', db, '--state', '--key', verifier], { cwd });
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
      expect(verified.stdout).toContain('signed state root(s) recomputed from the log');
    }
  });

  it('a large append to a ledger without a signing key still leaves snapshots at its head', async () => {
    await govledger(['init', '--db', 'n.db', '--origin', 'o'], { cwd });
    rmSync(join(cwd, 'n.key'));
    const appended = await govledger(['append', '--db', 'n.db'], { cwd, stdin: proposedEventsNdjson(many) });
    expect(appended.stdout).toContain(`ledger size ${many}`);
    expect(appended.stdout).not.toContain('checkpoint signed');
    expect(await resumedAt(join(cwd, 'n.db'))).toBe(many);
  });

  it('a large import with one changed line in its last chunk writes nothing and names the line', async () => {
    await govledger(['init', '--db', 'a.db', '--origin', 'o'], { cwd });
    await govledger(['append', '--db', 'a.db'], { cwd, stdin: proposedEventsNdjson(many) });
    const lines = (await govledger(['export', '--db', 'a.db'], { cwd })).stdout.split('\n');
    lines[many - 2] = lines[many - 2]!.replace('"community"', '"community" ');
    await govledger(['init', '--db', 'c.db', '--origin', 'o', '--key', 'a.key'], { cwd });
    const refused = await govledger(['import', '--db', 'c.db', '-'], { cwd, stdin: lines.join('\n') });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`line ${many - 1}`);
    expect((await govledger(['export', '--db', 'c.db'], { cwd })).stdout).toBe('');
  });

  it('an append while another run holds the write lock is a conflict naming the holder, and writes nothing', async () => {
    await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd });
    const db = join(cwd, 'l.db');
    const holder = openSqliteStore(db);
    const run = must(await holder.bulkAppend({ commit: 'end' }));
    const release = noteHolder(db, 'import');
    try {
      const second = await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(3) });
      expect(second.code).toBe(4);
      expect(second.stderr).toContain(`being written by govledger import (process ${process.pid}`);
      expect(second.stderr).not.toContain('database is locked');
    } finally {
      release();
      await run.abort();
      await holder.close();
    }
    expect((await govledger(['export', '--db', 'l.db'], { cwd })).stdout).toBe('');
    const later = await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(3) });
    expect(later.stdout).toContain('ledger size 3');
  });

  it('a note left by a writer that is gone is not named as the holder', async () => {
    await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd });
    const db = join(cwd, 'l.db');
    writeFileSync(holderNotePath(db), JSON.stringify({ verb: 'import', pid: 2 ** 22 + 17, since: 'x' }));
    const holder = openSqliteStore(db);
    const run = must(await holder.bulkAppend({ commit: 'end' }));
    try {
      const second = await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(1) });
      expect(second.code).toBe(4);
      expect(second.stderr).toContain('being written by another connection');
    } finally {
      await run.abort();
      await holder.close();
    }
  });
});
