import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePersonalDataError } from './errors.ts';
import { FileKeyStore, keyStorePathFor } from './file-key-store.ts';
import { must } from './fixtures.ts';

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govledger-keys-'));
  path = keyStorePathFor(join(dir, 'ledger.db'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const posix = process.platform !== 'win32';

describe('FileKeyStore', () => {
  it('names the key store beside the ledger', () => {
    expect(keyStorePathFor('data/ledger.db')).toBe('data/ledger.db.keys');
  });

  it('refuses to open a missing file with a clear error naming the path and how to create it', async () => {
    const opened = await FileKeyStore.open(path);
    expect(opened).toEqual({ _tag: 'Left', left: { _tag: 'KeyStoreMissing', path } });
    if (opened._tag === 'Left') {
      const message = describePersonalDataError(opened.left);
      expect(message).toContain(path);
      expect(message).toContain('FileKeyStore.create');
    }
  });

  it.runIf(posix)('creates the file with mode 0600', async () => {
    must(await FileKeyStore.create(path));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('never overwrites an existing key store on create', async () => {
    const keys = must(await FileKeyStore.create(path));
    const key = must(await keys.currentKey('owner-1'));
    expect(await FileKeyStore.create(path)).toEqual({ _tag: 'Left', left: { _tag: 'KeyStoreExists', path } });
    const reopened = must(await FileKeyStore.open(path));
    expect(must(await reopened.findKey('owner-1', key.keyId))).toEqual({ _tag: 'KeyFound', key });
  });

  it('keeps keys and rotations across reopening', async () => {
    const keys = must(await FileKeyStore.create(path));
    const old = must(await keys.currentKey('owner-1'));
    const rotated = must(await keys.rotateKey('owner-1'));
    const reopened = must(await FileKeyStore.open(path));
    expect(must(await reopened.currentKey('owner-1'))).toEqual(rotated);
    expect(must(await reopened.findKey('owner-1', old.keyId))).toEqual({ _tag: 'KeyFound', key: old });
  });

  it.runIf(posix)('keeps mode 0600 after rewriting the file', async () => {
    const keys = must(await FileKeyStore.create(path));
    must(await keys.currentKey('owner-1'));
    must(await keys.destroySubjectKeys('owner-1'));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('removes the destroyed key bytes from the file and from temporaries a crash left, and keeps the others', async () => {
    const keys = must(await FileKeyStore.create(path));
    const erased = must(await keys.currentKey('owner-1'));
    const erasedRotated = must(await keys.rotateKey('owner-1'));
    const kept = must(await keys.currentKey('owner-2'));
    const before = await readFile(path, 'utf8');
    expect(before).toContain(Buffer.from(erased.key).toString('base64'));

    const crashedWrite = join(dir, '.ledger.db.keys.999.abc.tmp');
    await writeFile(crashedWrite, before, { mode: 0o600 });

    must(await keys.destroySubjectKeys('owner-1'));

    const after = await readFile(path, 'utf8');
    expect(after).not.toContain(Buffer.from(erased.key).toString('base64'));
    expect(after).not.toContain(Buffer.from(erasedRotated.key).toString('base64'));
    expect(after).toContain(Buffer.from(kept.key).toString('base64'));
    expect(JSON.parse(after).erased).toEqual([{ subject: 'owner-1', keyIds: [erased.keyId, erasedRotated.keyId] }]);
    expect(await readdir(dir)).toEqual(['ledger.db.keys']);
  });

  it('sees a subject erased by another process', async () => {
    const writer = must(await FileKeyStore.create(path));
    const key = must(await writer.currentKey('owner-1'));
    const reader = must(await FileKeyStore.open(path));
    expect(must(await reader.findKey('owner-1', key.keyId))._tag).toBe('KeyFound');
    must(await writer.destroySubjectKeys('owner-1'));
    expect(must(await reader.findKey('owner-1', key.keyId))).toEqual({ _tag: 'KeyDestroyed', subject: 'owner-1' });
    expect(await reader.currentKey('owner-1')).toEqual({
      _tag: 'Left',
      left: { _tag: 'SubjectErased', subject: 'owner-1' },
    });
  });

  it('does not lose a key another process created meanwhile', async () => {
    const a = must(await FileKeyStore.create(path));
    const b = must(await FileKeyStore.open(path));
    const keyA = must(await a.currentKey('owner-1'));
    const keyB = must(await b.currentKey('owner-2'));
    const reopened = must(await FileKeyStore.open(path));
    expect(must(await reopened.findKey('owner-1', keyA.keyId))._tag).toBe('KeyFound');
    expect(must(await reopened.findKey('owner-2', keyB.keyId))._tag).toBe('KeyFound');
  });

  it('reports a key store deleted while in use as missing', async () => {
    const keys = must(await FileKeyStore.create(path));
    await rm(path);
    expect(await keys.currentKey('owner-1')).toEqual({ _tag: 'Left', left: { _tag: 'KeyStoreMissing', path } });
    expect(await keys.findKey('owner-1', 'k')).toEqual({ _tag: 'Left', left: { _tag: 'KeyStoreMissing', path } });
  });

  it('waits for a held lock and then reports it', async () => {
    must(await FileKeyStore.create(path));
    const keys = must(await FileKeyStore.open(path, { lock: { attempts: 2, pauseMs: 1 } }));
    // A running process holds it (a lock of a process that no longer runs would be taken over).
    await writeFile(`${path}.lock`, `${process.ppid}\n`);
    expect(await keys.currentKey('owner-1')).toEqual({
      _tag: 'Left',
      left: { _tag: 'KeyStoreLocked', lockPath: `${path}.lock` },
    });
    await rm(`${path}.lock`);
    expect(must(await keys.currentKey('owner-1')).subject).toBe('owner-1');
  });

  it.runIf(posix)('refuses a key store others can read', async () => {
    must(await FileKeyStore.create(path));
    await chmod(path, 0o644);
    expect(await FileKeyStore.open(path)).toEqual({
      _tag: 'Left',
      left: { _tag: 'KeyStoreInsecure', path, mode: 0o644 },
    });
  });

  it('refuses a damaged key store instead of using part of it', async () => {
    const keys = must(await FileKeyStore.create(path));
    const key = must(await keys.currentKey('owner-1'));
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(key.keyId, 'AAAAAAAAAAAAAAAA'), { mode: 0o600 });
    const opened = await FileKeyStore.open(path);
    expect(opened._tag === 'Left' && opened.left._tag).toBe('KeyStoreCorrupt');
    await writeFile(path, 'not json', { mode: 0o600 });
    const again = await FileKeyStore.open(path);
    expect(again._tag === 'Left' && again.left._tag).toBe('KeyStoreCorrupt');
  });

  it('derives reproducible keys when given a demo seed', async () => {
    const a = must(await FileKeyStore.create(path, { keySeed: 'demo' }));
    const other = join(dir, 'other.keys');
    const b = must(await FileKeyStore.create(other, { keySeed: 'demo' }));
    expect(must(await b.currentKey('owner-1'))).toEqual(must(await a.currentKey('owner-1')));
  });
});

describe('FileKeyStore.batch', () => {
  it('writes new keys once, at flush, and keeps them readable after reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-batch-'));
    try {
      const path = join(dir, 'ledger.db.keys');
      const created = await FileKeyStore.create(path);
      if (isLeft(created)) throw new Error('create');
      const store = created.right;
      const before = readFileSync(path, 'utf8');
      const outcome = await store.batch(async (flush) => {
        for (let i = 0; i < 50; i++) await store.currentKey(`person-${i}`);
        expect(readFileSync(path, 'utf8')).toBe(before);
        await flush();
        expect(readFileSync(path, 'utf8')).not.toBe(before);
        return 'done';
      });
      expect(outcome).toEqual({ _tag: 'Right', right: 'done' });
      const reopened = await FileKeyStore.open(path);
      if (isLeft(reopened)) throw new Error('open');
      const status = await reopened.right.subjectStatus('person-49');
      expect(isRight(status) && status.right._tag).toBe('Active');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
