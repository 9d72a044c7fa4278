import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateSignerKey, signCheckpoint } from '@govledger/core';
import { isRight } from 'fp-ts/lib/Either.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

/** Plain SQL on the database file, as an operator with file access could do. */
function tamper(db: string, sql: (d: Database.Database) => void): void {
  const d = new Database(db);
  try {
    sql(d);
  } finally {
    d.close();
  }
}

describe('govledger verify detects tampering with plain SQL on the database file', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cwd: string;
  let db: string;
  beforeEach(async () => {
    scratch = scratchDir();
    cwd = scratch.dir;
    db = join(cwd, 'l.db');
    await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd });
    await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(20) });
    await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(12, 20) });
  });
  afterEach(() => scratch.remove());

  const verify = (...extra: string[]) => govledger(['verify', '--db', 'l.db', ...extra], { cwd });

  it('passes an untouched ledger, checking every checkpoint root', async () => {
    const run = await verify();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('OK: 32 entries and 3 checkpoint root(s) verified');
  });

  it('names the entry whose stored leaf had one byte changed', async () => {
    tamper(db, (d) => {
      const { leaf } = d.prepare('SELECT leaf FROM entries WHERE idx = 13').get() as { leaf: Buffer };
      leaf[leaf.indexOf('"n":13') + 4] = '7'.charCodeAt(0);
      d.prepare('UPDATE entries SET leaf = ? WHERE idx = 13').run(leaf);
    });
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('entry 13: its leaf bytes do not hash');
  });

  it('names the first missing entry when one is deleted', async () => {
    tamper(db, (d) => d.prepare('DELETE FROM entries WHERE idx = 9').run());
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('entry 9 is missing');
  });

  it('names the first of two swapped entries', async () => {
    tamper(db, (d) => {
      const a = d.prepare('SELECT leaf FROM entries WHERE idx = 4').get() as { leaf: Buffer };
      const b = d.prepare('SELECT leaf FROM entries WHERE idx = 11').get() as { leaf: Buffer };
      d.prepare('UPDATE entries SET leaf = ? WHERE idx = 4').run(b.leaf);
      d.prepare('UPDATE entries SET leaf = ? WHERE idx = 11').run(a.leaf);
    });
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('entry 4:');
  });

  it('names the entry whose whole row was swapped with another, hashes and all', async () => {
    tamper(db, (d) => {
      const rows = d.prepare('SELECT idx, leaf, hashes FROM entries WHERE idx IN (5, 6)').all() as {
        idx: number;
        leaf: Buffer;
        hashes: Buffer;
      }[];
      const update = d.prepare('UPDATE entries SET leaf = ?, hashes = ? WHERE idx = ?');
      update.run(rows[1]!.leaf, rows[1]!.hashes, 5);
      update.run(rows[0]!.leaf, rows[0]!.hashes, 6);
    });
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/entry [56]:/);
  });

  it('reports a truncated tail against the checkpoint signed at the longer size', async () => {
    tamper(db, (d) => d.prepare('DELETE FROM entries WHERE idx >= 28').run());
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('checkpoint was signed at size 32 but the ledger holds only 28');
  });

  it('names the entry whose stored tree node was replaced', async () => {
    tamper(db, (d) => {
      const { hashes } = d.prepare('SELECT hashes FROM entries WHERE idx = 15').get() as { hashes: Buffer };
      hashes.fill(0xab, 64, 96);
      d.prepare('UPDATE entries SET hashes = ? WHERE idx = 15').run(hashes);
    });
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('entry 15: stored tree node at level 2');
  });

  it('names a checkpoint signed by another key', async () => {
    const other = generateSignerKey('zjg.example/ledger');
    if (!isRight(other)) throw new Error('key generation failed');
    tamper(db, (d) => {
      const root = Buffer.alloc(32, 7);
      d.prepare('INSERT INTO checkpoints (size, note) VALUES (?, ?)').run(
        33,
        signCheckpoint({ origin: 'zjg.example/ledger', size: 33, root }, other.right),
      );
    });
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('stored checkpoint for size 33');
  });

  it('catches a rewritten leaf whose hashes were all recomputed, by the signed roots', async () => {
    const exported = (await govledger(['export', '--db', 'l.db'], { cwd })).stdout;
    const lines = exported.trimEnd().split('\n');
    lines[3] = lines[3]!.replace('"n":3', '"n":4');
    await govledger(['init', '--db', 'forged.db', '--origin', 'zjg.example/ledger', '--key', 'forged.key'], { cwd });
    await govledger(['import', '--db', 'forged.db', '--key', 'forged.key', '-'], {
      cwd,
      stdin: `${lines.join('\n')}\n`,
    });
    // Graft the forged entries (with internally consistent hashes) under the real checkpoints.
    tamper(db, (d) => {
      d.exec(`ATTACH DATABASE '${join(cwd, 'forged.db')}' AS forged`);
      d.exec('DELETE FROM entries; INSERT INTO entries SELECT * FROM forged.entries;');
    });
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('no longer hash to the root signed in the checkpoint for size 20');
  });

  it("checks an auditor's older checkpoint for consistency and reports a rollback below it", async () => {
    const old = (await govledger(['checkpoint', '--db', 'l.db', '--size', '20'], { cwd })).stdout;
    writeFileSync(join(cwd, 'old.cp'), old);
    const ok = await verify('--checkpoint', 'old.cp');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('your checkpoint at size 20 is consistent');
    tamper(db, (d) => d.exec('DELETE FROM entries WHERE idx >= 15; DELETE FROM checkpoints WHERE size > 15;'));
    const rolled = await verify('--checkpoint', 'old.cp');
    expect(rolled.code).toBe(1);
    expect(rolled.stdout).toContain('the log was rolled back');
  });
});

describe('govledger verify --export audits offline with only an export, a checkpoint and the verifier key', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cwd: string;
  beforeEach(async () => {
    scratch = scratchDir();
    cwd = scratch.dir;
    await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd });
    await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(25) });
    writeFileSync(join(cwd, 'l.ndjson'), (await govledger(['export', '--db', 'l.db'], { cwd })).stdout);
    writeFileSync(join(cwd, 'l.cp'), (await govledger(['checkpoint', '--db', 'l.db'], { cwd })).stdout);
    writeFileSync(join(cwd, 'l.vkey'), (await govledger(['key', '--db', 'l.db'], { cwd })).stdout);
  });
  afterEach(() => scratch.remove());

  const audit = () => govledger(['verify', '--export', 'l.ndjson', '--checkpoint', 'l.cp', '--key', 'l.vkey'], { cwd });
  const editExport = (edit: (lines: string[]) => string[]) => {
    const lines = readFileSync(join(cwd, 'l.ndjson'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(cwd, 'l.ndjson'), `${edit(lines).join('\n')}\n`);
  };

  it('passes an untouched export', async () => {
    const run = await audit();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('OK: 25 entries');
  });

  it('names the entry where a removed entry leaves its stream with a version gap', async () => {
    // Entry 6 is version 2 of sample-0; the stream's next entry (index 9, now line 9) shows the gap.
    editExport((lines) => lines.filter((_, i) => i !== 6));
    const run = await audit();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('entry 8 (line 9): stream sample-0 continues at version 2, but the leaf says 3');
  });

  it('fails a changed byte against the signed root', async () => {
    editExport((lines) => lines.map((l, i) => (i === 2 ? l.replace('"n":2', '"n":9') : l)));
    const run = await audit();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("do not hash to the checkpoint's root");
  });

  it('refuses a checkpoint checked with the wrong verifier key', async () => {
    const other = generateSignerKey('zjg.example/ledger');
    if (!isRight(other)) throw new Error('key generation failed');
    writeFileSync(
      join(cwd, 'l.cp'),
      signCheckpoint({ origin: 'zjg.example/ledger', size: 25, root: Buffer.alloc(32) }, other.right),
    );
    const run = await audit();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('the checkpoint');
  });
});
