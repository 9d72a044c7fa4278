import { canonicalize } from 'json-canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units as in the RFC 8785 §3.2.3 example', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = Object.keys(JSON.parse(canonicalJson(input)) as object);
    expect(canonicalJson(input).startsWith('{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":')).toBe(true);
    expect(keys).toHaveLength(7);
    const order = canonicalJson(input)
      .match(/"([^"]*)":/g)!
      .map((k) => k.slice(1, -2));
    expect(order).toEqual(['\\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
  });

  it('writes numbers as ECMAScript does, per the RFC 8785 Appendix B samples', () => {
    const samples: [number, string][] = [
      [0, '0'],
      [-0, '0'],
      [5e-324, '5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
      [9007199254740992, '9007199254740992'],
      [295147905179352830000, '295147905179352830000'],
      [1e21, '1e+21'],
      [1e-7, '1e-7'],
      [0.000001, '0.000001'],
      [333333333.3333333, '333333333.3333333'],
      [-1.5, '-1.5'],
    ];
    for (const [value, text] of samples) expect(canonicalJson(value)).toBe(text);
  });

  it('reproduces the RFC 8785 §3.2.2 example of literals, numbers and strings', () => {
    const input = {
      numbers: [333333333.3333333, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
      string: '\u20ac$\u000f\u000aA\'\u0042\u0022\u005c\\"/',
      literals: [null, true, false],
    };
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('keeps an own "__proto__" member (as JSON.parse makes it) instead of dropping it', () => {
    expect(canonicalJson(JSON.parse('{"":{"__proto__":0,"a":1}}'))).toBe('{"":{"__proto__":0,"a":1}}');
  });

  it('agrees with the json-canonicalize package on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps an own "__proto__" key of parsed JSON as data, at any depth', () => {
    const value = JSON.parse('{"b":1,"__proto__":"x","n":[{"__proto__":{"c":2}}]}');
    expect(canonicalJson(value)).toBe('{"__proto__":"x","b":1,"n":[{"__proto__":{"c":2}}]}');
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });

  it('refuses lone surrogates and non-finite numbers', () => {
    expect(() => canonicalJson({ a: '\ud800' })).toThrow(TypeError);
    expect(() => canonicalJson([Number.NaN])).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });

  it('refuses a bad scalar inside a row of scalars as it does elsewhere', () => {
    expect(() => canonicalJson({ rows: [['1-1-101', 1, '\udc00']] })).toThrow(TypeError);
    expect(() => canonicalJson({ rows: [['1-1-101', Number.POSITIVE_INFINITY]] })).toThrow(TypeError);
    expect(canonicalJson({ rows: [['1-1-101', 1e21, true, null]], a: 1 })).toBe(
      '{"a":1,"rows":[["1-1-101",1e+21,true,null]]}',
    );
  });
});

describe('canonicalJson with array-index keys', () => {
  it('orders "1", "10", "2" as strings, not as V8 orders integer keys', () => {
    expect(canonicalJson({ 2: 'b', 10: 'c', 1: 'a', x: { 0: true, a: [{ 3: 1, 20: 2 }] } })).toBe(
      '{"1":"a","10":"c","2":"b","x":{"0":true,"a":[{"20":2,"3":1}]}}',
    );
  });
});
