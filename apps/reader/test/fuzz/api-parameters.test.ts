import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { asAuditor, get, type TestReader, testReader } from '../../src/test-support/test-reader.ts';

const scale = Math.max(1, Number(process.env.GOVLEDGER_FUZZ_SCALE ?? '1') || 1);

const ROUTES = [
  '/v1/complaints',
  '/v1/complaints/c-1',
  '/v1/complaint-statistics',
  '/v1/streams/complaint-c-1/events',
  '/v1/streams/complaint-c-1/history',
  '/v1/ledger/entries',
  '/v1/ledger/proofs/inclusion',
  '/v1/ledger/proofs/consistency',
  '/v1/ledger/checkpoint',
  '/v1/diff',
  '/v1/funds/cm-1/units',
  '/v1/committees',
];
const NAMES = [
  'limit',
  'index',
  'size',
  'from',
  'to',
  'fromVersion',
  'asOf',
  'at',
  'cursor',
  'projection',
  'x',
  '__proto__',
];
const VALUES = fc.oneof(
  fc.constantFrom(
    'Infinity',
    '-Infinity',
    '1e400',
    '0x10',
    '%2016',
    '9007199254740993',
    '-1',
    '0',
    '1',
    '2024-02-30',
    '%zz',
    '%c0%ae',
    '',
  ),
  fc.integer().map(String),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);

describe('fuzzed read API parameters', () => {
  let reader: TestReader;
  beforeAll(async () => {
    reader = await testReader();
  });

  it('never answers 500, and every refusal has the documented shape and security headers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.array(fc.tuple(fc.constantFrom(...NAMES), VALUES), { maxLength: 3 }),
        fc.boolean(),
        async (route, params, auditor) => {
          const query = params.map(([k, v]) => `${k}=${v}`).join('&');
          const res = await get(reader.app, query ? `${route}?${query}` : route, auditor ? asAuditor : {});
          expect(res.statusCode, `${route}?${query}: ${res.body}`).toBeLessThan(500);
          expect(res.headers['x-content-type-options']).toBe('nosniff');
          if (res.statusCode >= 400) expect(typeof res.json().error.code).toBe('string');
        },
      ),
      { numRuns: Math.round(1500 * scale) },
    );
  });
});
