/**
 * The findings a reviewer looks for first in a period: complaints overdue at its end, fund
 * disbursements made under the emergency procedure (no owners' vote), black-listed companies
 * that were still awarded work, and votes that passed narrowly. Pure functions of projection
 * states at the end of the period; no personal data is read or returned.
 */
import { isOverdueAt } from '../complaints/lifecycle.ts';
import type { ComplaintBoardState } from '../complaints/project.ts';
import type { FundLedgerState } from '../fund/project.ts';
import type { CreditFiles } from '../ratings/credit-file.ts';
import { addQuarters } from '../ratings/quarter.ts';
import type { VoteResultsState } from '../votes/project.ts';

/** A period: the times of its first and last entry (ISO-8601 UTC), both included. */
export interface FindingPeriod {
  readonly from: string;
  readonly to: string;
}

/** An open complaint whose due time passed before the end of the period. */
export interface OverdueComplaint {
  readonly complaintId: string;
  readonly communityId: string;
  readonly companyId: string;
  readonly assigneeCompanyId: string | null;
  readonly status: string;
  readonly dueAt: string;
  /** Whole days between the due time and the end of the period. */
  readonly daysOverdue: number;
}

/** A disbursement authorised by an emergency instead of a vote, requested or paid in the period. */
export interface EmergencyDisbursement {
  readonly communityId: string;
  readonly disbursementId: string;
  readonly purpose: string;
  readonly amountFen: number;
  readonly emergency: string;
  readonly status: string;
  readonly requestedAt: string;
  readonly emergencyConfirmedAt: string | null;
  readonly disbursedAt: string | null;
}

/** A tender awarded in the period to a company on a black list in the year before the award. */
export interface BlackListedAward {
  readonly companyId: string;
  readonly companyName: string | null;
  readonly projectId: string;
  readonly awardedAt: string;
  readonly awardQuarter: string;
  /** The quarters whose black list named the company, in the four before the award's. */
  readonly blackListedIn: readonly string[];
  /** True when the award fell inside a tender suspension (a rule breach, refused by the rules today). */
  readonly duringSuspension: boolean;
}

/** A vote that passed with at least one threshold met by a small margin. */
export interface NarrowVote {
  readonly voteId: string;
  readonly communityId: string;
  readonly matter: number;
  readonly title: string;
  readonly decidedAt: string;
  /** The threshold met most narrowly and its margin: (actual − needed) ÷ of. */
  readonly closestCheck: string;
  readonly actual: number;
  readonly needed: number;
  readonly of: number;
  readonly margin: number;
}

/** Every finding of one period. */
export interface Findings {
  readonly overdueComplaints: readonly OverdueComplaint[];
  readonly emergencyDisbursements: readonly EmergencyDisbursement[];
  readonly blackListedAwards: readonly BlackListedAward[];
  readonly narrowVotes: readonly NarrowVote[];
}

/** The projection states findings read (by projection name). */
export interface FindingStates {
  readonly complaintBoard: ComplaintBoardState;
  readonly fundLedger: FundLedgerState;
  readonly companyCreditFiles: CreditFiles;
  readonly voteResults: VoteResultsState;
}

/** A margin at or below this share of the base counts as narrow (default 5 %). */
export const NARROW_MARGIN = 0.05;

const within = (time: string | null, period: FindingPeriod): boolean =>
  time !== null && time >= period.from && time <= period.to;

/** Open complaints overdue at the end of the period, most overdue first. */
export function overdueComplaints(board: ComplaintBoardState, period: FindingPeriod): OverdueComplaint[] {
  const end = Date.parse(period.to);
  const found: OverdueComplaint[] = [];
  for (const id of board.order) {
    const card = board.complaints[id];
    if (!card || card.dueAt === null || !isOverdueAt(card.status, card.dueAt, period.to)) continue;
    found.push({
      complaintId: card.complaintId,
      communityId: card.communityId,
      companyId: card.companyId,
      assigneeCompanyId: card.assigneeCompanyId,
      status: card.status,
      dueAt: card.dueAt,
      daysOverdue: Math.floor((end - Date.parse(card.dueAt)) / 86_400_000),
    });
  }
  return found.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}

/** Disbursements under the emergency procedure requested, confirmed or paid in the period. */
export function emergencyDisbursements(funds: FundLedgerState, period: FindingPeriod): EmergencyDisbursement[] {
  const found: EmergencyDisbursement[] = [];
  for (const fund of Object.values(funds.communities)) {
    for (const id of fund.disbursementOrder) {
      const d = fund.disbursements[id];
      if (d?.authority.kind !== 'emergency') continue;
      if (![d.requestedAt, d.emergencyConfirmedAt, d.disbursedAt].some((t) => within(t, period))) continue;
      found.push({
        communityId: fund.communityId,
        disbursementId: d.disbursementId,
        purpose: d.purpose,
        amountFen: d.amountFen,
        emergency: d.authority.emergency,
        status: d.status,
        requestedAt: d.requestedAt,
        emergencyConfirmedAt: d.emergencyConfirmedAt,
        disbursedAt: d.disbursedAt,
      });
    }
  }
  return found.sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : 1));
}

/** Tenders awarded in the period to companies black-listed in the four quarters before. */
export function blackListedAwards(files: CreditFiles, period: FindingPeriod): BlackListedAward[] {
  const found: BlackListedAward[] = [];
  for (const file of Object.values(files)) {
    for (const award of file.awards) {
      if (!within(award.awardedAt, period)) continue;
      const earliest = addQuarters(award.quarter, -4);
      const blackListedIn = [
        ...new Set(
          file.listings
            .filter((l) => l.listing === 'black' && l.quarter >= earliest && l.quarter < award.quarter)
            .map((l) => l.quarter),
        ),
      ];
      if (blackListedIn.length === 0) continue;
      found.push({
        companyId: file.companyId,
        companyName: file.name,
        projectId: award.projectId,
        awardedAt: award.awardedAt,
        awardQuarter: award.quarter,
        blackListedIn,
        duringSuspension: file.tenderSuspensions.some((p) => p.from <= award.quarter && award.quarter <= p.through),
      });
    }
  }
  return found.sort((a, b) => (a.awardedAt < b.awardedAt ? -1 : 1));
}

/** Votes decided (closed or certified) in the period that passed with some margin ≤ `narrow`. */
export function narrowVotes(results: VoteResultsState, period: FindingPeriod, narrow = NARROW_MARGIN): NarrowVote[] {
  const found: NarrowVote[] = [];
  for (const id of results.order) {
    const vote = results.votes[id];
    const decidedAt = vote?.certifiedAt ?? vote?.closedAt ?? null;
    if (!vote?.outcome?.passed || !within(decidedAt, period)) continue;
    let closest: NarrowVote | null = null;
    for (const check of vote.outcome.checks) {
      if (!check.met || check.of === 0) continue;
      const margin = (check.actual - check.needed) / check.of;
      if (closest === null || margin < closest.margin) {
        closest = {
          voteId: vote.voteId,
          communityId: vote.communityId,
          matter: vote.matter,
          title: vote.title,
          decidedAt: decidedAt!,
          closestCheck: check.name,
          actual: check.actual,
          needed: check.needed,
          of: check.of,
          margin,
        };
      }
    }
    if (closest && closest.margin <= narrow) found.push(closest);
  }
  return found.sort((a, b) => a.margin - b.margin);
}

/** Every finding of the period, from the states at its end. */
export function findingsOf(states: FindingStates, period: FindingPeriod): Findings {
  return {
    overdueComplaints: overdueComplaints(states.complaintBoard, period),
    emergencyDisbursements: emergencyDisbursements(states.fundLedger, period),
    blackListedAwards: blackListedAwards(states.companyCreditFiles, period),
    narrowVotes: narrowVotes(states.voteResults, period),
  };
}
