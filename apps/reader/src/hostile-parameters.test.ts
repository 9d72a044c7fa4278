import { beforeAll, describe, expect, it } from 'vitest';
import { integerProblem } from './canonical-params.ts';
import { asAuditor, get, type TestReader, testReader } from './test-support/test-reader.ts';

describe('the read API under hostile parameters', () => {
  let reader: TestReader;
  beforeAll(async () => {
    reader = await testReader();
  });

  const refused = [
    '/v1/complaints?limit=Infinity',
    '/v1/complaints?limit=1e400',
    '/v1/complaints?limit=-Infinity',
    '/v1/complaints?limit=1e2',
    '/v1/complaints?limit=0x10',
    '/v1/complaints?limit=%2016',
    '/v1/complaints?limit=016',
    '/v1/complaints?limit=201',
    '/v1/diff?from=0&limit=Infinity',
    '/v1/streams/complaint-c-1/events?fromVersion=Infinity',
    '/v1/streams/complaint-c-1/events?fromVersion=9007199254740993',
    '/v1/streams/complaint-c-1/events?fromVersion=-1',
    '/v1/ledger/proofs/inclusion?index=-Infinity',
    '/v1/ledger/proofs/inclusion?index=0x10',
    '/v1/ledger/proofs/inclusion?index=1&size=1e3',
    '/v1/ledger/entries?from=-Infinity',
    '/v1/ledger/entries?from=1.5',
    '/v1/streams/complaint-c-1/history?unknown=1',
    '/v1/ledger?surprise=yes',
  ];

  it.each(refused)('answers %s with 400 naming the parameter, never 500', async (url) => {
    const res = await get(reader.app, url, asAuditor);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('GL_BAD_PARAMETER');
    expect(body.error.parameter).toMatch(/^[a-zA-Z]+$/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('still takes canonical integers within range', async () => {
    expect((await get(reader.app, '/v1/complaints?limit=2')).statusCode).toBe(200);
    expect((await get(reader.app, '/v1/ledger/entries?from=0&limit=1', asAuditor)).statusCode).toBe(200);
  });

  it.each(['/%zz', '/%c0%ae%c0%ae/', '/v1/complaints/%e4%ff'])(
    'answers the malformed URL %s with the documented error shape and security headers',
    async (url) => {
      const res = await get(reader.app, url);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBeDefined();
      expect(res.json().error.code).toBe('GL_BAD_PARAMETER');
    },
  );
});

describe('canonical integer parameters', () => {
  it('accepts digits only, within the safe range', () => {
    expect(integerProblem('0')).toBeNull();
    expect(integerProblem('9007199254740991')).toBeNull();
    expect(integerProblem('-3')).toBeNull();
    for (const raw of [
      '',
      '+1',
      '01',
      '-0',
      '1.0',
      '1e3',
      ' 1',
      '0x1',
      'Infinity',
      '-Infinity',
      'NaN',
      '9007199254740992',
    ])
      expect(integerProblem(raw), raw).not.toBeNull();
  });
});
