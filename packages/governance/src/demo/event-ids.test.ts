import { describe, expect, it } from 'vitest';
import { demoEventIds } from './event-ids.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo event ids', () => {
  it('are UUIDv7s whose first 48 bits are the simulated time in milliseconds', () => {
    const at = Date.parse('2023-06-15T02:30:00.000Z');
    const id = demoEventIds(7)(at);
    expect(id).toMatch(V7);
    expect(Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(at);
  });

  it('never repeat, even at the same time', () => {
    const next = demoEventIds(7);
    const ids = new Set(Array.from({ length: 5000 }, () => next(0)));
    expect(ids.size).toBe(5000);
  });

  it('are the same for the same seed and differ between seeds', () => {
    const a = demoEventIds(7);
    const b = demoEventIds(7);
    const c = demoEventIds(8);
    const at = Date.parse('2022-01-04T01:00:00.000Z');
    expect(a(at)).toBe(b(at));
    expect(a(at)).not.toBe(c(at));
  });
});
