import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { AuditorAccess } from './auditor-access.ts';

const TOKEN = 'a-long-random-auditor-token-1234';

describe('AuditorAccess', () => {
  const access = new AuditorAccess(TOKEN);

  it('gives public access without an Authorization header', () => {
    expect(access.accessOf(undefined)).toEqual(right('public'));
    expect(access.accessOf('')).toEqual(right('public'));
  });

  it('gives auditor access for the configured bearer token, whatever the scheme case', () => {
    expect(access.accessOf(`Bearer ${TOKEN}`)).toEqual(right('auditor'));
    expect(access.accessOf(`bearer ${TOKEN}`)).toEqual(right('auditor'));
  });

  it('refuses a wrong token, a token of another length and another scheme', () => {
    const invalid = left({ _tag: 'Unauthorized', reason: 'the auditor token is not valid' });
    expect(access.accessOf(`Bearer ${TOKEN.slice(0, -1)}x`)).toEqual(invalid);
    expect(access.accessOf('Bearer x')).toEqual(invalid);
    expect(access.accessOf(`Basic ${TOKEN}`)).toEqual(
      left({ _tag: 'Unauthorized', reason: 'the Authorization header must be "Bearer <auditor token>"' }),
    );
  });

  it('refuses every token when none is configured', () => {
    const none = new AuditorAccess(undefined);
    expect(none.configured).toBe(false);
    expect(none.accessOf(`Bearer ${TOKEN}`)).toEqual(
      left({ _tag: 'Unauthorized', reason: 'this server has no auditor access configured' }),
    );
  });

  it('refuses to be configured with a short token', () => {
    expect(() => new AuditorAccess('too-short')).toThrow(/at least 16 characters/);
  });
});
