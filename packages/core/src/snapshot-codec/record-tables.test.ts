import { isDeepStrictEqual } from 'node:util';
import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRecordTables } from './record-tables.ts';
import { decodeSnapshotState, encodeSnapshotState } from './snapshot-bytes.ts';

/** What a store gives back: the state through the snapshot bytes. */
const roundTrip = (state: unknown) => decodeSnapshotState(encodeSnapshotState(state));

const card = (i: number) => ({
  complaintId: `c-${i}`,
  status: i % 3 === 0 ? 'closed' : 'filed',
  filedAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
  closedAt: i % 3 === 0 ? '2024-02-01T00:00:00.000Z' : null,
  reopenedCount: i % 2,
  tags: [`t${i % 4}`],
});

describe('record tables', () => {
  it('packs a large object of same-shaped records and gives back an equal state', () => {
    const complaints: Record<string, ReturnType<typeof card>> = {};
    for (let i = 0; i < 500; i++) complaints[`c-${i}`] = card(i);
    const state = { complaints, order: Object.keys(complaints) };
    expect(packRecordTables(state)).not.toBe(state);
    expect(roundTrip(state)).toStrictEqual(state);
  });

  it('stores a large table in far fewer bytes than node:v8 alone', () => {
    const complaints: Record<string, ReturnType<typeof card>> = {};
    for (let i = 0; i < 2000; i++) complaints[`c-${i}`] = card(i);
    const list = Object.values(complaints).map((c) => ({ ...c }));
    expect(encodeSnapshotState({ complaints }).length).toBeLessThan(serialize({ complaints }).length * 0.75);
    expect(encodeSnapshotState({ list }).length).toBeLessThan(serialize({ list }).length * 0.75);
  });

  it('packs a Map of records, keeping its keys, their order and non-string keys', () => {
    const byId = new Map<unknown, ReturnType<typeof card>>();
    for (let i = 0; i < 100; i++) byId.set(i % 2 ? `k-${i}` : i, card(i));
    const back = roundTrip({ byId }) as { byId: Map<unknown, unknown> };
    expect([...back.byId.keys()]).toEqual([...byId.keys()]);
    expect(back).toStrictEqual({ byId });
  });

  it('packs an array of records, and leaves arrays with holes or empty records whole', () => {
    const history = Array.from({ length: 100 }, (_, i) => card(i));
    const holes: unknown[] = Array.from({ length: 100 }, (_, i) => card(i));
    delete holes[40];
    const empties = Array.from({ length: 100 }, () => ({}));
    const state = { history, holes, empties };
    const packed = packRecordTables(state) as typeof state;
    expect(packed.history).not.toBe(history);
    expect(packed.holes).toBe(holes);
    expect(packed.empties).toBe(empties);
    const back = roundTrip(state) as typeof state;
    expect(back).toStrictEqual(state);
    expect(40 in back.holes).toBe(false);
    const sparseOwner: unknown[] = [history.map((c) => ({ ...c }))];
    sparseOwner[3] = 'after a hole';
    const sparseBack = roundTrip({ sparseOwner }) as { sparseOwner: unknown[] };
    expect(1 in sparseBack.sparseOwner).toBe(false);
    expect(sparseBack.sparseOwner).toStrictEqual(sparseOwner);
  });

  it('leaves small or mixed collections as they are (the same object, nothing copied)', () => {
    const small: Record<string, unknown> = { a: card(1), b: card(2) };
    const mixed: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) mixed[`m-${i}`] = i === 50 ? { other: 1 } : card(i);
    const state = { small, mixed };
    expect(packRecordTables(state)).toBe(state);
    expect(encodeSnapshotState(state)[0]).toBe(0xff);
  });

  it('does not pack records referenced twice, so a shared record stays one object', () => {
    const records: Record<string, ReturnType<typeof card>> = {};
    for (let i = 0; i < 100; i++) records[`r-${i}`] = card(i);
    const state = { records, latest: records['r-99'] };
    const back = roundTrip(state) as typeof state;
    expect(back.latest).toBe(back.records['r-99']);
    expect(back).toStrictEqual(state);
  });

  it('keeps cycles, nested tables, Sets holding tables, Dates, and strings holding NUL', () => {
    const inner: Record<string, unknown> = {};
    for (let i = 0; i < 70; i++) inner[`u-${i}`] = { at: new Date(i * 1000), note: i === 3 ? 'a\u0000b' : `n${i}` };
    const outer: Record<string, unknown> = {};
    for (let i = 0; i < 70; i++) outer[`o-${i}`] = { id: `o-${i}`, units: i === 0 ? inner : {} };
    const inSet: Record<string, unknown> = {};
    for (let i = 0; i < 70; i++) inSet[`s-${i}`] = { id: i };
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    const state = { outer, sets: new Set([inSet]), loop };
    const bytes = encodeSnapshotState(state);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('GLRT');
    const back = decodeSnapshotState(bytes) as typeof state;
    expect(back.loop.self).toBe(back.loop);
    expect(back).toStrictEqual(state);
  });

  it('keeps a record key named __proto__ as an own property, not a prototype', () => {
    const records: Record<string, unknown> = {};
    for (let i = 0; i < 70; i++) {
      const record = JSON.parse(`{"__proto__": ${i}, "name": "r${i}"}`);
      Object.defineProperty(records, i === 5 ? '__proto__' : `r-${i}`, {
        value: record,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    const back = roundTrip({ records }) as { records: Record<string, Record<string, unknown>> };
    expect(Object.getPrototypeOf(back.records)).toBe(Object.prototype);
    expect(Object.hasOwn(back.records, '__proto__')).toBe(true);
    const record = Object.getOwnPropertyDescriptor(back.records, '__proto__')?.value;
    expect(Object.getOwnPropertyDescriptor(record, '__proto__')?.value).toBe(5);
    expect(record.name).toBe('r5');
    expect(Object.getPrototypeOf(Object.getOwnPropertyDescriptor(back.records, 'r-6')?.value)).toBe(Object.prototype);
  });

  it('leaves a state alone that already uses the marker key', () => {
    const records: Record<string, unknown> = { '\u0000govledger-record-table': 'map' };
    for (let i = 0; i < 70; i++) records[`r-${i}`] = card(i);
    const state = { records };
    expect(packRecordTables(state)).toBe(state);
    expect(roundTrip(state)).toStrictEqual(state);
  });

  it('gives back the structured clone of any state of records, tables or not', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.double({ noNaN: true }));
    const record = fc.record({ a: value, b: value, c: fc.array(value, { maxLength: 2 }) });
    const table = fc.array(fc.tuple(fc.string({ minLength: 1 }), record), { minLength: 0, maxLength: 150 });
    fc.assert(
      fc.property(table, table, fc.boolean(), (rows, moreRows, asMap) => {
        const collection = asMap ? new Map(rows) : Object.fromEntries(rows);
        const list = rows.map(([, row]) => ({ ...row }));
        const state = { collection, list, nested: { more: Object.fromEntries(moreRows) } };
        // node's deep equality: vitest's compares `constructor` properties, which a row may own.
        expect(isDeepStrictEqual(roundTrip(state), structuredClone(state))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
