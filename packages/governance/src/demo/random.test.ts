import { describe, expect, it } from 'vitest';
import { hash32, Random } from './random.ts';

const draws = (rng: Random, n: number): number[] => Array.from({ length: n }, () => rng.uint32());

describe('the seeded random numbers', () => {
  it('give the same sequence for the same key', () => {
    expect(draws(new Random('demo:7'), 50)).toEqual(draws(new Random('demo:7'), 50));
  });

  it('give a different sequence for a different key', () => {
    expect(draws(new Random('demo:7'), 10)).not.toEqual(draws(new Random('demo:8'), 10));
  });

  it('fork streams that depend on the label, not on the draws made before', () => {
    const a = new Random('demo:7');
    const b = new Random('demo:7');
    draws(b, 100);
    expect(draws(a.fork('votes'), 10)).toEqual(draws(b.fork('votes'), 10));
    expect(draws(a.fork('votes'), 10)).not.toEqual(draws(a.fork('complaints'), 10));
  });

  it('keep integers within their bounds and reach both ends', () => {
    const rng = new Random('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.between(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('draw Poisson counts around their mean', () => {
    const rng = new Random('poisson');
    const n = 4000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += rng.poisson(2.5);
    expect(sum / n).toBeGreaterThan(2.3);
    expect(sum / n).toBeLessThan(2.7);
  });

  it('hash a key to a stable 32-bit number', () => {
    expect(hash32('govledger')).toBe(hash32('govledger'));
    expect(hash32('a')).not.toBe(hash32('b'));
    expect(Number.isInteger(hash32('x')) && hash32('x') >= 0 && hash32('x') < 2 ** 32).toBe(true);
  });
});

describe('fictional identity card numbers', () => {
  it('have the 18-character shape with a valid GB 11643 check character', async () => {
    const { personProfile } = await import('./people.ts');
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    for (let n = 0; n < 50; n++) {
      const id = personProfile(7, n).idNumber;
      expect(id).toMatch(/^320582\d{11}[\dX]$/);
      const sum = weights.reduce((total, w, i) => total + w * Number(id[i]), 0);
      expect(id[17]).toBe('10X98765432'[sum % 11]);
    }
  });
});
