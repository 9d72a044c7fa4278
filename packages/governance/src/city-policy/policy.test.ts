import { describe, expect, it } from 'vitest';
import { governanceCommands } from '../catalogue.ts';
import { DEFAULT_VOTE_PROCEDURE } from '../votes/policy.ts';
import { AREA_POLICIES } from './areas.ts';
import { cityCommands, cityRegistry } from './commands.ts';
import { DEFAULT_CITY_POLICY, makeCityPolicy } from './policy.ts';
import { cityNames, cityPolicyNamed } from './presets.ts';

describe('city policies', () => {
  it('compose the time policy and every configurable area’s documented defaults', () => {
    expect(DEFAULT_CITY_POLICY.time.maxBackdateMs).toBe(72 * 3_600_000);
    expect(Object.keys(DEFAULT_CITY_POLICY.areas).sort()).toEqual(Object.keys(AREA_POLICIES).sort());
    expect(DEFAULT_CITY_POLICY.areas.votes).toEqual(DEFAULT_VOTE_PROCEDURE);
  });

  it('apply a preset’s overrides and keep the defaults elsewhere (Hangzhou: windows of 5 to 60 days)', () => {
    const hangzhou = cityPolicyNamed('hangzhou');
    expect(hangzhou?.areas.votes).toEqual({ ...DEFAULT_VOTE_PROCEDURE, minWindowDays: 5, maxWindowDays: 60 });
    expect(hangzhou?.areas.notices).toEqual(DEFAULT_CITY_POLICY.areas.notices);
    const beijing = cityPolicyNamed('beijing');
    expect(beijing?.areas.votes.resultNoticeDays).toBe(3);
  });

  it('carry the fund and ratings presets of their cities (Shanghai pumps, Huzhou cap, Lianyungang and Shangqiu bars)', () => {
    expect(cityPolicyNamed('shanghai')?.areas.fund.emergencyCategories).toContain('water-pump-or-tank');
    expect(cityPolicyNamed('hangzhou')?.areas.fund.emergencyCategories).toContain('drain-failure');
    expect(cityPolicyNamed('huzhou')?.areas.fund.emergencyCapPercentOfInitialDeposits).toBe(10);
    expect(DEFAULT_CITY_POLICY.areas.fund.emergencyCapPercentOfInitialDeposits).toBeNull();
    expect(cityPolicyNamed('lianyungang')?.areas.ratings.credit.tenderSuspension.suspendedQuarters).toBe(4);
    expect(cityPolicyNamed('shangqiu')?.areas.ratings.credit.awardBlockQuarters).toBe(4);
  });

  it('name no preset that does not exist, and list the ones that do', () => {
    expect(cityPolicyNamed('atlantis')).toBeNull();
    expect(cityPolicyNamed('toString')).toBeNull();
    expect(cityNames()).toEqual([
      'beijing',
      'default',
      'hangzhou',
      'huzhou',
      'lianyungang',
      'qingyuan',
      'shanghai',
      'shangqiu',
    ]);
  });

  it('refuse an invalid override when the domain is wired', () => {
    expect(() => makeCityPolicy('bad', { areas: { votes: { minWindowDays: 70, maxWindowDays: 60 } } })).toThrow(
      /minWindowDays 70 is above maxWindowDays 60/,
    );
    expect(() => makeCityPolicy('bad', { time: { maxBackdateMs: -1 } })).toThrow(/invalid time policy/);
  });

  it('replace each area’s commands by the ones deciding under the city’s policy, keeping every other command', () => {
    const commands = cityCommands(cityPolicyNamed('hangzhou')!);
    expect(commands.map((c) => c.name)).toEqual(governanceCommands.map((c) => c.name));
    const propose = cityRegistry(cityPolicyNamed('hangzhou')!).get('ProposeVote');
    expect(propose).not.toBe(governanceCommands.find((c) => c.name === 'ProposeVote'));
    expect(cityRegistry(DEFAULT_CITY_POLICY).get('FileComplaint')).toBe(
      governanceCommands.find((c) => c.name === 'FileComplaint'),
    );
  });
});
