import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import {
  AssignComplaint,
  CloseComplaint,
  EscalateComplaint,
  FileComplaint,
  ReopenComplaint,
  ResolveComplaint,
} from './commands.ts';
import { complaintEvents } from './events.ts';
import { isOpen, isOverdueAt } from './lifecycle.ts';
import { complaintBoard } from './project.ts';
import { complaintStatistics } from './statistics.ts';
import { recordRegistered } from '../registry/test-fixtures.ts';

const committee = { id: 'cc-east', role: 'community-committee' };
const owner = (n: number) => ({ id: `person-${n}`, role: 'owner' });

async function file(
  ledger: TestLedger,
  n: number,
  at: string,
  communityId = 'yuesheng',
  category: 'repair' | 'noise' = 'repair',
) {
  await ledger.accept(FileComplaint, {
    actor: owner(n),
    occurredAt: at,
    data: {
      complaintId: `c${n}`,
      communityId,
      companyId: 'pc-green',
      category,
      complainantId: `person-${n}`,
      complainantName: `业主${n}`,
      complainantPhone: '13900000000',
      description: 'Noise at night.',
    },
  });
}
const assign = async (ledger: TestLedger, n: number, at: string, dueAt: string) =>
  await ledger.accept(AssignComplaint, {
    actor: committee,
    occurredAt: at,
    data: { complaintId: `c${n}`, assigneeCompanyId: 'pc-green', dueAt },
  });
const resolve = async (ledger: TestLedger, n: number, at: string) =>
  await ledger.accept(ResolveComplaint, {
    actor: committee,
    occurredAt: at,
    data: { complaintId: `c${n}`, resolution: 'Done.' },
  });

describe('complaintStatistics', () => {
  it('counts a complaint overdue once any later event’s time passes its due time', async () => {
    const ledger = new TestLedger(complaintEvents);
    await recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    await file(ledger, 1, '2024-03-01T08:00:00Z');
    await assign(ledger, 1, '2024-03-01T09:00:00Z', '2024-03-02T09:00:00Z');
    expect(ledger.project(complaintStatistics).total.overdue).toBe(0);
    await file(ledger, 2, '2024-03-03T08:00:00Z');
    const stats = ledger.project(complaintStatistics);
    expect(stats.asOf).toBe('2024-03-03T08:00:00.000Z');
    expect(stats.total).toMatchObject({ filed: 2, open: 2, overdue: 1 });
    expect(stats.byMonth['2024-03']?.overdue).toBe(1);
  });

  it('does not count a complaint due exactly at the latest event time as overdue', async () => {
    const ledger = new TestLedger(complaintEvents);
    await recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    await file(ledger, 1, '2024-03-01T08:00:00Z');
    await assign(ledger, 1, '2024-03-01T09:00:00Z', '2024-03-02T09:00:00Z');
    await file(ledger, 2, '2024-03-02T09:00:00Z');
    expect(ledger.project(complaintStatistics).total.overdue).toBe(0);
  });

  it('stops counting a complaint overdue once it is resolved, and times the resolution from filing', async () => {
    const ledger = new TestLedger(complaintEvents);
    await recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    await file(ledger, 1, '2024-03-01T08:00:00Z');
    await assign(ledger, 1, '2024-03-01T09:00:00Z', '2024-03-02T09:00:00Z');
    await file(ledger, 2, '2024-03-03T08:00:00Z');
    await resolve(ledger, 1, '2024-03-03T08:00:00Z');
    expect(ledger.project(complaintStatistics).total).toMatchObject({
      open: 1,
      overdue: 0,
      resolved: 1,
      resolutionSecondsTotal: 2 * 24 * 3600,
      resolutionSecondsCount: 1,
    });
  });

  it('moves a reopened complaint back to open and forgets its earlier resolution time', async () => {
    const ledger = new TestLedger(complaintEvents);
    await recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    await file(ledger, 1, '2024-03-01T08:00:00Z');
    await assign(ledger, 1, '2024-03-01T09:00:00Z', '2024-03-05T09:00:00Z');
    await resolve(ledger, 1, '2024-03-02T08:00:00Z');
    await ledger.accept(ReopenComplaint, {
      actor: owner(1),
      occurredAt: '2024-03-06T08:00:00Z',
      data: { complaintId: 'c1', reason: 'Again.' },
    });
    expect(ledger.project(complaintStatistics).total).toMatchObject({
      open: 1,
      overdue: 1,
      resolved: 0,
      reopenings: 1,
      resolutionSecondsTotal: 0,
      resolutionSecondsCount: 0,
    });
  });

  it('buckets a complaint filed at 20:00 UTC on 31 March into April, China Standard Time', async () => {
    const ledger = new TestLedger(complaintEvents);
    await recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    await file(ledger, 1, '2024-03-31T20:00:00Z');
    const stats = ledger.project(complaintStatistics);
    expect(stats.byMonth['2024-04']?.filed).toBe(1);
    expect(stats.byMonth['2024-03']).toBeUndefined();
  });

  it('averages satisfaction per community and category', async () => {
    const ledger = new TestLedger(complaintEvents);
    await recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    await file(ledger, 1, '2024-03-01T08:00:00Z', 'yuesheng', 'noise');
    await file(ledger, 2, '2024-04-01T08:00:00Z', 'jinxiang', 'repair');
    for (const [n, score] of [
      [1, 2],
      [2, 5],
    ] as const) {
      await assign(ledger, n, '2024-04-02T08:00:00Z', '2024-04-09T08:00:00Z');
      await resolve(ledger, n, '2024-04-03T08:00:00Z');
      await ledger.accept(CloseComplaint, {
        actor: owner(n),
        occurredAt: '2024-04-04T08:00:00Z',
        data: { complaintId: `c${n}`, satisfaction: score },
      });
    }
    const stats = ledger.project(complaintStatistics);
    expect(stats.total).toMatchObject({
      closed: 2,
      satisfactionTotal: 7,
      satisfactionCount: 2,
      satisfactionByScore: [0, 1, 0, 0, 1],
    });
    expect(stats.byCommunity.jinxiang).toMatchObject({ filed: 1, satisfactionTotal: 5 });
    expect(stats.byCategory.noise).toMatchObject({ filed: 1, satisfactionTotal: 2 });
    expect(stats.byMonth['2024-03']).toMatchObject({ filed: 1 });
    expect(stats.byCompany['pc-green']).toMatchObject({ filed: 2, closed: 2 });
  });

  it('agrees with a recount from the board for any history', async () => {
    const step = fc.record({
      kind: fc.constantFrom('file', 'assign', 'resolve', 'reopen', 'close', 'escalate'),
      n: fc.integer({ min: 1, max: 3 }),
      hours: fc.integer({ min: 0, max: 72 }),
      dueHours: fc.integer({ min: 1, max: 96 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 60, size: 'medium' }), async (steps) => {
        const ledger = new TestLedger(complaintEvents);
        await recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
        let clock = Date.parse('2024-03-01T00:00:00Z');
        for (const s of steps) {
          clock += s.hours * 3600_000;
          const at = new Date(clock).toISOString();
          const complaintId = `c${s.n}`;
          if (s.kind === 'file') {
            await ledger.submit(FileComplaint, {
              actor: owner(s.n),
              occurredAt: at,
              data: {
                complaintId,
                communityId: 'yuesheng',
                companyId: 'pc-green',
                category: 'repair' as const,
                complainantId: `person-${s.n}`,
                complainantName: 'x',
                complainantPhone: 'x',
                description: 'x',
              },
            });
          } else if (s.kind === 'assign') {
            const dueAt = new Date(clock + s.dueHours * 3600_000).toISOString();
            await ledger.submit(AssignComplaint, {
              actor: committee,
              occurredAt: at,
              data: { complaintId, assigneeCompanyId: 'pc-green', dueAt },
            });
          } else if (s.kind === 'resolve') {
            await ledger.submit(ResolveComplaint, {
              actor: committee,
              occurredAt: at,
              data: { complaintId, resolution: 'Done.' },
            });
          } else if (s.kind === 'reopen') {
            await ledger.submit(ReopenComplaint, {
              actor: owner(s.n),
              occurredAt: at,
              data: { complaintId, reason: 'No.' },
            });
          } else if (s.kind === 'close') {
            await ledger.submit(CloseComplaint, {
              actor: owner(s.n),
              occurredAt: at,
              data: { complaintId, satisfaction: 3 },
            });
          } else {
            await ledger.submit(EscalateComplaint, {
              actor: committee,
              occurredAt: at,
              data: { complaintId, jointMeetingId: 'jm', reason: 'Hard.' },
            });
          }
        }
        const stats = ledger.project(complaintStatistics);
        const cards = Object.values(ledger.project(complaintBoard).complaints);
        const asOf = stats.asOf ?? '1970-01-01T00:00:00Z';
        expect(stats.total.filed).toBe(cards.length);
        expect(stats.total.open).toBe(cards.filter((c) => isOpen(c.status)).length);
        expect(stats.total.overdue).toBe(cards.filter((c) => isOverdueAt(c.status, c.dueAt, asOf)).length);
        expect(stats.total.closed).toBe(cards.filter((c) => c.status === 'closed').length);
      }),
    );
  });
});
