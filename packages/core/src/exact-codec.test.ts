import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { decodeWith } from './decode-error.ts';
import { defineEvent, EventCatalogue } from './event-catalogue.ts';
import { refuseUnknownKeys, undeclaredKeys } from './exact-codec.ts';
import { personal } from './personal/marking.ts';

function paths(codec: t.Mixed, value: unknown): string[] {
  const decoded = decodeWith(codec, value);
  return isLeft(decoded) ? decoded.left.problems.map((p) => p.path) : [];
}

describe('exact codecs', () => {
  const Filed = defineEvent(
    'Filed',
    t.type({
      id: t.string,
      parties: t.array(t.intersection([t.type({ name: t.string }), t.partial({ note: t.string })])),
      phone: personal(t.string, 'id'),
      extra: t.union([t.type({ kind: t.literal('a'), a: t.number }), t.type({ kind: t.literal('b') })]),
      tags: t.record(t.string, t.number),
    }),
  );
  const catalogue = new EventCatalogue([Filed]);
  const good = { id: 'x', parties: [{ name: 'n', note: 'm' }], phone: 'p', extra: { kind: 'b' }, tags: { a: 1 } };

  it('accepts data that holds only declared keys', () => {
    expect(isRight(catalogue.decodeData('Filed', 1, good))).toBe(true);
  });

  it('refuses an undeclared top-level key, naming it', () => {
    const decoded = catalogue.decodeData('Filed', 1, { ...good, contactNote: '电话13912345678' });
    expect(isLeft(decoded) && decoded.left.problems).toEqual([
      { path: 'contactNote', reason: expect.stringContaining('unknown field "contactNote"') },
    ]);
  });

  it('refuses undeclared keys inside arrays, intersections and union members', () => {
    expect(paths(Filed.exact, { ...good, parties: [{ name: 'n', age: 3 }] })).toEqual(['parties.0.age']);
    expect(paths(Filed.exact, { ...good, extra: { kind: 'b', a: 1, z: 2 } })).toEqual(['extra.a', 'extra.z']);
  });

  it('refuses a __proto__ key, even inside a free-form record', () => {
    const withProto = JSON.parse('{"id":"x","__proto__":{"polluted":true}}');
    expect(undeclaredKeys(t.type({ id: t.string }), withProto).map((k) => k.path.join('.'))).toEqual(['__proto__']);
    const inRecord = { ...good, tags: JSON.parse('{"__proto__":1}') };
    expect(paths(Filed.exact, inRecord)).toEqual(['tags.__proto__']);
    expect(
      paths(refuseUnknownKeys(t.type({ data: t.UnknownRecord })), { data: JSON.parse('{"a":{"__proto__":1}}') }),
    ).toEqual(['data.a.__proto__']);
  });

  it('keeps the declared shape for walkers while decoding exactly', () => {
    expect(Filed.codec._tag).toBe('InterfaceType');
    expect((Filed.exact as unknown as { _tag: string })._tag).toBe('ExactType');
    expect(refuseUnknownKeys(Filed.codec)).toBe(refuseUnknownKeys(Filed.codec));
  });
});
