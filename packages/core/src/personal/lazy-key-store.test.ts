import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { KeyStoreError } from './errors.ts';
import type { PersonalKeyStore } from './key-store.ts';
import { lazyKeyStore } from './lazy-key-store.ts';
import { InMemoryKeyStore } from './memory-key-store.ts';

describe('lazyKeyStore', () => {
  it('opens nothing until the first operation, then opens once and delegates', async () => {
    const inner = new InMemoryKeyStore();
    let opens = 0;
    const keys = lazyKeyStore(async () => {
      opens++;
      return right(inner);
    });
    expect(opens).toBe(0);
    const [a, b] = await Promise.all([keys.currentKey('owner-1'), keys.currentKey('owner-1')]);
    expect(opens).toBe(1);
    expect(a).toEqual(b);
    if (a._tag === 'Left') throw new Error('no key');
    expect(await keys.findKey('owner-1', a.right.keyId)).toEqual(await inner.findKey('owner-1', a.right.keyId));
    expect(await keys.destroySubjectKeys('owner-1')).toEqual(right(expect.objectContaining({ subject: 'owner-1' })));
    expect(await keys.subjectStatus('owner-1')).toEqual(await inner.subjectStatus('owner-1'));
    expect(await keys.erasedSubjects()).toEqual(await inner.erasedSubjects());
    expect(opens).toBe(1);
  });

  it('hands a failed open to the operation and tries again on the next', async () => {
    const missing: KeyStoreError = { _tag: 'KeyStoreMissing', path: '/nowhere.keys' };
    const results: Either<KeyStoreError, PersonalKeyStore>[] = [left(missing), right(new InMemoryKeyStore())];
    let opens = 0;
    const keys = lazyKeyStore(async () => results[opens++] as Either<KeyStoreError, PersonalKeyStore>);
    expect(await keys.subjectStatus('owner-1')).toEqual(left(missing));
    expect((await keys.rotateKey('owner-1'))._tag).toBe('Right');
    expect(opens).toBe(2);
  });

  it('opens ahead of need on open(), reporting a failure, and later operations reuse the store', async () => {
    const corrupt: KeyStoreError = { _tag: 'KeyStoreCorrupt', path: '/l.keys', reason: 'not JSON' };
    const results: Either<KeyStoreError, PersonalKeyStore>[] = [left(corrupt), right(new InMemoryKeyStore())];
    let opens = 0;
    const keys = lazyKeyStore(async () => results[opens++] as Either<KeyStoreError, PersonalKeyStore>);
    expect(await keys.open()).toEqual(left(corrupt));
    expect((await keys.open())._tag).toBe('Right');
    expect((await keys.currentKey('owner-1'))._tag).toBe('Right');
    expect(opens).toBe(2);
  });
});
