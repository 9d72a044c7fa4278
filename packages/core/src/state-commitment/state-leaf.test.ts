import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json.ts';
import { leafHash } from '../merkle/hash.ts';
import { digestBytes } from './digest.ts';
import { stateLeafBytes, stateLeafDigest, stateLeafPrefix } from './state-leaf.ts';

describe('stateLeafBytes', () => {
  it('writes exactly the canonical JSON of {key, model, record}', () => {
    const record = { units: [['1-1-101', 8934, 120000]], columns: ['unitId', 'area', 'balance'], z: { b: 1, a: '中' } };
    expect(stateLeafBytes('unitFundBalances', 'c-1', record).toString('utf8')).toBe(
      canonicalJson({ key: 'c-1', model: 'unitFundBalances', record }),
    );
  });

  it('writes a record that no longer exists as null', () => {
    expect(stateLeafBytes('m', 'k', undefined).toString('utf8')).toBe('{"key":"k","model":"m","record":null}');
  });

  it('refuses a key that JSON cannot carry canonically', () => {
    expect(() => stateLeafBytes('m', '\ud800', 1)).toThrow(TypeError);
  });

  it('hashes to the leaf hash of those bytes, with or without a kept prefix', () => {
    const record = { title: '维修资金', amountFen: 120000, votes: [true, null] };
    const expected = leafHash(stateLeafBytes('notices', 'n-1', record));
    expect(digestBytes(stateLeafDigest('notices', 'n-1', record))).toEqual(expected);
    expect(digestBytes(stateLeafDigest('notices', 'n-1', record, stateLeafPrefix('notices', 'n-1')))).toEqual(expected);
  });
});
