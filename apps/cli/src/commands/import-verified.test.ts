import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

describe("govledger import verifies an export against its exporter's signed checkpoint", () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cwd: string;
  let exported: string;
  beforeEach(async () => {
    scratch = scratchDir();
    cwd = scratch.dir;
    await govledger(['init', '--db', 'a.db', '--origin', 'zjg.example/ledger'], { cwd });
    await govledger(['append', '--db', 'a.db'], { cwd, stdin: proposedEventsNdjson(12) });
    exported = (await govledger(['export', '--db', 'a.db'], { cwd })).stdout;
    writeFileSync(join(cwd, 'a.cp'), (await govledger(['checkpoint', '--db', 'a.db'], { cwd })).stdout);
    writeFileSync(join(cwd, 'a.vkey'), (await govledger(['key', '--db', 'a.db'], { cwd })).stdout);
    await govledger(['init', '--db', 'b.db', '--origin', 'zjg.example/ledger', '--key', 'a.key'], { cwd });
  });
  afterEach(() => scratch.remove());

  const importing = (text: string) =>
    govledger(['import', '--db', 'b.db', '--key', 'a.key', '--checkpoint', 'a.cp', '--verifier', 'a.vkey', '-'], {
      cwd,
      stdin: text,
    });
  const held = async () => (await govledger(['export', '--db', 'b.db'], { cwd })).stdout;

  it('imports an export that hashes to the signed root and says it was verified', async () => {
    const run = await importing(exported);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('verified 12 entries');
    expect(await held()).toBe(exported);
  });

  it('refuses a canonical leaf with a changed value before writing anything', async () => {
    const changed = exported.replace('"n":3', '"n":4');
    expect(changed).not.toBe(exported);
    const run = await importing(changed);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing was imported: the export does not verify');
    expect(await held()).toBe('');
  });

  it('refuses an export missing its last entry or carrying one beyond the checkpoint', async () => {
    const lines = exported.trimEnd().split('\n');
    expect((await importing(`${lines.slice(0, -1).join('\n')}\n`)).code).toBe(1);
    await govledger(['append', '--db', 'a.db'], { cwd, stdin: proposedEventsNdjson(1, 12) });
    const longer = (await govledger(['export', '--db', 'a.db'], { cwd })).stdout;
    const run = await importing(longer);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not covered by its signature');
    expect(await held()).toBe('');
  });

  it('says plainly that an import without a checkpoint is unverified', async () => {
    const run = await govledger(['import', '--db', 'b.db', '--key', 'a.key', '-'], { cwd, stdin: exported });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('UNVERIFIED');
  });

  it('asks for both a checkpoint and a verifier key', async () => {
    const run = await govledger(['import', '--db', 'b.db', '--checkpoint', 'a.cp', '-'], { cwd, stdin: exported });
    expect(run.code).toBe(2);
    expect(await held()).toBe('');
  });
});
