import { createHash } from 'node:crypto';
import { canonicalJson } from '@govledger/core';
import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { NoticePublished, noticesEvents } from '../notices/index.ts';
import { registryEvents } from '../registry/index.ts';
import { CastBallot, CertifyResult, CloseVoting } from './commands.ts';
import { DecisionRevoked, voteEvents } from './events.ts';
import { voteResults } from './project.ts';
import {
  ballot,
  convene,
  countOf,
  open,
  opened,
  procedureTimes,
  proposed,
  pseudonymousBallot,
  registered,
  sealedBallot,
} from './test-fixtures.ts';

const committee = { id: 'oc', role: 'owners-committee' };
const owner = (n: number) => ({ id: `person-${n}`, role: 'owner' });
const electorate = [1, 2, 3, 4].map((n) => ({
  unitId: `1-${n}01`,
  ownerId: `person-${n}`,
  ownerName: `业主${n}`,
  ownerKind: 'individual' as const,
  areaM2Hundredths: 10_000,
}));

async function voteWithBallots(): Promise<TestLedger> {
  const ledger = new TestLedger([...voteEvents, ...registryEvents, ...noticesEvents]);
  await convene(ledger, {
    voteId: 'v',
    communityId: 'jinxiang',
    matter: 6,
    title: 'Raise the maintenance fund',
    electorate,
  });
  for (const [n, choice] of [
    [1, 'approve'],
    [2, 'reject'],
    [2, 'approve'],
    [3, 'approve'],
    [4, 'abstain'],
  ] as const) {
    const blinding = createHash('sha256').update(`${n}/${choice}`).digest('hex');
    await ledger.accept(CastBallot, {
      actor: owner(n),
      occurredAt: '2024-05-05T00:00:00Z',
      data: { voteId: 'v', choice, blinding },
    });
  }
  return ledger;
}

describe('voteResults', () => {
  it('shows the running participation in heads but no choice and no weight while pseudonymous voting is open', async () => {
    const result = (await voteWithBallots()).project(voteResults).votes.v;
    expect(result).toMatchObject({
      status: 'open',
      matter: 6,
      unitCount: 4,
      participating: { areaM2Hundredths: null, owners: 4, areaWithheld: 'sealed-until-closing' },
      changedBallots: 1,
      ballotSecrecy: 'sealed',
      outcome: null,
    });
    for (const choice of ['approve', 'reject', 'abstain'] as const) {
      expect(result?.tally[choice]).toEqual({ areaM2Hundredths: 0, owners: 0 });
    }
    expect(result?.matterName).toContain('筹集');
  });

  it('shows a participating area of 0 and nothing withheld before the first ballot of an open vote', async () => {
    const ledger = new TestLedger(voteEvents);
    for (const e of open) await ledger.record(e.streamId, e.event, e.act);
    expect(ledger.project(voteResults).votes.v1?.participating).toEqual({ areaM2Hundredths: 0, owners: 0 });
  });

  it('withholds the participating area from the first pseudonymous ballot, changed ballots adding no head', async () => {
    const ledger = new TestLedger(voteEvents);
    for (const e of [...open, pseudonymousBallot(1, 'approve'), pseudonymousBallot(1, 'reject', 2)]) {
      await ledger.record(e.streamId, e.event, e.act);
    }
    expect(ledger.project(voteResults).votes.v1).toMatchObject({
      participating: { areaM2Hundredths: null, owners: 1, areaWithheld: 'sealed-until-closing' },
      changedBallots: 1,
    });
  });

  it('keeps showing the participating area of an open vote whose sealed ballots name their weight (schema 2)', async () => {
    const ledger = new TestLedger(voteEvents);
    for (const e of [...open, sealedBallot(1, 'approve'), sealedBallot(2, 'reject'), sealedBallot(2, 'approve', 2)]) {
      await ledger.record(e.streamId, e.event, e.act);
    }
    const result = ledger.project(voteResults).votes.v1;
    expect(result).toMatchObject({ status: 'open', ballotSecrecy: 'sealed' });
    // The same record, byte for byte, as before withheld areas existed: its state leaf is unchanged.
    expect(canonicalJson(result?.participating)).toBe('{"areaM2Hundredths":30000,"owners":2}');
  });

  it('keeps withholding the area when a plain ballot follows a pseudonymous one, counting its head', async () => {
    const ledger = new TestLedger(voteEvents);
    for (const e of [...open, pseudonymousBallot(1, 'approve'), ballot(2, 'reject')]) {
      await ledger.record(e.streamId, e.event, e.act);
    }
    expect(ledger.project(voteResults).votes.v1).toMatchObject({
      participating: { areaM2Hundredths: null, owners: 2, areaWithheld: 'sealed-until-closing' },
      ballotSecrecy: 'mixed',
    });
  });

  it('marks a vote of an older ledger whose ballots are plain', async () => {
    const ledger = new TestLedger(voteEvents);
    for (const e of [proposed, registered, opened, ballot(2, 'approve')])
      await ledger.record(e.streamId, e.event, e.act);
    expect(ledger.project(voteResults).votes.v1).toMatchObject({
      ballotSecrecy: 'plain',
      tally: { approve: { areaM2Hundredths: 10_000, owners: 1 } },
      participating: { areaM2Hundredths: 10_000, owners: 1 },
    });
  });

  it('shows the thresholds and why a three-quarters matter passed once certified', async () => {
    const ledger = await voteWithBallots();
    await ledger.accept(CloseVoting, {
      actor: committee,
      occurredAt: '2024-05-10T00:00:00Z',
      data: { voteId: 'v', count: countOf(ledger.events, 'v') },
    });
    await ledger.accept(CertifyResult, {
      actor: committee,
      occurredAt: procedureTimes.objectionsEndAt,
      data: { voteId: 'v' },
    });
    const result = ledger.project(voteResults).votes.v;
    expect(result).toMatchObject({
      status: 'certified',
      closedAt: '2024-05-10T00:00:00Z',
      certifiedAt: procedureTimes.objectionsEndAt,
      committedBallots: 4,
    });
    // The closing count publishes the area the pseudonymous ballots sealed; nothing is withheld any more.
    expect(result?.participating).toEqual({ areaM2Hundredths: 40_000, owners: 4 });
    expect(result?.tally.approve).toEqual({ areaM2Hundredths: 30_000, owners: 3 });
    expect(result?.outcome?.passed).toBe(true);
    expect(result?.outcome?.checks.map((c) => [c.name, c.rule, c.actual, c.needed, c.met])).toEqual([
      ['participating-area', '≥ 2/3', 40_000, 26_667, true],
      ['participating-owners', '≥ 2/3', 4, 3, true],
      ['approving-area', '≥ 3/4', 30_000, 30_000, true],
      ['approving-owners', '≥ 3/4', 3, 3, true],
    ]);
  });

  it('never says which owner voted how', async () => {
    const text = JSON.stringify((await voteWithBallots()).project(voteResults));
    for (const n of [1, 2, 3, 4]) {
      expect(text).not.toContain(`person-${n}`);
      expect(text).not.toContain(`业主${n}`);
    }
  });
});

/** A certified vote `v` (certified at the end of its objection period, 17 May). */
async function certifiedVote(): Promise<TestLedger> {
  const ledger = await voteWithBallots();
  await ledger.accept(CloseVoting, {
    actor: committee,
    occurredAt: procedureTimes.closesAt,
    data: { voteId: 'v', count: countOf(ledger.events, 'v') },
  });
  await ledger.accept(CertifyResult, {
    actor: committee,
    occurredAt: procedureTimes.objectionsEndAt,
    data: { voteId: 'v' },
  });
  return ledger;
}

/** Records a notice of `kind` on vote `v` at `at` (the ledger's time). */
async function publish(ledger: TestLedger, at: string, kind: 'vote-result' | 'general'): Promise<void> {
  await ledger.record(
    `notice-${kind}`,
    {
      type: NoticePublished.type,
      data: {
        noticeId: kind,
        communityId: 'jinxiang',
        kind,
        title: '公告',
        subjectId: 'v',
        documentSha256: null,
        disclosureFrom: at,
        disclosureUntil: '2024-07-01T00:00:00Z',
        minimumDays: 7,
      },
    },
    { actor: committee, occurredAt: at },
  );
}

const publishResult = async (ledger: TestLedger, at: string) => await publish(ledger, at, 'vote-result');
/** A later act of the ledger, which moves its time on. */
const publishOther = async (ledger: TestLedger, at: string) => await publish(ledger, at, 'general');

describe('voteResults: the procedure', () => {
  it('shows the objection period’s end and the result notice due within 7 days of certification', async () => {
    const result = (await certifiedVote()).project(voteResults).votes.v;
    expect(result).toMatchObject({
      convenedBy: 'owners-committee',
      noticeGivenAt: '2024-04-15T00:00:00.000Z',
      votingOpensAt: procedureTimes.opensAt,
      objectionsEndAt: '2024-05-17T00:00:00.000Z',
      resultNoticeDueBy: '2024-05-24T00:00:00.000Z',
      resultNotice: 'pending',
    });
  });

  it('shows a result notice published within the period as published', async () => {
    const certified = await certifiedVote();
    await publishResult(certified, '2024-05-18T00:00:00Z');
    expect(certified.project(voteResults).votes.v).toMatchObject({
      resultNotice: 'published',
      resultNoticeId: 'vote-result',
      resultNoticePublishedAt: '2024-05-18T00:00:00Z',
    });
  });

  it('shows a result notice as missing once the ledger’s time passes the period without one', async () => {
    const ledger = await certifiedVote();
    await publishOther(ledger, '2024-05-25T00:00:00Z');
    expect(ledger.project(voteResults).votes.v?.resultNotice).toBe('missing');
  });

  it('shows a result notice published after the period as late', async () => {
    const ledger = await certifiedVote();
    await publishResult(ledger, '2024-05-26T00:00:00Z');
    expect(ledger.project(voteResults).votes.v?.resultNotice).toBe('late');
  });

  it('shows a revoked decision with who revoked it and the document', async () => {
    const ledger = await certifiedVote();
    await ledger.record(
      'vote-v',
      {
        type: DecisionRevoked.type,
        data: { voteId: 'v', revokedBy: 'court', reference: '(2024)苏0582民初1号', grounds: '程序违法' },
      },
      { actor: { id: 'court-zjg', role: 'court' }, occurredAt: '2024-09-01T00:00:00Z' },
    );
    expect(ledger.project(voteResults).votes.v).toMatchObject({
      status: 'revoked',
      revokedBy: 'court',
      revocationReference: '(2024)苏0582民初1号',
      revokedAt: '2024-09-01T00:00:00Z',
    });
  });
});
