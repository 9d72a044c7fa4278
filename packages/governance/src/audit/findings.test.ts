import { describe, expect, it } from 'vitest';
import type { ComplaintBoardState, ComplaintCard } from '../complaints/project.ts';
import type { CommunityFundLedger, FundLedgerState } from '../fund/project.ts';
import type { CreditFiles } from '../ratings/credit-file.ts';
import type { VoteResult, VoteResultsState } from '../votes/project.ts';
import { findingsOf } from './findings.ts';

const period = { from: '2024-04-01T00:00:00Z', to: '2024-06-30T23:59:59Z' };

function card(id: string, status: ComplaintCard['status'], dueAt: string | null): ComplaintCard {
  return {
    complaintId: id,
    communityId: 'cm-1',
    companyId: 'co-a',
    category: 'repair' as ComplaintCard['category'],
    status,
    filedAt: '2024-04-01T00:00:00Z',
    assigneeCompanyId: 'co-a',
    assignedAt: '2024-04-01T00:00:00Z',
    dueAt,
    respondedAt: null,
    resolvedAt: null,
    reopenedCount: 0,
    escalatedAt: null,
    jointMeetingId: null,
    closedAt: null,
    satisfaction: null,
    updatedAt: '2024-04-01T00:00:00Z',
  };
}

const board: ComplaintBoardState = {
  complaints: {
    late: card('late', 'assigned', '2024-06-20T00:00:00Z'),
    later: card('later', 'reopened', '2024-05-01T00:00:00Z'),
    done: card('done', 'resolved', '2024-05-01T00:00:00Z'),
    due: card('due', 'assigned', '2024-07-05T00:00:00Z'),
  },
  order: ['late', 'later', 'done', 'due'],
};

function fund(): CommunityFundLedger {
  const base = {
    purpose: 'roof',
    amountFen: 100,
    status: 'disbursed' as const,
    approvedAt: null,
    disbursedAt: null,
    payeeId: null,
    emergencyConfirmedAt: null,
    publicityDueBy: null,
    publicisedAt: null,
    publicisedCostFen: null,
    authorisingDecisionRevoked: null,
  };
  return {
    communityId: 'cm-1',
    openedAt: '2023-01-01T00:00:00Z',
    unitCount: 1,
    totalAreaM2Hundredths: 1,
    balanceFen: 0,
    depositedFen: 0,
    disbursedFen: 0,
    refundedFen: 0,
    history: [],
    deposits: [],
    disbursements: {
      e1: {
        ...base,
        disbursementId: 'e1',
        authority: { kind: 'emergency', emergency: 'lift-failure' } as never,
        requestedAt: '2024-05-01T00:00:00Z',
      },
      e0: {
        ...base,
        disbursementId: 'e0',
        authority: { kind: 'emergency', emergency: 'lift-failure' } as never,
        requestedAt: '2023-05-01T00:00:00Z',
      },
      v1: {
        ...base,
        disbursementId: 'v1',
        authority: { kind: 'vote', voteId: 'v' },
        requestedAt: '2024-05-01T00:00:00Z',
      },
    },
    disbursementOrder: ['e0', 'e1', 'v1'],
  };
}

const files: CreditFiles = {
  'co-b': {
    companyId: 'co-b',
    name: 'B',
    creditPoints: -5,
    listings: [{ quarter: '2024Q1', listing: 'black', projectId: 'p', score: 50, grade: 'D' as never }],
    tenderSuspensions: [],
    awardBlocks: [],
    tenderSuspendedThrough: null,
    awardBlockedThrough: null,
    awards: [
      { projectId: 'p-new', awardedAt: '2024-05-10T00:00:00Z', quarter: '2024Q2' },
      { projectId: 'p-old', awardedAt: '2024-03-10T00:00:00Z', quarter: '2024Q1' },
    ],
  },
  'co-r': {
    companyId: 'co-r',
    name: 'R',
    creditPoints: 5,
    listings: [{ quarter: '2024Q1', listing: 'red', projectId: 'q', score: 95, grade: 'A' as never }],
    tenderSuspensions: [],
    awardBlocks: [],
    tenderSuspendedThrough: null,
    awardBlockedThrough: null,
    awards: [{ projectId: 'q-new', awardedAt: '2024-05-10T00:00:00Z', quarter: '2024Q2' }],
  },
};

function vote(id: string, approvingArea: number): VoteResult {
  return {
    voteId: id,
    communityId: 'cm-1',
    matter: 5 as never,
    matterName: '',
    title: `vote ${id}`,
    requestedAmountFen: null,
    status: 'certified',
    proposedAt: '2024-04-01T00:00:00Z',
    openedAt: null,
    closesAt: null,
    closedAt: '2024-05-01T00:00:00Z',
    certifiedAt: '2024-05-02T00:00:00Z',
    convenedBy: null,
    procedure: null,
    noticeGivenAt: null,
    votingOpensAt: null,
    objectionsEndAt: null,
    objections: 0,
    inspections: 0,
    disagreeingInspections: 0,
    revokedBy: null,
    revocationReference: null,
    revokedAt: null,
    resultNoticeDueBy: null,
    resultNoticeId: null,
    resultNoticePublishedAt: null,
    resultNotice: 'not-due',
    unitCount: 0,
    tally: null as never,
    participating: { areaM2Hundredths: 0, owners: 0 },
    changedBallots: 0,
    ballotSecrecy: 'sealed',
    committedBallots: 0,
    outcome: {
      passed: true,
      checks: [
        { name: 'participating-area', rule: '', actual: 900, needed: 667, of: 1000, met: true },
        { name: 'approving-area', rule: '', actual: approvingArea, needed: 451, of: 900, met: true },
      ],
    } as never,
  };
}

const votes: VoteResultsState = {
  votes: { close: vote('close', 470), clear: vote('clear', 800) },
  order: ['close', 'clear'],
  awaitingNotice: [],
  expiredByLastEvent: [],
};

describe('findingsOf', () => {
  const findings = findingsOf(
    {
      complaintBoard: board,
      fundLedger: { communities: { 'cm-1': fund() }, disbursementsByVote: {} } as FundLedgerState,
      companyCreditFiles: files,
      voteResults: votes,
    },
    period,
  );

  it('lists open complaints due before the end of the period, most overdue first', () => {
    expect(findings.overdueComplaints.map((c) => [c.complaintId, c.daysOverdue])).toEqual([
      ['later', 60],
      ['late', 10],
    ]);
  });

  it('lists disbursements under the emergency procedure in the period only', () => {
    expect(findings.emergencyDisbursements.map((d) => d.disbursementId)).toEqual(['e1']);
  });

  it('lists tenders awarded in the period to companies black-listed in the year before', () => {
    expect(findings.blackListedAwards).toEqual([
      {
        companyId: 'co-b',
        companyName: 'B',
        projectId: 'p-new',
        awardedAt: '2024-05-10T00:00:00Z',
        awardQuarter: '2024Q2',
        blackListedIn: ['2024Q1'],
        duringSuspension: false,
      },
    ]);
  });

  it('lists votes passed with a threshold met by 5 % or less, naming the closest threshold', () => {
    expect(findings.narrowVotes.map((v) => [v.voteId, v.closestCheck, Number(v.margin.toFixed(4))])).toEqual([
      ['close', 'approving-area', 0.0211],
    ]);
  });
});
