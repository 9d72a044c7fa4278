import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTileIndex, formatTilePath, parseTilePath, tileSpan } from './tile-path.ts';

describe('tile paths (c2sp.org/tlog-tiles)', () => {
  it.each([
    [0, '000'],
    [5, '005'],
    [999, '999'],
    [1000, 'x001/000'],
    [1234067, 'x001/x234/067'],
  ])('writes index %d as %s', (index, text) => {
    expect(formatTileIndex(index)).toBe(text);
  });

  it('reads full, partial and entry tiles', () => {
    expect(parseTilePath('0/x001/x234/067')).toEqual({
      _tag: 'Right',
      right: { level: 0, index: 1234067, width: 256 },
    });
    expect(parseTilePath('2/000.p/17')).toEqual({ _tag: 'Right', right: { level: 2, index: 0, width: 17 } });
    expect(parseTilePath('entries/001.p/3')).toEqual({
      _tag: 'Right',
      right: { level: 'entries', index: 1, width: 3 },
    });
    expect(formatTilePath({ level: 'entries', index: 1, width: 3 })).toBe('tile/entries/001.p/3');
  });

  it.each([
    ['64/000', /level 64/],
    ['01/000', /not a tile path/],
    ['0/x000/005', /canonical/],
    ['0/5', /not a tile path/],
    ['0/000.p/256', /width 256/],
    ['0/000.p/0', /not a tile path/],
    ['0/000.p/07', /not a tile path/],
    ['data/000', /not a tile path/],
  ])('refuses %s', (path, reason) => {
    expect(parseTilePath(path)).toMatchObject({ left: expect.stringMatching(reason) });
  });

  it('round-trips every index and width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 256 }),
        fc.integer({ min: 0, max: 5 }),
        (index, width, level) => {
          const tile = { level, index, width };
          expect(parseTilePath(formatTilePath(tile).slice('tile/'.length))).toEqual({ _tag: 'Right', right: tile });
        },
      ),
    );
  });

  it('spans the entries of the spec example (a tree of 70,000 entries)', () => {
    expect(tileSpan({ level: 0, index: 273, width: 112 })).toEqual({ start: 69_888, end: 70_000, hashLevel: 0 });
    expect(tileSpan({ level: 1, index: 1, width: 17 })).toEqual({ start: 65_536, end: 69_888, hashLevel: 8 });
    expect(tileSpan({ level: 2, index: 0, width: 1 })).toEqual({ start: 0, end: 65_536, hashLevel: 16 });
  });
});
