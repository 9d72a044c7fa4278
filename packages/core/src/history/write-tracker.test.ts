import { describe, expect, it } from 'vitest';
import { WriteTracker } from './write-tracker.ts';

function tracked<T>(state: T) {
  const writes: string[] = [];
  const tracker = new WriteTracker((path, property) => writes.push([...path, property].join('/')));
  return { view: tracker.view(state), writes, tracker };
}

describe('WriteTracker', () => {
  it('reports writes with the path of the object written, before they happen', () => {
    const state = {
      complaints: { 'c-1': { status: 'filed' } } as Record<string, { status: string }>,
      order: [] as string[],
    };
    const { view, writes } = tracked(state);
    view.complaints['c-1']!.status = 'closed';
    view.complaints['c-2'] = { status: 'filed' };
    view.order.push('c-2');
    delete view.complaints['c-1'];
    expect(writes).toEqual(['complaints/c-1/status', 'complaints/c-2', 'order/0', 'order/length', 'complaints/c-1']);
    expect(state.complaints).toEqual({ 'c-2': { status: 'filed' } });
    expect(state.order).toEqual(['c-2']);
  });

  it('never stores a view in the raw state, even inside a new object built from views', () => {
    const state = { a: { n: 1 }, b: null as unknown };
    const { view, tracker } = tracked(state);
    view.b = { copy: view.a, list: [view.a] };
    const stored = state.b as { copy: object; list: object[] };
    expect(stored.copy).toBe(state.a);
    expect(stored.list[0]).toBe(state.a);
    expect(tracker.unwrap(view.a)).toBe(state.a);
    expect(structuredClone(state)).toEqual({ a: { n: 1 }, b: { copy: { n: 1 }, list: [{ n: 1 }] } });
  });

  it('reports a Set or Map as written when it is read, since its methods bypass any proxy', () => {
    const state = { seen: new Set<string>(), n: 0 };
    const { view, writes } = tracked(state);
    view.seen.add('x');
    expect(writes).toEqual(['seen']);
    expect(state.seen.has('x')).toBe(true);
  });

  it('leaves frozen objects raw, so proxy invariants hold', () => {
    const state = Object.freeze({ inner: Object.freeze({ n: 1 }) });
    const { view } = tracked(state);
    expect(view).toBe(state);
    expect(view.inner.n).toBe(1);
  });
});
