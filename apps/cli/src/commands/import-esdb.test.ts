import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestDoubleServer, type TestDoubleServer } from '@govledger/store-eventstoredb/test-double';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

let server: TestDoubleServer;
let capped: TestDoubleServer;
beforeAll(async () => {
  server = await startTestDoubleServer();
  capped = await startTestDoubleServer({ maxAppendSize: 5000 });
});
afterAll(async () => {
  await server.stop();
  await capped.stop();
});

describe('govledger import into EventStoreDB (wire-level test double)', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cwd: string;
  let exported: string;
  let n = 0;
  beforeEach(async () => {
    scratch = scratchDir();
    cwd = scratch.dir;
    await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd });
    await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(40) });
    exported = (await govledger(['export', '--db', 'l.db'], { cwd })).stdout;
    writeFileSync(join(cwd, 'l.ndjson'), exported);
  });
  afterEach(() => scratch.remove());

  const newLedger = async (on: TestDoubleServer) => {
    const name = `imp${process.pid}_${n++}`;
    const url = `${on.url}&ledger=${name}&cache=${name}.sqlite`;
    const init = await govledger(['init', '--db', url, '--origin', 'zjg.example/ledger', '--key', 'l.key'], { cwd });
    expect(init.code, init.stderr).toBe(0);
    return { url, entries: `govledger.${name}.entries` };
  };

  it('imports an export that fits in one append as one append, byte for byte', async () => {
    const { url } = await newLedger(server);
    const run = await govledger(['import', '--db', url, '--key', 'l.key', 'l.ndjson'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('imported 40 entries in one append; ledger size 40; checkpoint signed');
    expect((await govledger(['export', '--db', url], { cwd })).stdout).toBe(exported);
  });

  it('imports an export larger than one append in capped appends, and it verifies', async () => {
    const { url } = await newLedger(capped);
    const run = await govledger(['import', '--db', url, '--key', 'l.key', 'l.ndjson'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('imported 40 entries in several appends under import markers');
    expect((await govledger(['export', '--db', url], { cwd })).stdout).toBe(exported);
    const vkey = (await govledger(['key', '--db', 'l.db'], { cwd })).stdout.trim();
    const verified = await govledger(['verify', '--db', url, '--key', vkey], { cwd });
    expect(verified.stdout, verified.stderr).toContain('OK: 40 entries');
  });

  it('checks the whole file first: a bad line near the end writes nothing and is named', async () => {
    const { url, entries } = await newLedger(capped);
    const lines = exported.trimEnd().split('\n');
    lines[34] = ` ${lines[34]}`; // not canonical JSON
    writeFileSync(join(cwd, 'bad.ndjson'), `${lines.join('\n')}\n`);
    const run = await govledger(['import', '--db', url, '--key', 'l.key', 'bad.ndjson'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing was imported: line 35');
    expect(capped.log.stream(entries)).toBeUndefined();
  });
});
