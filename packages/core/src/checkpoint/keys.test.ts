import { createHash } from 'node:crypto';
import { isRight, left } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  encodeSignerKey,
  encodeVerifierKey,
  generateSignerKey,
  noteKeyId,
  parseSignerKey,
  parseVerifierKey,
  verifierKeyOf,
} from './keys.ts';
import { must } from '../testing/must.ts';

/** The published key pair of Go's x/mod/sumdb/note tests. */
const PETER_SIGNER = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PETER_VERIFIER = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';

describe('note keys', () => {
  it('computes the key id as the first 4 bytes of SHA-256(name || "\\n" || 0x01 || public key)', () => {
    const verifier = must(parseVerifierKey(PETER_VERIFIER));
    const digest = createHash('sha256')
      .update('PeterNeumann\n')
      .update(Buffer.from([1]))
      .update(verifier.publicKey)
      .digest();
    expect(noteKeyId('PeterNeumann', verifier.publicKey)).toBe(digest.readUInt32BE(0));
    expect(verifier.keyId).toBe(0xc74f20a3);
  });

  it('reads the published Go signer key and derives the published verifier key from it', () => {
    const signer = must(parseSignerKey(PETER_SIGNER));
    expect(signer.name).toBe('PeterNeumann');
    expect(encodeVerifierKey(verifierKeyOf(signer))).toBe(PETER_VERIFIER);
    expect(encodeSignerKey(signer)).toBe(PETER_SIGNER);
  });

  it('round-trips generated keys through their text forms', () => {
    const signer = must(generateSignerKey('ledger.example/zjg'));
    const text = encodeSignerKey(signer);
    expect(text).toMatch(/^PRIVATE\+KEY\+ledger\.example\/zjg\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    const again = must(parseSignerKey(`${text}\n`));
    expect(again.keyId).toBe(signer.keyId);
    expect(again.publicKey.equals(signer.publicKey)).toBe(true);
    const verifier = must(parseVerifierKey(encodeVerifierKey(verifierKeyOf(signer))));
    expect(verifier).toMatchObject({ name: 'ledger.example/zjg', keyId: signer.keyId });
  });

  it('generates a different key each time', () => {
    const a = must(generateSignerKey('n'));
    const b = must(generateSignerKey('n'));
    expect(a.publicKey.equals(b.publicKey)).toBe(false);
  });

  it.each(['', 'has space', 'has+plus', 'tab\there', 'nbsp\u00a0here'])('refuses the key name %j', (name) => {
    expect(generateSignerKey(name)).toMatchObject({ _tag: 'Left', left: { _tag: 'KeyMalformed' } });
  });

  it.each([
    [
      'a wrong key id',
      'PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
      'key id does not match the name and key',
    ],
    [
      'another name',
      'PeterNeuman+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
      'key id does not match the name and key',
    ],
    [
      'a short key id',
      'PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
      'key id "c74f20a" must be 8 hex digits',
    ],
    [
      'another algorithm',
      'PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
      'key is not an Ed25519 key (type byte 0x01)',
    ],
    [
      'a truncated key',
      'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T',
      'key is not standard padded base64',
    ],
    ['no parts', 'PeterNeumann', 'verifier key must look like <name>+<8 hex digits>+<base64 key>'],
  ])('rejects a verifier key with %s', (_what, text, reason) => {
    expect(parseVerifierKey(text)).toEqual(left({ _tag: 'KeyMalformed', reason }));
  });

  it('rejects every truncation and every one-character change of the published signer key', () => {
    for (let i = 0; i < PETER_SIGNER.length; i += 1) {
      expect(isRight(parseSignerKey(PETER_SIGNER.slice(0, i))), `prefix ${i}`).toBe(false);
      expect(isRight(parseSignerKey(PETER_SIGNER.slice(i + 1))), `suffix ${i}`).toBe(false);
      const changed =
        PETER_SIGNER.slice(0, i) + String.fromCharCode(PETER_SIGNER.charCodeAt(i) + 1) + PETER_SIGNER.slice(i + 1);
      expect(isRight(parseSignerKey(changed)), `changed ${i}`).toBe(false);
    }
  });

  it('rejects a verifier key where a signer key is expected', () => {
    expect(parseSignerKey(PETER_VERIFIER)).toEqual(
      left({ _tag: 'KeyMalformed', reason: "signer key must start with 'PRIVATE+KEY+'" }),
    );
  });
});
