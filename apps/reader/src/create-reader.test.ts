import SwaggerParser from '@apidevtools/swagger-parser';
import { MemoryStore } from '@govledger/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReader } from './create-reader.ts';
import { buildGovernanceLedger, type GovernanceLedger } from './test-support/governance-ledger.ts';
import { SCENARIO } from './test-support/scenario.ts';
import { get, type TestReader, testReader } from './test-support/test-reader.ts';

describe('createReader', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  afterAll(async () => {
    await reader.app.close();
  });

  it('answers every write method with 405 and Allow: GET, HEAD, and writes nothing', async () => {
    const before = await reader.ledger.store.head();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const) {
      for (const url of ['/v1/ledger', '/v1/complaints', '/nowhere']) {
        const response = await reader.app.inject({ method, url, payload: method === 'OPTIONS' ? undefined : { a: 1 } });
        expect(response.statusCode, `${method} ${url}`).toBe(405);
        expect(response.headers.allow).toBe('GET, HEAD');
        expect(response.json()).toEqual({
          error: {
            code: 'GL_METHOD_NOT_ALLOWED',
            message: `${method} is not allowed: the read API answers GET and HEAD only`,
          },
        });
      }
    }
    expect(await reader.ledger.store.head()).toEqual(before);
  });

  it('answers an unknown path with 404 in the error format', async () => {
    const response = await get(reader.app, '/v1/nothing-here?x=1');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'GL_NOT_FOUND', message: 'no route "/v1/nothing-here"' } });
  });

  it('answers HEAD like GET without a body', async () => {
    const response = await reader.app.inject({ method: 'HEAD', url: '/v1/complaints' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
    expect(response.headers.etag).toBeDefined();
  });

  it('names the parameter and the reason of a bad query parameter', async () => {
    const last = (await reader.ledger.store.head()).size - 1;
    const cases: [string, string, string][] = [
      ['/v1/complaints?limit=0', 'limit', 'must be >= 1'],
      [
        '/v1/complaints?limit=abc',
        'limit',
        'must be a decimal integer of at most 9007199254740991 (digits only: no plus sign, exponent, leading zero, spaces or hexadecimal)',
      ],
      ['/v1/complaints?status=lost', 'status', 'must be equal to one of the allowed values'],
      ['/v1/complaints?colour=red', 'colour', "unknown parameter (see /openapi.json for this route's parameters)"],
      [
        '/v1/complaints?asOf=yesterday',
        'asOf',
        'must be a ledger index (0, 1, …), a date such as 2024-06-30 (the end of that day in China Standard Time) or an ISO-8601 UTC time such as 2024-06-30T08:00:00Z',
      ],
      ['/v1/complaints?asOf=2024-02-30', 'asOf', '2024-02-30 is not a date of the calendar'],
      ['/v1/complaints?asOf=9999', 'asOf', `index 9999 is beyond the ledger (the last entry is ${last})`],
      ['/v1/complaints?at=2024-06-01', 'at', 'must be an ISO-8601 UTC time such as 2024-06-30T08:00:00Z'],
      [
        '/v1/complaints?cursor=bm9wZQ',
        'cursor',
        'is not a cursor this API issued (use nextCursor of the previous page)',
      ],
      ['/v1/ledger/proofs/inclusion', 'index', 'this parameter is required'],
      ['/v1/complaints?limit=1&limit=2', 'limit', 'must be an integer (given once)'],
    ];
    const etag = String((await get(reader.app, '/v1/complaints')).headers.etag);
    for (const [url, parameter, reason] of cases) {
      const response = await get(reader.app, url, { 'if-none-match': etag });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toEqual({
        error: { code: 'GL_BAD_PARAMETER', message: `${parameter}: ${reason}`, parameter },
      });
    }
  });

  it('sets security headers and no CORS header by default', async () => {
    const response = await get(reader.app, '/v1/ledger', { origin: 'https://dashboard.example' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    const failed = await get(reader.app, '/v1/nothing');
    expect(failed.headers['x-content-type-options']).toBe('nosniff');
    const docs = await get(reader.app, '/docs/');
    expect(docs.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('allows a configured dashboard origin, and only that one', async () => {
    const app = createReader({
      store: reader.ledger.store,
      rateLimit: false,
      docs: false,
      corsOrigins: ['https://dashboard.example'],
    });
    const allowed = await get(app, '/v1/ledger', { origin: 'https://dashboard.example' });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://dashboard.example');
    const other = await get(app, '/v1/ledger', { origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never reads a request body, and refuses an overlong URL', async () => {
    const body = await reader.app.inject({
      method: 'GET',
      url: '/v1/ledger',
      headers: { 'content-type': 'application/json' },
      payload: 'x'.repeat(5000),
    });
    expect(body.statusCode).toBe(200);
    expect(body.json().size).toBe((await reader.ledger.store.head()).size);
    const long = await get(reader.app, `/v1/complaints?community=${'a'.repeat(3000)}`);
    expect(long.statusCode).toBe(414);
    expect(long.json().error.code).toBe('GL_URL_TOO_LONG');
  });

  it('rate-limits a client that asks too often', async () => {
    const app = createReader({ store: reader.ledger.store, docs: false, rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(app, '/v1/ledger')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await get(app, '/v1/ledger');
    expect(limited.json().error.code).toBe('GL_RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('hides the cause of an unexpected error', async () => {
    const broken = new MemoryStore();
    broken.head = async () => {
      throw new Error('disk on fire at /var/secret/path');
    };
    const app = createReader({ store: broken, rateLimit: false, docs: false });
    const response = await get(app, '/v1/complaints');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'GL_INTERNAL_ERROR', message: 'internal error; the operator can find it in the log' },
    });
    expect(response.body).not.toContain('secret');
  });

  it('refuses a bad verifier key or a short auditor token at start', () => {
    expect(() => createReader({ store: new MemoryStore(), verifierKey: 'not-a-key' })).toThrow(/verifierKey/);
    expect(() => createReader({ store: new MemoryStore(), auditorToken: 'short' })).toThrow(/at least 16/);
  });

  it('publishes an OpenAPI 3.1 document that validates', async () => {
    const document = (await get(reader.app, '/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/v1/ledger', '/v1/complaints', '/v1/votes/{voteId}']),
    );
    const docs = await get(reader.app, '/docs');
    expect([200, 302]).toContain(docs.statusCode);
  });
});

describe('a live reader', () => {
  let ledger: GovernanceLedger;
  let reader: TestReader;

  beforeAll(async () => {
    ledger = await buildGovernanceLedger(SCENARIO.slice(0, 11));
    reader = await testReader({}, ledger);
  });

  it('shows events another writer appended, without a restart, and changes its ETag', async () => {
    const first = await get(reader.app, '/v1/complaints');
    expect(first.json().total).toBe(1);
    const { CommandExecutor, governanceCatalogue, governanceRegistry } = await import('@govledger/governance');
    const writer = new CommandExecutor(ledger.store, {
      registry: governanceRegistry,
      catalogue: governanceCatalogue,
      clock: () => new Date('2024-01-10T04:00:00Z'),
    });
    const filed = await writer.submit([
      {
        line: 1,
        value: {
          command: 'AssignComplaint',
          actor: { id: 'co-a', role: 'property-company' },
          occurredAt: '2024-01-10T04:00:00Z',
          data: { complaintId: 'c-1', assigneeCompanyId: 'co-b', dueAt: '2024-01-20T00:00:00Z' },
        },
      },
    ]);
    expect(filed._tag).toBe('Right');
    const second = await get(reader.app, '/v1/complaints/c-1');
    expect(second.json().complaint.assigneeCompanyId).toBe('co-b');
    const third = await get(reader.app, '/v1/complaints', { 'if-none-match': String(first.headers.etag) });
    expect(third.statusCode).toBe(200);
    expect(third.headers.etag).not.toBe(first.headers.etag);
  });

  it('answers 304 while the head has not moved, and names the head in the ETag', async () => {
    const first = await get(reader.app, '/v1/funds');
    const head = await ledger.store.head();
    expect(first.headers.etag).toMatch(new RegExp(`^"${head.size}-[0-9a-f]{32}"$`));
    const again = await get(reader.app, '/v1/funds', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('serves the same bytes from its cache as it computed', async () => {
    const computed = await get(reader.app, '/v1/complaint-statistics');
    const cached = await get(reader.app, '/v1/complaint-statistics');
    expect(cached.body).toBe(computed.body);
    expect(cached.headers.etag).toBe(computed.headers.etag);
  });
});

describe('the reader over HTTP', () => {
  it('answers a real request over loopback', async () => {
    const { app, ledger } = await testReader();
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = app.server.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP address');
      const response = await fetch(`http://127.0.0.1:${address.port}/v1/ledger`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const body = (await response.json()) as { size: number; origin: string };
      expect(body.size).toBe((await ledger.store.head()).size);
      expect(body.origin).toBe('ledger.example.gov.cn/zjg-test');
    } finally {
      await app.close();
    }
  });
});
