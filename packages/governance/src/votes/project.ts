/**
 * voteResults: every vote's matter, status and full breakdown under Civil Code art. 278 —
 * electorate totals, the area and head count participating, approving, rejecting and
 * abstaining, each threshold with the value it needed, and whether and why it passed or
 * failed. It never says which owner voted how: plain ballots of older ledgers (schema 1)
 * are folded into totals using only the weight and choice each carries; sealed ballots
 * (schema 2) show only participation until voting closes, when the closing event brings the
 * committed per-choice tally. No owner id is kept.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { recordsById } from '../public-records.ts';
import type { VoteStatus } from './aggregate.ts';
import {
  BallotCast,
  type BallotCastData,
  type BallotCastV2Data,
  ElectorateRegistered,
  ResultCertified,
  type ResultCertifiedData,
  type Tally,
  VoteProposed,
  type VoteProposedData,
  type VoteOutcome,
  VotingClosed,
  type VotingClosedData,
  type VotingClosedV2Data,
  VotingOpened,
  type VotingOpenedData,
  type Weight,
} from './events.ts';
import { MATTERS, type Matter } from './matters.ts';
import { computeOutcome, emptyTally, participatingWeight } from './tally.ts';

/** One vote's public result. Times are ISO-8601 UTC; areas in hundredths of m². */
export interface VoteResult {
  readonly voteId: string;
  readonly communityId: string;
  readonly matter: Matter;
  /** The matter as art. 278 names it (Chinese, with an English gloss). */
  readonly matterName: string;
  readonly title: string;
  readonly requestedAmountFen: number | null;
  status: Exclude<VoteStatus, 'none'>;
  readonly proposedAt: string;
  openedAt: string | null;
  closesAt: string | null;
  closedAt: string | null;
  certifiedAt: string | null;
  unitCount: number;
  /** Electorate totals and the weight behind each choice (each owner's last ballot). */
  tally: Tally;
  /** Owners who cast a ballot, whatever the choice. */
  participating: Weight;
  /** Ballots that replaced an earlier ballot of the same owner. */
  changedBallots: number;
  /**
   * How the ballots are recorded: `sealed` (schema 2, choices hidden until the committed
   * count at closing), `plain` (schema 1, an older ledger whose leaves show each choice),
   * `mixed` (both), or null before any ballot.
   */
  ballotSecrecy: 'sealed' | 'plain' | 'mixed' | null;
  /** Sealed ballots counted at closing, whose commitments the closing event opens; null otherwise. */
  committedBallots: number | null;
  /** The outcome under art. 278: computed when voting closed, replaced by the certified one. */
  outcome: VoteOutcome | null;
}

/** Results by vote id, and ids in the order proposed. */
export interface VoteResultsState {
  readonly votes: Record<string, VoteResult>;
  readonly order: string[];
}

/**
 * A sealed ballot shows only that an owner took part (or changed their ballot): its weight
 * joins the participation on the owner's first ballot; the choice stays hidden until closing.
 */
function castSealed(vote: VoteResult, data: BallotCastV2Data): void {
  vote.ballotSecrecy = vote.ballotSecrecy === 'plain' || vote.ballotSecrecy === 'mixed' ? 'mixed' : 'sealed';
  if (data.ballotNumber > 1) {
    vote.changedBallots++;
    return;
  }
  vote.participating = {
    areaM2Hundredths: vote.participating.areaM2Hundredths + data.areaM2Hundredths,
    owners: vote.participating.owners + 1,
  };
}

function evolveResults(state: VoteResultsState, event: RecordedEvent): VoteResultsState {
  if (event.type === VoteProposed.type) {
    const data = event.data as VoteProposedData;
    state.votes[data.voteId] = {
      voteId: data.voteId,
      communityId: data.communityId,
      matter: data.matter,
      matterName: MATTERS[data.matter],
      title: data.title,
      requestedAmountFen: data.requestedAmountFen ?? null,
      status: 'proposed',
      proposedAt: event.metadata.occurredAt,
      openedAt: null,
      closesAt: null,
      closedAt: null,
      certifiedAt: null,
      unitCount: 0,
      tally: emptyTally(),
      participating: { areaM2Hundredths: 0, owners: 0 },
      changedBallots: 0,
      ballotSecrecy: null,
      committedBallots: null,
      outcome: null,
    };
    state.order.push(data.voteId);
    return state;
  }
  if (event.type === ElectorateRegistered.type) return state;
  const vote = state.votes[(event.data as { voteId?: string }).voteId ?? ''];
  if (!vote) return state;
  switch (event.type) {
    case VotingOpened.type: {
      const data = event.data as VotingOpenedData;
      vote.status = 'open';
      vote.openedAt = event.metadata.occurredAt;
      vote.closesAt = data.closesAt;
      vote.unitCount = data.unitCount;
      vote.tally.totalAreaM2Hundredths = data.totalAreaM2Hundredths;
      vote.tally.totalOwners = data.totalOwners;
      break;
    }
    case BallotCast.type: {
      if (event.schemaVersion >= 2) {
        castSealed(vote, event.data as BallotCastV2Data);
        break;
      }
      vote.ballotSecrecy = vote.ballotSecrecy === 'sealed' || vote.ballotSecrecy === 'mixed' ? 'mixed' : 'plain';
      const data = event.data as BallotCastData;
      if (data.previousChoice !== null) {
        vote.tally[data.previousChoice].areaM2Hundredths -= data.areaM2Hundredths;
        vote.tally[data.previousChoice].owners--;
        vote.changedBallots++;
      }
      vote.tally[data.choice].areaM2Hundredths += data.areaM2Hundredths;
      vote.tally[data.choice].owners++;
      vote.participating = participatingWeight(vote.tally);
      break;
    }
    case VotingClosed.type: {
      const { tally } = event.data as VotingClosedData;
      if (event.schemaVersion >= 2) vote.committedBallots = (event.data as VotingClosedV2Data).sealedBallots;
      vote.status = 'closed';
      vote.closedAt = event.metadata.occurredAt;
      vote.tally = structuredClone(tally);
      vote.participating = participatingWeight(vote.tally);
      vote.outcome = computeOutcome(vote.matter, vote.tally);
      break;
    }
    case ResultCertified.type:
      vote.status = 'certified';
      vote.certifiedAt = event.metadata.occurredAt;
      vote.outcome = structuredClone((event.data as ResultCertifiedData).outcome);
      break;
    default:
      break;
  }
  return state;
}

/** The vote results projection (state updated in place, O(1) per event). */
export const voteResults: Projection<VoteResultsState> = {
  name: 'voteResults',
  version: 2,
  init: () => ({ votes: {}, order: [] }),
  evolve: evolveResults,
  /** Each vote's result (tally, participation, outcome) is a public record keyed by its vote id. */
  publicRecords: recordsById((state: VoteResultsState) => state.votes, 'voteId'),
};
