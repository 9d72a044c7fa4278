import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../roles.ts';
import type { DemoCommand } from './command.ts';
import { DEMO_PERIOD, type DemoBatch, demoHistory } from './history.ts';

function digest(batches: Iterable<DemoBatch>): string {
  const hash = createHash('sha256');
  for (const batch of batches) hash.update(JSON.stringify(batch)).update('\n');
  return hash.digest('hex');
}

describe('the demo history', () => {
  let batches: DemoBatch[];
  beforeAll(() => {
    batches = [...demoHistory({ seed: 7, scale: 1 })];
  });
  const commands = (): DemoCommand[] => batches.flatMap((b) => b.lines.map((l) => l.value as DemoCommand));

  it('gives the same commands for the same seed and scale', () => {
    expect(digest(demoHistory({ seed: 7, scale: 1 }))).toBe(digest(batches));
  });

  it('gives different commands for a different seed', () => {
    expect(digest(demoHistory({ seed: 8, scale: 1 }))).not.toBe(digest(batches));
  });

  it('holds at least 10,000 commands at scale 1', () => {
    expect(commands().length).toBeGreaterThanOrEqual(10_000);
  });

  it('comes in time order within 2022–2024, one simulated moment a batch, each act dated at its batch', () => {
    let previous = '';
    let previousDay = -1;
    for (const batch of batches) {
      expect(batch.at > previous).toBe(true);
      expect(batch.day).toBeGreaterThanOrEqual(previousDay);
      expect(batch.at >= DEMO_PERIOD.from && batch.at < DEMO_PERIOD.until).toBe(true);
      for (const { value } of batch.lines) expect((value as DemoCommand).occurredAt).toBe(batch.at);
      previous = batch.at;
      previousDay = batch.day;
    }
  });

  it('numbers the lines of each batch from 1', () => {
    for (const batch of batches) expect(batch.lines.map((l) => l.line)).toEqual(batch.lines.map((_, i) => i + 1));
  });

  it('names an actor in one of the domain roles for every act', () => {
    const roles = new Set(Object.keys(ROLES));
    for (const c of commands()) {
      expect(c.actor.id.length).toBeGreaterThan(0);
      expect(roles.has(c.actor.role), `${c.command} by ${c.actor.role}`).toBe(true);
    }
  });

  it('files complaints under pseudonymous ids with fictional names and mobile numbers', () => {
    const filed = commands().filter((c) => c.command === 'FileComplaint');
    expect(filed.length).toBeGreaterThan(1000);
    for (const { actor, data } of filed) {
      expect(data.complainantId).toMatch(/^person-\d{6}$/);
      expect(actor.id).toBe(data.complainantId);
      expect(data.complainantName).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(data.complainantPhone).toMatch(/^1[3-9]\d{9}$/);
    }
  });

  it('leaves out the stories of commands the ledger does not run', () => {
    const withoutPublicIncome = demoHistory({ seed: 7, scale: 1, knows: (name) => !name.includes('PublicIncome') });
    for (const batch of withoutPublicIncome) {
      for (const { value } of batch.lines) expect((value as DemoCommand).command).not.toMatch(/PublicIncome/);
    }
  });

  it('refuses a scale that is not a positive integer', () => {
    expect(() => demoHistory({ seed: 1, scale: 0 }).next()).toThrow(/positive integer/);
    expect(() => demoHistory({ seed: 1, scale: 1.5 }).next()).toThrow(/positive integer/);
  });
});
