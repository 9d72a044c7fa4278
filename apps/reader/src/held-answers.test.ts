import { sampleEvent } from '@govledger/core/testing';
import { describe, expect, it } from 'vitest';
import { createReader } from './create-reader.ts';
import { get, testReader } from './test-support/test-reader.ts';

const URL = '/v1/complaints?limit=2';

describe('answers held by URL, answered before validation', () => {
  it('still rate-limits: a held answer counts like any other', async () => {
    const { ledger } = await testReader();
    const app = createReader({ store: ledger.store, docs: false, rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(app, URL)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('still checks access: a bad token gets 401 on a held URL', async () => {
    const reader = await testReader();
    expect((await get(reader.app, URL)).statusCode).toBe(200);
    const refused = await get(reader.app, URL, { authorization: 'Bearer wrong-token-wrong-token' });
    expect(refused.statusCode).toBe(401);
  });

  it('answers only GET: a write method to a held URL is still refused', async () => {
    const reader = await testReader();
    expect((await get(reader.app, URL)).statusCode).toBe(200);
    const posted = await reader.app.inject({ method: 'POST', url: URL, payload: '{}' });
    expect([404, 405]).toContain(posted.statusCode);
    expect(posted.json().error).toBeDefined();
    const head = await reader.app.inject({ method: 'HEAD', url: URL });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers anew when the minute of an answer judged "now" has passed', async () => {
    let nowMs = Date.parse('2024-06-25T00:00:30Z');
    const reader = await testReader({ clock: () => new Date(nowMs) });
    const first = await get(reader.app, URL);
    nowMs += 20_000;
    const sameMinute = await get(reader.app, URL);
    expect(sameMinute.headers.etag).toBe(first.headers.etag);
    nowMs += 20_000;
    const nextMinute = await get(reader.app, URL);
    expect(nextMinute.statusCode).toBe(200);
    expect(nextMinute.headers.etag).not.toBe(first.headers.etag);
    expect(nextMinute.json().at).toBe('2024-06-25T00:01:00.000Z');
  });

  it('keeps an answer pinned to a past tree (asOf index) after the head moves', async () => {
    const reader = await testReader();
    const first = await get(reader.app, '/v1/funds?asOf=3');
    await reader.ledger.store.append('unrelated', [sampleEvent('unrelated')]);
    const held = await get(reader.app, '/v1/funds?asOf=3', { 'if-none-match': String(first.headers.etag) });
    expect(held.statusCode).toBe(304);
    expect(held.headers.etag).toBe(first.headers.etag);
  });
});
