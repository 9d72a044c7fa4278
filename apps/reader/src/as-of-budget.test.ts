import { describe, expect, it } from 'vitest';
import { AsOfBudget } from './as-of-budget.ts';
import { get, testReader } from './test-support/test-reader.ts';

describe('the budget of fresh asOf work', () => {
  it('grants a burst per client, then asks to retry, and refills with time', () => {
    let now = 0;
    const budget = new AsOfBudget({ burst: 2, perSecond: 0.5 }, () => now);
    expect(budget.take('a')).toBe(0);
    expect(budget.take('a')).toBe(0);
    expect(budget.take('a')).toBe(2);
    expect(budget.take('b')).toBe(0);
    now += 2000;
    expect(budget.take('a')).toBe(0);
  });

  it('charges a client once for a ledger point, however many answers it reads there within a minute', () => {
    let now = 0;
    const budget = new AsOfBudget({ burst: 1, perSecond: 0.01 }, () => now);
    expect(budget.take('a', 100)).toBe(0);
    expect(budget.take('a', 100)).toBe(0);
    expect(budget.take('a', 101)).toBeGreaterThan(0);
    expect(budget.take('b', 100)).toBe(0);
    now += 61_000;
    expect(budget.take('a', 100)).toBeGreaterThan(0);
  });

  it('answers a page of panels as of one past date within a budget of one replay', async () => {
    const { app } = await testReader({ asOfBudget: { burst: 1, perSecond: 0.01 } });
    for (const path of ['/v1/complaints', '/v1/votes', '/v1/coverage', '/v1/notices', '/v1/funds'])
      expect((await get(app, `${path}?asOf=3`)).statusCode, path).toBe(200);
  });

  it('answers 429 with Retry-After once a client spent its fresh replays, and still answers cached ones', async () => {
    const { app } = await testReader({ asOfBudget: { burst: 1, perSecond: 0.01 } });
    expect((await get(app, '/v1/complaints?asOf=3')).statusCode).toBe(200);
    const refused = await get(app, '/v1/complaints?asOf=4');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error.code).toBe('GL_RATE_LIMITED');
    expect((await get(app, '/v1/complaints?asOf=3&limit=5')).statusCode).toBe(200);
    expect((await get(app, '/v1/complaints')).statusCode).toBe(200);
  });
});
