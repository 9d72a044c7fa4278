import { describe, expect, it } from 'vitest';
import { must } from './fixtures.ts';
import { keyIdOf, seededKeySource } from './key-material.ts';
import { InMemoryKeyStore } from './memory-key-store.ts';

describe('InMemoryKeyStore', () => {
  it('creates a subject key on first use and returns the same key after', async () => {
    const keys = new InMemoryKeyStore();
    const first = must(await keys.currentKey('owner-1'));
    const again = must(await keys.currentKey('owner-1'));
    expect(first.key).toHaveLength(32);
    expect(again).toEqual(first);
    expect(first.keyId).toBe(keyIdOf(first.key));
  });

  it('gives each subject its own key', async () => {
    const keys = new InMemoryKeyStore();
    const a = must(await keys.currentKey('owner-1'));
    const b = must(await keys.currentKey('owner-2'));
    expect(Buffer.from(a.key).equals(Buffer.from(b.key))).toBe(false);
  });

  it('rotates to a new current key and keeps the old one findable', async () => {
    const keys = new InMemoryKeyStore();
    const old = must(await keys.currentKey('owner-1'));
    const rotated = must(await keys.rotateKey('owner-1'));
    expect(rotated.keyId).not.toBe(old.keyId);
    expect(must(await keys.currentKey('owner-1')).keyId).toBe(rotated.keyId);
    expect(must(await keys.findKey('owner-1', old.keyId))).toEqual({ _tag: 'KeyFound', key: old });
    expect(must(await keys.subjectStatus('owner-1'))).toEqual({
      _tag: 'Active',
      subject: 'owner-1',
      keyIds: [old.keyId, rotated.keyId],
      currentKeyId: rotated.keyId,
    });
  });

  it('destroys every key of a subject, tombstones it and refuses new keys for it', async () => {
    const keys = new InMemoryKeyStore();
    const old = must(await keys.currentKey('owner-1'));
    const rotated = must(await keys.rotateKey('owner-1'));
    expect(must(await keys.destroySubjectKeys('owner-1'))).toEqual({
      subject: 'owner-1',
      keyIds: [old.keyId, rotated.keyId],
    });
    expect(must(await keys.findKey('owner-1', old.keyId))).toEqual({ _tag: 'KeyDestroyed', subject: 'owner-1' });
    expect(await keys.currentKey('owner-1')).toEqual({
      _tag: 'Left',
      left: { _tag: 'SubjectErased', subject: 'owner-1' },
    });
    expect(await keys.rotateKey('owner-1')).toEqual({
      _tag: 'Left',
      left: { _tag: 'SubjectErased', subject: 'owner-1' },
    });
    expect(must(await keys.erasedSubjects())).toEqual([{ subject: 'owner-1', keyIds: [old.keyId, rotated.keyId] }]);
  });

  it('destroys idempotently', async () => {
    const keys = new InMemoryKeyStore();
    const key = must(await keys.currentKey('owner-1'));
    must(await keys.destroySubjectKeys('owner-1'));
    expect(must(await keys.destroySubjectKeys('owner-1'))).toEqual({ subject: 'owner-1', keyIds: [key.keyId] });
    expect(must(await keys.erasedSubjects())).toHaveLength(1);
  });

  it('does not let a caller destroy key bytes the store holds', async () => {
    const keys = new InMemoryKeyStore();
    const handed = must(await keys.currentKey('owner-1'));
    const copy = Buffer.from(handed.key);
    (handed.key as Buffer).fill(0);
    expect(Buffer.from(must(await keys.currentKey('owner-1')).key).equals(copy)).toBe(true);
  });

  it('answers KeyNotFound for a key id it never held', async () => {
    const keys = new InMemoryKeyStore();
    must(await keys.currentKey('owner-1'));
    expect(must(await keys.findKey('owner-1', 'nope'))).toEqual({
      _tag: 'KeyNotFound',
      subject: 'owner-1',
      keyId: 'nope',
    });
  });

  it('derives the same keys from the same seed and different keys from another', async () => {
    const a = must(await new InMemoryKeyStore({ keySeed: 'demo' }).currentKey('owner-1'));
    const b = must(await new InMemoryKeyStore({ keySeed: 'demo' }).currentKey('owner-1'));
    const c = must(await new InMemoryKeyStore({ keySeed: 'other' }).currentKey('owner-1'));
    expect(b).toEqual(a);
    expect(c.keyId).not.toBe(a.keyId);
  });

  it('derives a different seeded key for each rotation', () => {
    const source = seededKeySource('demo');
    expect(source('owner-1', 0).equals(source('owner-1', 1))).toBe(false);
    expect(() => seededKeySource('')).toThrow(/empty/);
  });
});
