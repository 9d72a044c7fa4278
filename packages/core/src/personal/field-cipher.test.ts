import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type FieldContext, openFieldValue, sealFieldValue } from './field-cipher.ts';
import { keyIdOf } from './key-material.ts';

const key = Buffer.alloc(32, 7);
const context: FieldContext = {
  subject: 'owner-1',
  keyId: keyIdOf(key),
  streamId: 'complaint-1',
  type: 'ComplaintFiled',
  occurredAt: '2024-03-01T08:00:00.000Z',
  pointer: '/complainantName',
};

describe('sealFieldValue and openFieldValue', () => {
  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const opened = openFieldValue(key, context, sealFieldValue(key, context, value));
        expect(opened).toEqual({ _tag: 'Right', right: JSON.parse(JSON.stringify(value)) });
      }),
    );
  });

  it('gives the same bytes for the same key, context and value', () => {
    expect(sealFieldValue(key, context, 'Wang Fang')).toEqual(sealFieldValue(key, context, 'Wang Fang'));
  });

  it('never gives two different plaintexts the same nonce under one key and context', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 2, maxLength: 40 }), (plaintexts) => {
        const nonces = plaintexts.map((p) => sealFieldValue(key, context, p).nonce);
        expect(new Set(nonces).size).toBe(plaintexts.length);
      }),
    );
  });

  it('gives the same plaintext different nonces in different events or fields', () => {
    const a = sealFieldValue(key, context, 'Wang Fang');
    const b = sealFieldValue(key, { ...context, streamId: 'complaint-2' }, 'Wang Fang');
    const c = sealFieldValue(key, { ...context, pointer: '/phone' }, 'Wang Fang');
    expect(new Set([a.nonce, b.nonce, c.nonce]).size).toBe(3);
    expect(a.ct).not.toBe(b.ct);
  });

  it('refuses a changed ciphertext', () => {
    const body = sealFieldValue(key, context, 'Wang Fang');
    const ct = Buffer.from(body.ct, 'base64');
    ct[0] = (ct[0] ?? 0) ^ 1;
    expect(isLeft(openFieldValue(key, context, { ...body, ct: ct.toString('base64') }))).toBe(true);
  });

  it('refuses a changed tag', () => {
    const body = sealFieldValue(key, context, 'Wang Fang');
    const tag = Buffer.from(body.tag, 'base64');
    tag[15] = (tag[15] ?? 0) ^ 0x80;
    expect(isLeft(openFieldValue(key, context, { ...body, tag: tag.toString('base64') }))).toBe(true);
  });

  it('refuses the wrong key', () => {
    const body = sealFieldValue(key, context, 'Wang Fang');
    expect(isLeft(openFieldValue(randomBytes(32), context, body))).toBe(true);
  });

  it('refuses an envelope moved to another field, subject or event', () => {
    const body = sealFieldValue(key, context, 'Wang Fang');
    expect(isLeft(openFieldValue(key, { ...context, pointer: '/phone' }, body))).toBe(true);
    expect(isLeft(openFieldValue(key, { ...context, subject: 'owner-2' }, body))).toBe(true);
    expect(openFieldValue(key, { ...context, streamId: 'complaint-2' }, body)).toEqual({
      _tag: 'Left',
      left: 'the sealed value was made for another event',
    });
    expect(isRight(openFieldValue(key, context, body))).toBe(true);
  });

  it('refuses a key of the wrong length loudly', () => {
    expect(() => sealFieldValue(Buffer.alloc(16), context, 'x')).toThrow(/32 bytes/);
  });
});
