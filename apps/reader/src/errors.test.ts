import { describe, expect, it } from 'vitest';
import { errorBody, httpErrorOf, type ReaderFailure } from './errors.ts';

describe('httpErrorOf', () => {
  it('maps every failure to its status and a code', () => {
    const cases: [ReaderFailure, number, string][] = [
      [{ _tag: 'BadParameter', parameter: 'limit', reason: 'must be >= 1' }, 400, 'BadParameter'],
      [{ _tag: 'Unauthorized', reason: 'x' }, 401, 'Unauthorized'],
      [{ _tag: 'NotFound', what: 'vote', id: 'v-9' }, 404, 'NotFound'],
      [{ _tag: 'MethodNotAllowed', method: 'POST' }, 405, 'MethodNotAllowed'],
      [{ _tag: 'TooLarge', what: 'body', limit: 1024 }, 413, 'BodyTooLarge'],
      [{ _tag: 'TooLarge', what: 'url', limit: 2048 }, 414, 'UrlTooLong'],
      [{ _tag: 'UnsupportedMediaType' }, 415, 'UnsupportedMediaType'],
      [{ _tag: 'RateLimited', retryAfterSeconds: 3 }, 429, 'RateLimited'],
      [{ _tag: 'Internal' }, 500, 'Internal'],
      [{ _tag: 'Unavailable', reason: 'key store down' }, 503, 'Unavailable'],
    ];
    for (const [failure, status, code] of cases)
      expect(httpErrorOf(failure), failure._tag).toMatchObject({ status, code });
  });

  it('names the parameter and the reason of a bad parameter, and the id not found', () => {
    expect(errorBody(httpErrorOf({ _tag: 'BadParameter', parameter: 'limit', reason: 'must be >= 1' }))).toEqual({
      error: { code: 'BadParameter', message: 'limit: must be >= 1', parameter: 'limit' },
    });
    expect(httpErrorOf({ _tag: 'NotFound', what: 'vote', id: 'v-9' }).message).toBe('no vote "v-9"');
  });
});
