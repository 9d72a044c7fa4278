import { describe, expect, it } from 'vitest';
import { isKeyFileHead, serializeKeyFile } from './key-file-format.ts';

describe('isKeyFileHead', () => {
  it('recognises the head of a file the serializer wrote, and nothing else', () => {
    const text = serializeKeyFile({ subjects: [], erased: [] });
    expect(isKeyFileHead(text.slice(0, 256))).toBe(true);
    expect(isKeyFileHead('{"format":"govledger-personal-keys","version":1')).toBe(true);
    expect(isKeyFileHead('PRIVATE+KEY+zjg.example/ledger+01234567+AQ==')).toBe(false);
    expect(isKeyFileHead('{"format":"other"}')).toBe(false);
    expect(isKeyFileHead('')).toBe(false);
  });
});
