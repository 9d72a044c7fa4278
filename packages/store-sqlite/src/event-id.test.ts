import { describe, expect, it } from 'vitest';
import { newUuidV7 } from './event-id.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('default event ids', () => {
  it('are RFC 9562 version-7 UUIDs whose first 48 bits are the Unix time in milliseconds', () => {
    const id = newUuidV7(Date.parse('2024-03-01T08:00:00.000Z'));
    expect(id).toMatch(UUID_V7);
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.parse('2024-03-01T08:00:00.000Z'));
  });

  it('never repeat, and sort by creation time across milliseconds', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => newUuidV7(1_700_000_000_000 + Math.floor(i / 100)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    const firstOfEachMs = ids.filter((_, i) => i % 100 === 0);
    expect([...firstOfEachMs].sort()).toEqual(firstOfEachMs);
  });
});
