import { describe, expect, it } from 'vitest';
import { deepEqual, diffValues } from './value-diff.ts';

describe('diffValues', () => {
  it('names each changed, added and removed field with its before and after', () => {
    const { changes } = diffValues(
      { status: 'filed', dueAt: null, tally: { approve: 1 }, gone: 1 },
      { status: 'closed', dueAt: '2024-01-01T00:00:00Z', tally: { approve: 2 }, extra: true },
    );
    expect(changes).toEqual([
      { path: '/status', kind: 'changed', before: 'filed', after: 'closed' },
      { path: '/dueAt', kind: 'changed', before: null, after: '2024-01-01T00:00:00Z' },
      { path: '/tally/approve', kind: 'changed', before: 1, after: 2 },
      { path: '/gone', kind: 'removed', before: 1, after: null },
      { path: '/extra', kind: 'added', before: null, after: true },
    ]);
  });

  it('reports the new elements of an array that grew, and escapes pointer characters', () => {
    const { changes } = diffValues({ 'a/b': [1, 2] }, { 'a/b': [1, 2, 3] });
    expect(changes).toEqual([{ path: '/a~1b/2', kind: 'added', before: null, after: 3 }]);
  });

  it('compares Maps as records and Sets as sorted arrays', () => {
    expect(deepEqual(new Set(['b', 'a']), new Set(['a', 'b']))).toBe(true);
    const { changes } = diffValues({ m: new Map([['k', 1]]) }, { m: new Map([['k', 2]]) });
    expect(changes).toEqual([{ path: '/m/k', kind: 'changed', before: 1, after: 2 }]);
  });

  it('stops at the limit and counts what it left out', () => {
    const before = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}`, i]));
    const after = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}`, i + 1]));
    const diff = diffValues(before, after, 3);
    expect(diff.changes).toHaveLength(3);
    expect(diff.omitted).toBe(7);
  });
});
