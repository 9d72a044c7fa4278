import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../envelope.ts';
import { ChangeRecorder } from './change-recorder.ts';
import { itemPathOf } from './state-items.ts';

function event(index: number, type: string, data: Record<string, unknown>): RecordedEvent {
  return {
    index,
    streamId: `s-${String(data.id)}`,
    streamVersion: 0,
    eventId: `e-${index}`,
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actor: { id: 'clerk-1', role: 'clerk' },
      occurredAt: `2024-01-0${index + 1}T00:00:00Z`,
      recordedAt: `2024-01-0${index + 1}T00:00:01Z`,
    },
  };
}

interface Board {
  cards: Record<string, { status: string; notes: string[] }>;
  units: Record<string, Record<string, { balance: number }>>;
  total: { filed: number };
}

function evolve(state: Board, e: RecordedEvent): Board {
  const id = String(e.data.id);
  if (e.type === 'Filed') {
    state.cards[id] = { status: 'filed', notes: [] };
    state.total.filed++;
  } else if (e.type === 'Noted') {
    state.cards[id]!.notes.push(String(e.data.note));
  } else if (e.type === 'Closed') {
    state.cards[id]!.status = 'closed';
  } else if (e.type === 'Dropped') {
    delete state.cards[id];
  } else if (e.type === 'Paid') {
    state.units.cm1!['u-1']!.balance += Number(e.data.amount);
  }
  return state;
}

const start = (): Board => ({
  cards: { a: { status: 'filed', notes: [] }, b: { status: 'filed', notes: [] } },
  units: { cm1: { 'u-1': { balance: 0 }, 'u-2': { balance: 0 } } },
  total: { filed: 2 },
});

describe('itemPathOf', () => {
  it('descends collections to the record an auditor would name', () => {
    const state = start();
    expect(itemPathOf(state, ['cards', 'a'], 'status')).toEqual(['cards', 'a']);
    expect(itemPathOf(state, ['cards'], 'new')).toEqual(['cards', 'new']);
    expect(itemPathOf(state, ['units', 'cm1', 'u-1'], 'balance')).toEqual(['units', 'cm1', 'u-1']);
    expect(itemPathOf(state, ['total'], 'filed')).toEqual(['total']);
    expect(itemPathOf(state, ['cards', 'a', 'notes'], '0')).toEqual(['cards', 'a']);
  });

  it('judges an empty record by what is written into it', () => {
    expect(itemPathOf({ counts: {} }, ['counts'], 'co-1', 1)).toEqual(['counts']);
    expect(itemPathOf({ cards: {} }, ['cards'], 'c-1', { status: 'filed' })).toEqual(['cards', 'c-1']);
  });
});

describe('ChangeRecorder', () => {
  it('reports items added, removed and changed, field by field, with the events that caused each', () => {
    const recorder = new ChangeRecorder(start());
    recorder.fold(evolve, event(0, 'Filed', { id: 'c' }));
    recorder.fold(evolve, event(1, 'Closed', { id: 'a' }));
    recorder.fold(evolve, event(2, 'Noted', { id: 'a', note: 'ok' }));
    recorder.fold(evolve, event(3, 'Dropped', { id: 'b' }));
    recorder.fold(evolve, event(4, 'Paid', { id: 'x', amount: 5 }));
    const changes = recorder.changes();
    const byItem = Object.fromEntries(changes.map((c) => [c.item, c]));
    expect(Object.keys(byItem).sort()).toEqual(['/cards/a', '/cards/b', '/cards/c', '/total', '/units/cm1/u-1']);
    expect(byItem['/cards/c']).toMatchObject({ kind: 'added', after: { status: 'filed', notes: [] }, causeCount: 1 });
    expect(byItem['/cards/b']).toMatchObject({ kind: 'removed', before: { status: 'filed', notes: [] } });
    expect(byItem['/cards/a']).toMatchObject({
      kind: 'changed',
      fields: [
        { path: '/status', kind: 'changed', before: 'filed', after: 'closed' },
        { path: '/notes/0', kind: 'added', before: null, after: 'ok' },
      ],
      causeCount: 2,
    });
    expect(byItem['/cards/a']!.causes.map((c) => [c.index, c.type, c.actor.id])).toEqual([
      [1, 'Closed', 'clerk-1'],
      [2, 'Noted', 'clerk-1'],
    ]);
    expect(byItem['/total']!.fields).toEqual([{ path: '/filed', kind: 'changed', before: 2, after: 3 }]);
    expect(byItem['/units/cm1/u-1']!.fields).toEqual([{ path: '/balance', kind: 'changed', before: 0, after: 5 }]);
  });

  it('leaves out an item written back to its old value', () => {
    const recorder = new ChangeRecorder({ n: { v: 1 } });
    recorder.fold(
      (s, e) => {
        s.n.v = Number(e.data.v);
        return s;
      },
      event(0, 'Set', { v: 2 }),
    );
    recorder.fold(
      (s, e) => {
        s.n.v = Number(e.data.v);
        return s;
      },
      event(1, 'Set', { v: 1 }),
    );
    expect(recorder.changes()).toEqual([]);
  });

  it('follows immutable folds that return a new state, and keeps the old one intact', () => {
    const initial = Object.freeze({ status: 'none' as string, members: new Map<string, number>() });
    const recorder = new ChangeRecorder<typeof initial>(initial);
    recorder.fold(
      (s, e) => ({ ...s, status: 'open', members: new Map(s.members).set(String(e.data.id), 1) }),
      event(0, 'Opened', { id: 'm1' }),
    );
    const changes = recorder.changes();
    expect(changes.map((c) => [c.item, c.kind])).toEqual([
      ['/status', 'changed'],
      ['/members', 'changed'],
    ]);
    expect(changes[1]!.fields).toEqual([{ path: '/m1', kind: 'added', before: null, after: 1 }]);
    expect(initial.status).toBe('none');
    expect(recorder.state.status).toBe('open');
  });

  it('lists at most the cause limit but counts every cause', () => {
    const recorder = new ChangeRecorder({ total: { n: 0 } }, { causes: 2 });
    for (let i = 0; i < 5; i++) {
      recorder.fold(
        (s) => {
          s.total.n++;
          return s;
        },
        event(i, 'Counted', { id: i }),
      );
    }
    const [change] = recorder.changes();
    expect(change!.causes.map((c) => c.index)).toEqual([0, 1]);
    expect(change!.causeCount).toBe(5);
  });

  it('rebuilds an item’s old value after writes deep inside it, over several events, and a replaced part', () => {
    const state = { items: { i1: { a: { b: { c: 1 } }, list: [{ x: 1 }], kept: { k: 1 } } } };
    const recorder = new ChangeRecorder(state);
    recorder.fold(
      (s) => {
        s.items.i1!.a.b.c = 2;
        return s;
      },
      event(0, 'Deep', { id: 1 }),
    );
    recorder.fold(
      (s) => {
        s.items.i1!.list[0]!.x = 5;
        s.items.i1!.list.push({ x: 9 });
        return s;
      },
      event(1, 'Listed', { id: 1 }),
    );
    recorder.fold(
      (s) => {
        s.items.i1!.a = { b: { c: 7 } };
        return s;
      },
      event(2, 'Replaced', { id: 1 }),
    );
    const [change] = recorder.changes();
    expect(change).toMatchObject({ item: '/items/i1', kind: 'changed', causeCount: 3 });
    expect(change!.fields).toEqual([
      { path: '/a/b/c', kind: 'changed', before: 1, after: 7 },
      { path: '/list/0/x', kind: 'changed', before: 1, after: 5 },
      { path: '/list/1', kind: 'added', before: null, after: { x: 9 } },
    ]);
  });

  it('reports the value an item had before the first event when it is written and then removed', () => {
    const recorder = new ChangeRecorder(start());
    recorder.fold(evolve, event(0, 'Noted', { id: 'a', note: 'first' }));
    recorder.fold(evolve, event(1, 'Closed', { id: 'a' }));
    recorder.fold(evolve, event(2, 'Dropped', { id: 'a' }));
    const [change] = recorder.changes();
    expect(change).toMatchObject({
      item: '/cards/a',
      kind: 'removed',
      before: { status: 'filed', notes: [] },
      causeCount: 3,
    });
  });

  it('sees a Map inside an item changed through its methods', () => {
    const state = { cards: { c1: { tags: new Map([['a', 1]]) }, c2: { tags: new Map([['z', 1]]) } } };
    const recorder = new ChangeRecorder(state);
    recorder.fold(
      (s) => {
        s.cards.c1.tags.set('b', 2);
        s.cards.c1.tags.set('a', 3);
        return s;
      },
      event(0, 'Tagged', { id: 'c1' }),
    );
    const changes = recorder.changes();
    expect(changes.map((c) => c.item)).toEqual(['/cards/c1']);
    expect(changes[0]!.fields).toEqual([
      { path: '/tags/a', kind: 'changed', before: 1, after: 3 },
      { path: '/tags/b', kind: 'added', before: null, after: 2 },
    ]);
  });
});
