import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../envelope.ts';
import { MemoryStore } from '../memory-store.ts';
import { sampleEvent } from '../testing/sample-events.ts';
import { actorTrail } from './actor-trail.ts';
import { periodOf } from './periods.ts';
import { streamHistory } from './stream-history.ts';

function recorded(index: number, type: string, data: Record<string, unknown>): RecordedEvent {
  return {
    index,
    streamId: 'complaint-c-1',
    streamVersion: index,
    eventId: `e-${index}`,
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actor: { id: 'co-1', role: 'property-company' },
      occurredAt: '2024-01-01T00:00:00Z',
      recordedAt: '2024-01-01T00:00:00Z',
    },
  };
}

describe('streamHistory', () => {
  it('tells what each event changed in the aggregate, starting from a frozen initial state', () => {
    const fold = {
      initialState: Object.freeze({ status: 'none' as string, dueAt: null as string | null }),
      evolve: (s: { status: string; dueAt: string | null }, e: RecordedEvent) =>
        e.type === 'Filed'
          ? { status: 'filed', dueAt: null }
          : Object.assign(s, { status: 'assigned', dueAt: String(e.data.dueAt) }),
    };
    const steps = streamHistory(
      [recorded(0, 'Filed', {}), recorded(1, 'Assigned', { dueAt: '2024-01-03T00:00:00Z' })],
      fold,
    );
    expect(steps.map((s) => s.changes?.map((c) => [c.item, c.kind, c.fields]))).toEqual([
      [['/status', 'changed', [{ path: '', kind: 'changed', before: 'none', after: 'filed' }]]],
      [
        ['/status', 'changed', [{ path: '', kind: 'changed', before: 'filed', after: 'assigned' }]],
        ['/dueAt', 'changed', [{ path: '', kind: 'changed', before: null, after: '2024-01-03T00:00:00Z' }]],
      ],
    ]);
  });

  it('lists events without changes when no fold is known for the stream', () => {
    expect(streamHistory([recorded(0, 'Filed', {})], null)).toEqual([
      { event: recorded(0, 'Filed', {}), changes: null },
    ]);
  });
});

describe('actorTrail', () => {
  it('counts one actor’s acts by type, role and period, and lists them in order', async () => {
    let day = 0;
    const store = new MemoryStore({ clock: () => new Date(Date.UTC(2024, 0, 1 + day++)) });
    const act = (actor: string, type: string, occurredAt: string) => ({
      ...sampleEvent(`s-${type}`, {}, type),
      metadata: { actor: { id: actor, role: 'official' }, occurredAt },
    });
    await store.append('s-A', [act('p-1', 'A', '2024-01-31T17:00:00Z')]);
    await store.append('s-B', [act('p-2', 'B', '2024-02-01T00:00:00Z')]);
    await store.append('s-A', [act('p-1', 'A', '2024-03-01T00:00:00Z')]);
    await store.append('s-C', [act('p-1', 'C', '2024-03-02T00:00:00Z')]);
    const trail = await actorTrail(store, 'p-1', { period: 'month', offsetMinutes: 480, limit: 2 });
    expect(trail).toMatchObject({
      total: 3,
      byType: { A: 2, C: 1 },
      byRole: { official: 3 },
      byPeriod: { '2024-02': { A: 1 }, '2024-03': { A: 1, C: 1 } },
      firstAt: '2024-01-31T17:00:00Z',
      lastAt: '2024-03-02T00:00:00Z',
      actsOmitted: 1,
    });
    expect(trail.acts.map((a) => a.index)).toEqual([0, 2]);
    const ranged = await actorTrail(store, 'p-1', { fromSize: 1, toSize: 3, exclude: (e) => e.type === 'C' });
    expect(ranged.total).toBe(1);
  });
});

describe('periodOf', () => {
  it('reckons days, months, quarters and years at an offset from UTC', () => {
    expect(periodOf('2024-03-31T17:00:00Z', 'quarter', 480)).toBe('2024Q2');
    expect(periodOf('2024-03-31T15:59:59Z', 'quarter', 480)).toBe('2024Q1');
    expect(periodOf('2024-12-31T16:00:00Z', 'year', 480)).toBe('2025');
    expect(periodOf('2024-12-31T16:00:00Z', 'month')).toBe('2024-12');
    expect(periodOf('2024-12-31T16:00:00Z', 'day', 480)).toBe('2025-01-01');
  });
});
