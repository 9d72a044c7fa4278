import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { resolveCity } from './city.ts';

describe('--city', () => {
  it('chooses the named city’s rules', () => {
    expect(resolveCity('hangzhou', {}).areas.votes.minWindowDays).toBe(5);
  });

  it('falls back to $GOVLEDGER_CITY, then to the defaults', () => {
    expect(resolveCity(undefined, { GOVLEDGER_CITY: 'beijing' }).name).toBe('beijing');
    expect(resolveCity(undefined, {}).name).toBe('default');
  });

  it('refuses an unknown city as a usage error naming the known ones', () => {
    let error: unknown;
    try {
      resolveCity('atlantis', {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).kind).toBe('usage');
    expect((error as CliError).message).toBe(
      '--city atlantis: no such city; known cities: beijing, default, hangzhou, huzhou, lianyungang, qingyuan, shanghai, shangqiu',
    );
  });
});
