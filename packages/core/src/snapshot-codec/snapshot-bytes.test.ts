import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { decodeSnapshotState, encodeSnapshotState } from './snapshot-bytes.ts';

describe('snapshot bytes', () => {
  it('reads bytes written by node:v8 alone, as every earlier snapshot was', () => {
    const state = { n: 1, m: new Map([['a', [1, 2]]]) };
    expect(decodeSnapshotState(serialize(state))).toStrictEqual(state);
  });

  it('tags packed bytes and reads them back, also from a Uint8Array view', () => {
    const rows: Record<string, { id: string; n: number }> = {};
    for (let i = 0; i < 80; i++) rows[`r-${i}`] = { id: `r-${i}`, n: i };
    const bytes = encodeSnapshotState({ rows });
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('GLRT');
    const copy = new Uint8Array(bytes.length + 8);
    copy.set(bytes, 8);
    expect(decodeSnapshotState(copy.subarray(8))).toStrictEqual({ rows });
  });

  it('writes plain node:v8 bytes when nothing is worth packing', () => {
    const state = { n: 1, list: [1, 2, 3] };
    expect(encodeSnapshotState(state)).toEqual(serialize(state));
  });
});
