import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseStrictJson } from './strict-json.ts';

function problem(text: string) {
  const parsed = parseStrictJson(text);
  return isLeft(parsed) ? parsed.left : null;
}

describe('strict JSON text', () => {
  it('parses what JSON.parse parses when nothing is ambiguous', () => {
    expect(parseStrictJson('{"a":[1,{"b":"\\ud83d\\ude00"}],"c":"x"}')).toEqual({
      _tag: 'Right',
      right: { a: [1, { b: '😀' }], c: 'x' },
    });
  });

  it('refuses a duplicate key, naming its path', () => {
    expect(problem('{"data":{"a":1,"b":[{"x":1,"x":2}]}}')).toEqual({
      path: 'data.b.0.x',
      reason: 'duplicate key "x"',
    });
    expect(problem('{"a":1,"a":2}')).toEqual({ path: 'a', reason: 'duplicate key "a"' });
  });

  it('refuses escaped lone surrogates in values and keys', () => {
    expect(problem('{"data":{"name":"\\ud800"}}')?.path).toBe('data.name');
    expect(problem('{"\\udc00":1}')?.reason).toMatch(/lone surrogate/);
    expect(problem('["a\\ud800b"]')?.path).toBe('0');
  });

  it('refuses a __proto__ key', () => {
    expect(problem('{"data":{"__proto__":{"x":1}}}')).toEqual({
      path: 'data.__proto__',
      reason: 'the key "__proto__" is not allowed',
    });
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(problem(deep)?.reason).toMatch(/nesting deeper than 64/);
    expect(isRight(parseStrictJson(`${'['.repeat(64)}${']'.repeat(64)}`))).toBe(true);
  });

  it('reports a syntax error as not valid JSON', () => {
    expect(problem('{"a":')?.reason).toMatch(/^not valid JSON/);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        parseStrictJson(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with JSON.parse on JSON without duplicates or lone surrogates', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const text = JSON.stringify(v);
        const parsed = parseStrictJson(text);
        if (isRight(parsed)) expect(parsed.right).toEqual(JSON.parse(text));
        else expect(parsed.left.reason).toMatch(/__proto__|lone surrogate/);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses duplicates, __proto__ and deep nesting in a plain line as in any other text', () => {
    // A trailing newline is whitespace to JSON but sends the text through the general scan.
    const keys = fc.constantFrom('a', 'b', '__proto__', '电梯', 'x y');
    const plainJson: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('1', 'null', 'true', '"s"', '"电梯故障"', '"a:b,c"', '"{"', '"}"', '"["', '"]"'),
        fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
        fc
          .array(fc.tuple(keys, tie('value')), { maxLength: 4 })
          .map((members) => `{${members.map(([k, v]) => `"${k}":${v}`).join(',')}}`),
      ),
    })).value;
    const damaged = fc.tuple(plainJson, fc.nat(), fc.constantFrom('', '{', '"', ',', '}')).map(([text, at, cut]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return `${text.slice(0, i)}${cut}${text.slice(i + (cut === '' ? 0 : 1))}`;
    });
    fc.assert(
      fc.property(fc.oneof(plainJson, damaged), fc.integer({ min: 1, max: 6 }), (text, depth) => {
        const plain = parseStrictJson(text, depth);
        const general = parseStrictJson(`${text}\n`, depth);
        if (isRight(general)) expect(plain).toEqual(general);
        else if (general.left.reason.startsWith('not valid JSON'))
          expect(isLeft(plain) && plain.left.reason).toMatch(/^not valid JSON/);
        else expect(plain).toEqual(general);
      }),
      { numRuns: 3000 },
    );
  });
});
