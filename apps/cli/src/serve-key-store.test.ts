import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { FileKeyStore } from '@govledger/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import type { CliIo } from './io.ts';
import { checkKeyStoreLater, serveKeyStore } from './serve-key-store.ts';
import { scratchDir } from './test-support/run-cli.ts';

function capturingIo(): { io: CliIo; stderr: () => string } {
  const err = new PassThrough();
  let text = '';
  err.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const io: CliIo = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err, env: {}, cwd: '/' };
  return { io, stderr: () => text };
}

describe('the key store as serve opens it', () => {
  let scratch: ReturnType<typeof scratchDir>;
  beforeEach(() => {
    scratch = scratchDir();
  });
  afterEach(() => scratch.remove());

  it('is absent when there is no key file', () => {
    expect(serveKeyStore(join(scratch.dir, 'none.keys'))).toBeUndefined();
  });

  it('refuses to start on a file that is not a key store, naming it', () => {
    const path = join(scratch.dir, 'l.db.keys');
    writeFileSync(path, 'PRIVATE+KEY+zjg.example/ledger+01234567+AQ==\n', { mode: 0o600 });
    expect(() => serveKeyStore(path)).toThrow(CliError);
    expect(() => serveKeyStore(path)).toThrow(`${path} is not a govledger personal-data key store`);
  });

  it('opens a sound key store in the background and reports nothing', async () => {
    const path = join(scratch.dir, 'l.db.keys');
    expect((await FileKeyStore.create(path))._tag).toBe('Right');
    const keys = serveKeyStore(path)!;
    const { io, stderr } = capturingIo();
    expect(await checkKeyStoreLater(keys, io, 0).done).toBe(true);
    expect(stderr()).toBe('');
  });

  it('reports a key file damaged past its head on stderr, naming the file', async () => {
    const path = join(scratch.dir, 'l.db.keys');
    const created = await FileKeyStore.create(path);
    if (created._tag === 'Left') throw new Error('no key store');
    expect((await created.right.currentKey('owner-1'))._tag).toBe('Right');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)), { mode: 0o600 });
    const keys = serveKeyStore(path)!;
    const { io, stderr } = capturingIo();
    expect(await checkKeyStoreLater(keys, io, 0).done).toBe(false);
    expect(stderr()).toContain(`error: `);
    expect(stderr()).toContain(path);
    expect(stderr()).toContain('auditors cannot read personal fields');
  });

  it('begins the check at once when asked to start now, however long its delay', async () => {
    const path = join(scratch.dir, 'l.db.keys');
    expect((await FileKeyStore.create(path))._tag).toBe('Right');
    const { io } = capturingIo();
    const check = checkKeyStoreLater(serveKeyStore(path)!, io, 60_000);
    check.startNow();
    expect(await check.done).toBe(true);
  });

  it('runs no check once cancelled', async () => {
    const path = join(scratch.dir, 'l.db.keys');
    writeFileSync(path, '{"format": "govledger-personal-keys", broken', { mode: 0o600 });
    const { io, stderr } = capturingIo();
    const check = checkKeyStoreLater(serveKeyStore(path)!, io, 60_000);
    check.cancel();
    expect(await check.done).toBe(false);
    expect(stderr()).toBe('');
  });
});
