import { InMemoryKeyStore, MemoryStore, parseAsOf, replayProjections } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { governanceCatalogue, governanceProjections, governanceRegistry } from '../catalogue.ts';
import { CommandExecutor } from '../submit.ts';
import { governancePseudonymiser, governanceSealer } from '../sealing.ts';
import { testAuthoritySealer } from '../votes/test-authority.ts';
import { describeSubmitError } from '../submit-error.ts';
import type { DemoCommand } from './command.ts';
import { publicityFailures } from '../fund/project.ts';
import { demoEventIds } from './event-ids.ts';
import { checkDemoFigures, DEMO_FIGURES } from './figures.ts';
import { DEMO_PERIOD, demoHistory } from './history.ts';

// biome-ignore lint/suspicious/noExplicitAny: the test reads many projection states loosely
type Loose = any;

describe('the demo history replayed through the rules', () => {
  const refused: string[] = [];
  const personal: string[] = [];
  let states: Record<string, Loose>;
  let stored = '';
  let ledger: MemoryStore;

  beforeAll(async () => {
    let at = DEMO_PERIOD.from;
    const ids = demoEventIds(7);
    const store = new MemoryStore({ clock: () => new Date(at), newEventId: () => ids(Date.parse(at)) });
    ledger = store;
    const keys = new InMemoryKeyStore({ keySeed: 'demo-7' });
    const executor = new CommandExecutor(store, {
      clock: () => new Date(at),
      registry: governanceRegistry,
      catalogue: governanceCatalogue,
      seal: governanceSealer(keys, testAuthoritySealer),
      pseudonymise: governancePseudonymiser(keys),
    });
    for (const batch of demoHistory({ seed: 7, scale: 1 })) {
      at = batch.at;
      const first = batch.lines[0]?.value as DemoCommand | undefined;
      if (first?.command === 'FileComplaint' && personal.length < 60) {
        personal.push(String(first.data.complainantName), String(first.data.complainantPhone));
      }
      const result = await executor.submit(batch.lines);
      if (isLeft(result)) refused.push(`${batch.at}: ${describeSubmitError(result.left)}`);
    }
    states = (await replayProjections(store, governanceProjections)).states;
    const texts: string[] = [];
    for await (const event of store.readAll()) texts.push(JSON.stringify(event.data));
    stored = texts.join('\n');
  }, 180_000);

  it('gives every projection the same state in one pass as in chunks resumed from snapshots', async () => {
    const { size } = await ledger.head();
    const onePass = await replayProjections(ledger, governanceProjections);
    const snapshots = new MemoryStore();
    for (const cut of [Math.floor(size / 5), Math.floor(size / 2), size - 7]) {
      const partial = await replayProjections(ledger, governanceProjections, { index: cut - 1 }, { snapshots });
      for (const p of governanceProjections) {
        await snapshots.saveSnapshot({
          name: p.name,
          version: p.version,
          size: partial.size,
          state: partial.states[p.name],
        });
      }
    }
    const chunked = await replayProjections(ledger, governanceProjections, undefined, { snapshots });
    expect(chunked.size).toBe(onePass.size);
    expect(chunked.states).toEqual(onePass.states);
  }, 60_000);

  it('records every batch: no rule refuses an act of the demo', () => {
    expect(refused).toEqual([]);
  });

  it('transfers and strikes out units, and every later electorate and charge follows the register', async () => {
    const sold = new Map<string, string>();
    const struckOut = new Set<string>();
    const communityOfVote = new Map<string, string>();
    const soldVotedBy: string[] = [];
    const problems: string[] = [];
    for await (const event of ledger.readAll()) {
      const data: Loose = event.data;
      if (event.type === 'UnitOwnershipTransferred') sold.set(`${data.communityId}/${data.unitId}`, data.toOwnerId);
      if (event.type === 'UnitEnded') struckOut.add(`${data.communityId}/${data.unitId}`);
      if (event.type === 'VoteProposed') communityOfVote.set(data.voteId, data.communityId);
      const communityId: string | undefined = data.communityId ?? communityOfVote.get(data.voteId);
      for (const field of ['units', 'deposits', 'charges']) {
        if (event.type === 'RegisterUnits' || event.type === 'UnitsRegistered' || !Array.isArray(data[field])) continue;
        for (const unit of data[field] as Loose[]) {
          const key = `${communityId}/${unit.unitId}`;
          if (struckOut.has(key)) problems.push(`${event.type} #${event.index} names struck-out ${key}`);
          if (event.type !== 'ElectorateRegistered' || !sold.has(key)) continue;
          if (unit.ownerId === sold.get(key)) soldVotedBy.push(key);
          else problems.push(`${event.type} #${event.index} gives sold ${key} to ${unit.ownerId}`);
        }
      }
    }
    expect(sold.size).toBeGreaterThanOrEqual(4);
    expect(struckOut.size).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
    expect(soldVotedBy.length).toBeGreaterThan(0);
    for (const key of struckOut) {
      const [communityId = '', unitId = ''] = key.split('/');
      expect(states.unitRegister.communities[communityId].units[unitId]).toMatchObject({ active: false });
    }
  });

  it('reproduces the figures of the source document exactly', () => {
    const checks = checkDemoFigures(states);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.figure)).toEqual(Object.keys(DEMO_FIGURES));
  });

  it('names the provincial demonstration sites of the source in the registry: 悦盛花苑, 金香花园 and 君临新城', () => {
    const provincial: string[] = states.pilots.demonstrationSites.provincial.projectIds;
    const names = provincial.map((id) => states.registry.project[id]?.name).sort();
    expect(names).toEqual(['君临新城', '悦盛花苑', '金香花园'].sort());
  });

  it('already shows every figure of the source as of its date, 10 June 2024 (China Standard Time)', async () => {
    const asOf = parseAsOf('2024-06-10', 480);
    if (asOf === null) throw new Error('2024-06-10 is a date');
    const then = await replayProjections(ledger, governanceProjections, asOf);
    const checks = checkDemoFigures(then.states);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    const figure = (name: string) => checks.find((c) => c.figure === name)?.actual;
    expect([figure('partyMembersCovered'), figure('oldCommunities'), figure('coverageBasisPoints')]).toEqual([
      304, 363, 10_000,
    ]);
  }, 60_000);

  it('has complaints resolved and closed, reopened, overdue and escalated to joint meetings', () => {
    const total = states.complaintStatistics.total;
    expect(total.filed).toBeGreaterThan(1000);
    expect(total.closed).toBeGreaterThan(total.filed / 2);
    expect(total.reopenings).toBeGreaterThan(10);
    expect(total.overdue).toBeGreaterThan(0);
    expect(total.escalated).toBeGreaterThan(0);
    expect(Object.keys(states.jointMeetings.meetings).length).toBeGreaterThan(36);
  });

  it('has votes that pass, narrowly pass, and fail on participation or approval', () => {
    const votes: Loose[] = Object.values(states.voteResults.votes);
    const passed = votes.filter((v) => v.outcome?.passed);
    expect(passed.length).toBeGreaterThan(votes.length / 2);
    expect(votes.some((v) => v.outcome && !v.outcome.participationMet)).toBe(true);
    expect(votes.some((v) => v.outcome?.participationMet && !v.outcome.approvalMet)).toBe(true);
    expect(passed.some((v) => v.outcome.checks.some((c: Loose) => c.actual - c.needed <= 1))).toBe(true);
    expect(votes.some((v) => v.matter === 5 && v.outcome?.passed)).toBe(true);
  });

  it('holds every vote to the procedure: convened, noticed, objections answered, certified after the period, published in time', () => {
    const votes: Loose[] = Object.values(states.voteResults.votes);
    expect(votes.every((v) => v.procedure !== null && v.noticeGivenAt !== null)).toBe(true);
    expect(votes.some((v) => v.convenedBy === 'preparatory-group')).toBe(true);
    expect(votes.some((v) => v.objections > 0 && v.inspections === v.objections)).toBe(true);
    const certified = votes.filter((v) => v.status === 'certified');
    expect(certified.length).toBeGreaterThan(10);
    for (const v of certified) {
      expect(Date.parse(v.certifiedAt)).toBeGreaterThanOrEqual(Date.parse(v.objectionsEndAt));
      expect(v.resultNotice, v.voteId).toBe('published');
    }
  });

  it('pays fund uses authorised by certified votes and by confirmed emergencies', () => {
    const uses: Loose[] = Object.values(states.fundLedger.communities).flatMap((c: Loose) =>
      Object.values(c.disbursements),
    );
    expect(uses.some((u) => u.authority.kind === 'vote' && u.status === 'disbursed')).toBe(true);
    expect(
      uses.some((u) => u.authority.kind === 'emergency' && u.status === 'disbursed' && u.emergencyConfirmedAt),
    ).toBe(true);
  });

  it('registers every community’s units, and votes only the units a vote’s use or top-up charges', () => {
    const registers: Loose[] = Object.values(states.unitRegister.communities);
    expect(registers.length).toBe(60);
    expect(registers.every((r) => r.activeUnits > 0)).toBe(true);
    const funds: Loose[] = Object.values(states.fundLedger.communities);
    for (const fund of funds) {
      expect(fund.unitCount).toBe(states.unitRegister.communities[fund.communityId].activeUnits);
    }
    const votes: Loose = states.voteResults.votes;
    const uses: Loose[] = funds.flatMap((c) => Object.values(c.disbursements));
    const voted = uses.filter((u) => u.authority.kind === 'vote');
    expect(voted.length).toBeGreaterThan(0);
    for (const use of voted) expect(votes[use.authority.voteId]?.matter).toBe(5);
    const topUps = funds.flatMap((c) => c.deposits.filter((d: Loose) => d.kind === 'top-up'));
    expect(topUps.length).toBeGreaterThan(0);
    for (const d of topUps) expect(votes[d.voteId]?.matter).toBe(6);
  });

  it('publishes the repair and cost of every paid emergency use, on time', () => {
    const uses: Loose[] = Object.values(states.fundLedger.communities).flatMap((c: Loose) =>
      Object.values(c.disbursements),
    );
    const paid = uses.filter((u) => u.authority.kind === 'emergency' && u.status === 'disbursed');
    expect(paid.length).toBeGreaterThan(0);
    expect(paid.every((u) => u.authority.evidence && u.publicityDueBy && u.publicisedAt)).toBe(true);
    expect(publicityFailures(states.fundLedger, DEMO_PERIOD.until)).toEqual([]);
  });

  it('publishes twelve red-black lists whose consequences reach the credit files and tender awards', () => {
    expect(Object.keys(states.redBlackList).length).toBeGreaterThanOrEqual(12);
    const files: Loose[] = Object.values(states.companyCreditFiles);
    expect(files.some((f) => f.tenderSuspensions.length > 0)).toBe(true);
    expect(files.flatMap((f) => f.awards).length).toBeGreaterThanOrEqual(4);
  });

  it('elects and files owners committees with party members, and discloses public income', () => {
    expect(states.committees.totals.committees).toBeGreaterThanOrEqual(8);
    expect(states.committees.totals.partyMembers).toBeGreaterThan(0);
    expect(Object.keys(states.publicIncome.communities).length).toBeGreaterThan(0);
  });

  it('stores personal values only sealed', () => {
    expect(personal.length).toBeGreaterThan(20);
    for (const value of personal) expect(stored.includes(value), value).toBe(false);
    expect(stored).toContain('"$personal"');
  });
});
