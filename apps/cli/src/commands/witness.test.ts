import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COSIGNATURE_V1_TYPE, parseVerifierKey, verifyCosignatures } from '@govledger/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';
import { must } from '@govledger/core/testing';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));
/** tsx's loader by absolute URL: the child runs in a scratch directory without node_modules. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts `govledger witness serve` as its own process; resolves with its URL once it listens. */
function startWitness(
  cwd: string,
  args: string[],
): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', tsx, main, 'witness', 'serve', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) resolve({ child, url: match[1]!, exited });
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`witness serve exited with ${code}: ${output}`)));
  });
}

describe('govledger witness', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let child: ChildProcess | undefined;
  const run = (args: string[], stdin?: string) => govledger(args, { cwd: scratch.dir, ...(stdin ? { stdin } : {}) });

  beforeEach(() => {
    scratch = scratchDir('witness-cli-');
  });
  afterEach(() => {
    child?.kill('SIGKILL');
    child = undefined;
    scratch.remove();
  });

  it('keygen writes a 0600 cosigner key, prints its verifier key and never overwrites one', async () => {
    const made = await run(['witness', 'keygen', '--name', 'committee.example/witness', '--key', 'w.key']);
    expect(made.code).toBe(0);
    expect(must(parseVerifierKey(made.stdout.trim(), COSIGNATURE_V1_TYPE)).name).toBe('committee.example/witness');
    expect(statSync(join(scratch.dir, 'w.key')).mode & 0o777).toBe(0o600);
    const again = await run(['witness', 'keygen', '--name', 'other.example/witness', '--key', 'w.key']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('refusing to overwrite');
  });

  it('serve cosigns the checkpoints of the log it follows, keeps its state, and stops on SIGTERM', async () => {
    expect((await run(['init', '--db', 'ledger.db', '--origin', 'ledger.example/zjg'])).code).toBe(0);
    const logVkey = (await run(['key', '--db', 'ledger.db'])).stdout.trim();
    const witnessVkey = (
      await run(['witness', 'keygen', '--name', 'court.example/witness', '--key', 'w.key'])
    ).stdout.trim();
    const witness = await startWitness(scratch.dir, [
      '--state',
      'state',
      '--key',
      'w.key',
      '--log',
      logVkey,
      '--port',
      '0',
    ]);
    child = witness.child;
    const policy = { witnesses: [{ url: witness.url, key: witnessVkey }], quorum: 1, whenShort: 'fail-closed' };
    writeFileSync(join(scratch.dir, 'ledger.witnesses.json'), JSON.stringify(policy));
    expect((await run(['append', '--db', 'ledger.db'], proposedEventsNdjson(3))).code).toBe(0);
    const note = (await run(['checkpoint', '--db', 'ledger.db'])).stdout;
    const cosigned = must(verifyCosignatures(note, [must(parseVerifierKey(witnessVkey, COSIGNATURE_V1_TYPE))]));
    expect(cosigned.map((c) => c.name)).toEqual(['court.example/witness']);
    expect(readdirSync(join(scratch.dir, 'state')).length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await witness.exited).toBe(0);
    child = undefined;
  });

  it('serve refuses a key others can read, and a --log that is no verifier key', async () => {
    await run(['witness', 'keygen', '--name', 'court.example/witness', '--key', 'w.key']);
    chmodSync(join(scratch.dir, 'w.key'), 0o644);
    const exposed = await run(['witness', 'serve', '--state', 's', '--key', 'w.key', '--log', 'x+1+AA', '--port', '0']);
    expect(exposed.code).toBe(3);
    expect(exposed.stderr).toContain('readable by others');
    chmodSync(join(scratch.dir, 'w.key'), 0o600);
    const badLog = await run([
      'witness',
      'serve',
      '--state',
      's',
      '--key',
      'w.key',
      '--log',
      'not-a-key',
      '--port',
      '0',
    ]);
    expect(badLog.code).toBe(2);
    expect(badLog.stderr).toContain('--log not-a-key is not a log verifier key');
    expect(existsSync(join(scratch.dir, 's'))).toBe(false);
  });
});
