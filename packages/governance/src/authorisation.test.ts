import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { requireRole } from './authorisation.ts';

describe('requireRole', () => {
  it('names each allowed role once with its Chinese term, without doubled parentheses', () => {
    const refused = requireRole(
      'FileComplaint',
      { actor: { id: 'company-1', role: 'property-company' }, data: {}, now: 0 } as never,
      'resident',
      'owner',
    );
    expect(isLeft(refused)).toBe(true);
    if (!isLeft(refused)) return;
    expect(refused.left.message).toContain('may only be issued by resident (居民) or owner (业主);');
    expect(refused.left.message).not.toContain('))');
  });
});
