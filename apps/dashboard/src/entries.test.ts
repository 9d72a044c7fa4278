import { describe, expect, it } from 'vitest';
import { leafIsPublic } from './entries.ts';

describe('which entries a public reader can check', () => {
  it('offers a check for an event whose public view hides nothing', () => {
    expect(leafIsPublic({ withheld: null, data: { quarter: '2024Q4', red: ['a'] } })).toBe(true);
  });

  it('does not for a withheld ballot or an event with an erased personal field, at any depth', () => {
    expect(leafIsPublic({ withheld: 'ballots are secret', data: null })).toBe(false);
    expect(
      leafIsPublic({ withheld: null, data: { owners: [{ name: { erased: true, subject: 'person-000001' } }] } }),
    ).toBe(false);
  });
});
