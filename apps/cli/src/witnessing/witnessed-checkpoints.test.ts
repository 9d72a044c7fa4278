import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCheckpoint, parseVerifierKey, verifyCosignatures, COSIGNATURE_V1_TYPE } from '@govledger/core';
import { createWitness, WitnessState } from '@govledger/witness';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';
import { parseSignerKey } from '@govledger/core';
import { must } from '@govledger/core/testing';

interface RunningWitness {
  readonly name: string;
  readonly vkey: string;
  url: string;
  app: ReturnType<typeof createWitness> | null;
  state: WitnessState | null;
}

let scratch: ReturnType<typeof scratchDir>;
let logVkey: string;
const witnesses: RunningWitness[] = [];

async function start(w: RunningWitness): Promise<void> {
  const state = must(WitnessState.open(join(scratch.dir, `${w.name}-state`)));
  const cosigner = must(parseSignerKey(readFileSync(join(scratch.dir, `${w.name}.key`), 'utf8'), COSIGNATURE_V1_TYPE));
  const app = createWitness({ state, logs: [must(parseVerifierKey(logVkey))], cosigner });
  const port = w.url === '' ? 0 : Number(new URL(w.url).port);
  w.url = await app.listen({ host: '127.0.0.1', port });
  w.app = app;
  w.state = state;
}

async function stop(w: RunningWitness): Promise<void> {
  await w.app?.close();
  w.state?.close();
  w.app = null;
  w.state = null;
}

function policy(quorum: number, whenShort: string): void {
  writeFileSync(
    join(scratch.dir, 'ledger.witnesses.json'),
    JSON.stringify({
      witnesses: witnesses.map((w) => ({ url: w.url, key: w.vkey })),
      quorum,
      whenShort,
      timeoutMs: 2000,
    }),
  );
}

const run = (args: string[], stdin?: string) => govledger(args, { cwd: scratch.dir, ...(stdin ? { stdin } : {}) });

function cosignersOf(note: string): string[] {
  const keys = witnesses.map((w) => must(parseVerifierKey(w.vkey, COSIGNATURE_V1_TYPE)));
  return must(verifyCosignatures(note, keys)).map((c) => c.name);
}

beforeEach(async () => {
  scratch = scratchDir('witnessed-');
  expect((await run(['init', '--db', 'ledger.db', '--origin', 'ledger.example/zjg'])).code).toBe(0);
  logVkey = (await run(['key', '--db', 'ledger.db'])).stdout.trim();
  witnesses.length = 0;
  for (const name of ['committee', 'court']) {
    const keygen = await run(['witness', 'keygen', '--name', `${name}.example/witness`, '--key', `${name}.key`]);
    expect(keygen.code).toBe(0);
    const w: RunningWitness = { name, vkey: keygen.stdout.trim(), url: '', app: null, state: null };
    witnesses.push(w);
    await start(w);
  }
});

afterEach(async () => {
  for (const w of witnesses) await stop(w);
  scratch.remove();
});

describe('witnessed checkpoints', () => {
  it('stores each new checkpoint with the cosignatures of every witness, served by govledger checkpoint', async () => {
    policy(2, 'fail-closed');
    expect((await run(['append', '--db', 'ledger.db'], proposedEventsNdjson(3))).code).toBe(0);
    expect((await run(['append', '--db', 'ledger.db'], proposedEventsNdjson(4, 3))).code).toBe(0);
    const printed = await run(['checkpoint', '--db', 'ledger.db']);
    expect(printed.code).toBe(0);
    expect(must(openCheckpoint(printed.stdout, [must(parseVerifierKey(logVkey))])).checkpoint.size).toBe(7);
    expect(cosignersOf(printed.stdout).sort()).toEqual(['committee.example/witness', 'court.example/witness']);
    expect(cosignersOf((await run(['checkpoint', '--db', 'ledger.db', '--size', '3'])).stdout)).toHaveLength(2);
    expect(witnesses[0]?.state?.latest('ledger.example/zjg')?.size).toBe(7);
  });

  it('fail-closed: a checkpoint short of its quorum is not published, and a later run publishes it', async () => {
    policy(2, 'fail-closed');
    await stop(witnesses[1] as RunningWitness);
    const appended = await run(['append', '--db', 'ledger.db'], proposedEventsNdjson(2));
    expect(appended.code).toBe(1);
    expect(appended.stderr).toMatch(/checkpoint of size 2 not published \(witness policy fail-closed\): 1 of the 2/);
    expect((await run(['checkpoint', '--db', 'ledger.db', '--size', '2'])).code).toBe(1);
    await start(witnesses[1] as RunningWitness);
    const retried = await run(['checkpoint', '--db', 'ledger.db']);
    expect(retried.code).toBe(0);
    expect(cosignersOf(retried.stdout)).toHaveLength(2);
  });

  it('publish-and-retry: publishes with the cosignatures it got, warns, and adds the rest later', async () => {
    policy(2, 'publish-and-retry');
    await stop(witnesses[1] as RunningWitness);
    const appended = await run(['append', '--db', 'ledger.db'], proposedEventsNdjson(2));
    expect(appended.code).toBe(0);
    expect(appended.stderr).toMatch(/warning: checkpoint published with 1 of the 2 witness cosignatures needed/);
    expect(cosignersOf((await run(['checkpoint', '--db', 'ledger.db', '--size', '2'])).stdout)).toEqual([
      'committee.example/witness',
    ]);
    await start(witnesses[1] as RunningWitness);
    expect(cosignersOf((await run(['checkpoint', '--db', 'ledger.db'])).stdout)).toHaveLength(2);
  });

  it('catches a witness up from the size it last cosigned (a 409 names it)', async () => {
    policy(1, 'fail-closed');
    expect((await run(['append', '--db', 'ledger.db'], proposedEventsNdjson(2))).code).toBe(0);
    // The ledger forgets what the witnesses hold: the 409 tells it, and the retry carries a proof.
    const db = new Database(join(scratch.dir, 'ledger.db'));
    expect(db.prepare("DELETE FROM meta WHERE key LIKE 'witness-size:%'").run().changes).toBe(2);
    db.close();
    expect((await run(['append', '--db', 'ledger.db'], proposedEventsNdjson(5, 2))).code).toBe(0);
    expect(witnesses[0]?.state?.latest('ledger.example/zjg')?.size).toBe(7);
  });

  it('names the field of a bad policy', async () => {
    writeFileSync(join(scratch.dir, 'ledger.witnesses.json'), JSON.stringify({ witnesses: [], quorum: 1 }));
    const appended = await run(['append', '--db', 'ledger.db'], proposedEventsNdjson(1));
    expect(appended.stderr).toMatch(/whenShort/);
  });
});

describe('proof bundles from the command line', () => {
  it('prove --bundle writes a tlog-proof that verify-bundle checks offline; one altered byte fails it', async () => {
    policy(2, 'fail-closed');
    expect((await run(['append', '--db', 'ledger.db'], proposedEventsNdjson(6))).code).toBe(0);
    const proved = await run(['prove', '--db', 'ledger.db', '--index', '4', '--bundle', '--out', 'e4.tlog-proof']);
    expect(proved.code).toBe(0);
    const [w1, w2] = witnesses.map((w) => w.vkey);
    const trust = ['--key', logVkey, '--witness', w1 as string, w2 as string, '--quorum', '2'];
    const verified = await run(['verify-bundle', 'e4.tlog-proof', ...trust]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/is entry 4 of the log ledger\.example\/zjg/);
    expect(verified.stdout).toMatch(/the event SampleRecorded \(stream sample-1, version 1/);
    expect(verified.stdout).toMatch(/seen by 2 trusted witness\(es\) \(2 required\)/);
    const bytes = readFileSync(join(scratch.dir, 'e4.tlog-proof'));
    bytes[bytes.indexOf('index 4') + 6] = '5'.charCodeAt(0);
    writeFileSync(join(scratch.dir, 'altered.tlog-proof'), bytes);
    const altered = await run(['verify-bundle', 'altered.tlog-proof', ...trust]);
    expect(altered.code).toBe(1);
    expect(altered.stderr).toMatch(/bundle altered\.tlog-proof fails: inclusion proof: /);
    const unwitnessed = await run([
      'verify-bundle',
      'e4.tlog-proof',
      '--key',
      logVkey,
      '--witness',
      w1 as string,
      '--quorum',
      '1',
    ]);
    expect(unwitnessed.code).toBe(0);
    const tooFew = await run([
      'verify-bundle',
      'e4.tlog-proof',
      '--key',
      logVkey,
      '--witness',
      w1 as string,
      '--quorum',
      '2',
    ]);
    expect(tooFew.code).toBe(2);
  });
});
