import { READ_API_ERRORS } from '@govledger/core';
import { describe, expect, it } from 'vitest';
import { errorBody, httpErrorOf, type ReaderFailure } from './errors.ts';

describe('httpErrorOf', () => {
  it("maps every failure to its status and its code in core's catalogue, which agree", () => {
    const cases: [ReaderFailure, number, string][] = [
      [{ _tag: 'BadParameter', parameter: 'limit', reason: 'must be >= 1' }, 400, 'GL_BAD_PARAMETER'],
      [{ _tag: 'Unauthorized', reason: 'x' }, 401, 'GL_UNAUTHORIZED'],
      [{ _tag: 'NotFound', what: 'vote', id: 'v-9' }, 404, 'GL_NOT_FOUND'],
      [{ _tag: 'MethodNotAllowed', method: 'POST' }, 405, 'GL_METHOD_NOT_ALLOWED'],
      [{ _tag: 'TooLarge', what: 'body', limit: 1024 }, 413, 'GL_BODY_TOO_LARGE'],
      [{ _tag: 'TooLarge', what: 'url', limit: 2048 }, 414, 'GL_URL_TOO_LONG'],
      [{ _tag: 'UnsupportedMediaType' }, 415, 'GL_UNSUPPORTED_MEDIA_TYPE'],
      [{ _tag: 'RateLimited', retryAfterSeconds: 3 }, 429, 'GL_RATE_LIMITED'],
      [{ _tag: 'Internal' }, 500, 'GL_INTERNAL_ERROR'],
      [{ _tag: 'Unavailable', reason: 'key store down' }, 503, 'GL_UNAVAILABLE'],
    ];
    for (const [failure, status, code] of cases) {
      const answer = httpErrorOf(failure);
      expect(answer, failure._tag).toMatchObject({ status, code });
      expect(READ_API_ERRORS[answer.code].status).toBe(answer.status);
    }
    expect(new Set(cases.map(([, , code]) => code))).toEqual(new Set(Object.keys(READ_API_ERRORS)));
  });

  it('names the parameter and the reason of a bad parameter, and the id not found', () => {
    expect(errorBody(httpErrorOf({ _tag: 'BadParameter', parameter: 'limit', reason: 'must be >= 1' }))).toEqual({
      error: { code: 'GL_BAD_PARAMETER', message: 'limit: must be >= 1', parameter: 'limit' },
    });
    expect(httpErrorOf({ _tag: 'NotFound', what: 'vote', id: 'v-9' }).message).toBe('no vote "v-9"');
  });
});
