import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch, notModified } from './conditional.ts';

describe('matchesIfNoneMatch', () => {
  it('matches the same tag, a weak form of it, one of a list, and *', () => {
    expect(matchesIfNoneMatch('"5-ab"', '"5-ab"')).toBe(true);
    expect(matchesIfNoneMatch('W/"5-ab"', '"5-ab"')).toBe(true);
    expect(matchesIfNoneMatch('"1-x", "5-ab"', '"5-ab"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"5-ab"')).toBe(true);
  });

  it('does not match another tag or no header', () => {
    expect(matchesIfNoneMatch('"6-ab"', '"5-ab"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"5-ab"')).toBe(false);
  });
});

describe('notModified', () => {
  it('sets the validator and answers 304 only on a match', () => {
    const headers: Record<string, string> = {};
    let status = 0;
    const reply = {
      header: (k: string, v: string) => {
        headers[k] = v;
      },
      code: (s: number) => {
        status = s;
        return { send: () => undefined };
      },
    };
    expect(notModified('"1"', reply, '"2"')).toBe(false);
    expect(headers).toEqual({ etag: '"2"', 'cache-control': 'public, no-cache' });
    expect(status).toBe(0);
    expect(notModified('"2"', reply, '"2"')).toBe(true);
    expect(status).toBe(304);
  });
});
