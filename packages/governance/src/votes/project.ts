/**
 * voteResults: every vote's matter, status and full breakdown under Civil Code art. 278 —
 * electorate totals, the area and head count participating, approving, rejecting and
 * abstaining, each threshold with the value it needed, and whether and why it passed or
 * failed. It never says which owner voted how: plain ballots of older ledgers (schema 1)
 * are folded into totals using only the weight and choice each carries; sealed ballots
 * (schema 2) show only participation until voting closes, when the closing event brings the
 * committed per-choice tally. Pseudonymous ballots (schema 3) seal their weight too, so an
 * open vote holding them shows its participating area as null, with the reason, and its
 * heads only. No owner id is kept.
 */
import type { Projection, RecordedEvent, RecordedEventOf } from '@govledger/core';
import { isNoticeEvent, NoticePublished } from '../notices/events.ts';
import { recordsById } from '../public-records.ts';
import type { VoteStatus } from './aggregate.ts';
import {
  BallotCast,
  BallotCastV2,
  type BallotCastV2Data,
  BallotCastV3,
  type BallotCastV3Data,
  BallotsInspected,
  type ConvenedBy,
  DecisionRevoked,
  ElectorateRegistered,
  isVoteEvent,
  ResultCertified,
  type Tally,
  VoteNoticeGiven,
  VoteObjectionFiled,
  VoteProposed,
  type VoteOutcome,
  VotingClosed,
  VotingClosedV2,
  VotingOpened,
} from './events.ts';
import { MATTERS, type Matter } from './matters.ts';
import { addDays, type VoteProcedure } from './policy.ts';
import { computeOutcome, emptyTally, participatingWeight } from './tally.ts';
import { proposalOf } from './upcasters.ts';

/**
 * Where the publication of a certified result stands: `not-due` before certification (or for
 * a vote proposed before the procedure, which set no period), `pending` while the period
 * runs, `published` in time, `late` after the period, `missing` once the period passed
 * (by the ledger's time of the latest event) with no `vote-result` notice.
 */
export type ResultNoticeStatus = 'not-due' | 'pending' | 'published' | 'late' | 'missing';

/**
 * Why a vote's participating area is not public yet: `sealed-until-closing`, its ballots are
 * pseudonymous (schema 3), whose weights are sealed, and the area becomes public with the
 * committed totals of the closing event. (A 0 there would read as "nobody's area took part".)
 */
export type ParticipatingAreaWithheld = 'sealed-until-closing';

/**
 * Owners who took part so far: heads always; the area (hundredths of m²) unless it is sealed.
 * `areaWithheld` is present exactly when `areaM2Hundredths` is null, so a vote whose area is
 * public has the same record (and the same state commitment leaf) as before the field existed.
 */
export interface Participation {
  readonly areaM2Hundredths: number | null;
  readonly owners: number;
  readonly areaWithheld?: ParticipatingAreaWithheld;
}

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
  /** Who convened it; null for a vote proposed before the procedure (schema 1). */
  readonly convenedBy: ConvenedBy | null;
  /** The procedure it is held to; null for a vote proposed before the procedure. */
  readonly procedure: VoteProcedure | null;
  /** When the ledger recorded the notice, and the opening it announced. */
  noticeGivenAt: string | null;
  votingOpensAt: string | null;
  /** When the objection period ends (ledger time), once voting closed under the procedure. */
  objectionsEndAt: string | null;
  /** Objections filed, and inspections of the ballots recorded (with how many disagreed). */
  objections: number;
  inspections: number;
  disagreeingInspections: number;
  /** The revocation of the certified decision: by whom, the document, when recorded. */
  revokedBy: 'court' | 'authority' | null;
  revocationReference: string | null;
  revokedAt: string | null;
  /** The `vote-result` notice the certified result must be published as, by `resultNoticeDueBy`. */
  resultNoticeDueBy: string | null;
  resultNoticeId: string | null;
  resultNoticePublishedAt: string | null;
  resultNotice: ResultNoticeStatus;
  unitCount: number;
  /** Electorate totals and the weight behind each choice (each owner's last ballot). */
  tally: Tally;
  /**
   * Owners who cast a ballot, whatever the choice. While a vote of pseudonymous ballots is
   * open the area is null (`areaWithheld: 'sealed-until-closing'`); from closing on it is the
   * committed total.
   */
  participating: Participation;
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
  /**
   * Certified votes whose result notice is still pending, ordered by due time: each event
   * marks the overdue ones `missing` from the front, so every vote is moved once (O(1)
   * amortised per event).
   */
  readonly awaitingNotice: string[];
  /** The votes the last event changed besides the one it names (expired result notices), for the state commitment. */
  expiredByLastEvent: string[];
}

/** Inserts `voteId` into the due-ordered `awaiting` list (binary search; the list holds only pending votes). */
function awaitNotice(state: VoteResultsState, vote: VoteResult): void {
  const due = vote.resultNoticeDueBy ?? '';
  const list = state.awaitingNotice;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((state.votes[list[mid] ?? '']?.resultNoticeDueBy ?? '') <= due) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, vote.voteId);
}

/** Marks `missing` every pending result notice whose period ended before `now` (the ledger's time). */
function expireNotices(state: VoteResultsState, now: string): void {
  const list = state.awaitingNotice;
  let expired = 0;
  while (expired < list.length) {
    const vote = state.votes[list[expired] ?? ''];
    if (vote && vote.resultNotice === 'pending' && Date.parse(vote.resultNoticeDueBy ?? '') >= Date.parse(now)) break;
    if (vote && vote.resultNotice === 'pending') vote.resultNotice = 'missing';
    expired++;
  }
  if (expired > 0) state.expiredByLastEvent = list.splice(0, expired);
}

/** A `vote-result` notice names its vote as subject: the vote's result is published (in time or late). */
function resultPublished(state: VoteResultsState, event: RecordedEventOf<typeof NoticePublished>): void {
  const { data } = event;
  if (data.kind !== 'vote-result' || data.subjectId === null) return;
  const vote = state.votes[data.subjectId];
  if (!vote || vote.resultNoticePublishedAt !== null) return;
  const at = event.metadata.recordedAt;
  vote.resultNoticeId = data.noticeId;
  vote.resultNoticePublishedAt = at;
  if (vote.resultNoticeDueBy === null) return;
  vote.resultNotice = Date.parse(at) <= Date.parse(vote.resultNoticeDueBy) ? 'published' : 'late';
  const i = state.awaitingNotice.indexOf(vote.voteId);
  if (i >= 0) state.awaitingNotice.splice(i, 1);
}

/**
 * One more owner takes part with `area`, or with a sealed area (null): once any ballot's area
 * is sealed the running area is withheld (a partial sum would mislead) until closing.
 */
function joinParticipation(vote: VoteResult, area: number | null): void {
  const { participating } = vote;
  vote.participating =
    area === null || participating.areaM2Hundredths === null
      ? { areaM2Hundredths: null, owners: participating.owners + 1, areaWithheld: 'sealed-until-closing' }
      : { areaM2Hundredths: participating.areaM2Hundredths + area, owners: participating.owners + 1 };
}

/**
 * A sealed ballot shows only that an owner took part (or changed their ballot): on the owner's
 * first ballot its head joins the participation, with its weight for schema 2; a pseudonymous
 * ballot's (schema 3) weight is sealed, so the area is withheld until closing. The choice stays
 * hidden until closing.
 */
function castSealed(vote: VoteResult, data: BallotCastV2Data | BallotCastV3Data): void {
  vote.ballotSecrecy = vote.ballotSecrecy === 'plain' || vote.ballotSecrecy === 'mixed' ? 'mixed' : 'sealed';
  if (data.ballotNumber > 1) {
    vote.changedBallots++;
    return;
  }
  joinParticipation(vote, 'areaM2Hundredths' in data ? data.areaM2Hundredths : null);
}

function evolveResults(state: VoteResultsState, event: RecordedEvent): VoteResultsState {
  if (state.expiredByLastEvent.length > 0) state.expiredByLastEvent = [];
  if (state.awaitingNotice.length > 0) expireNotices(state, event.metadata.recordedAt);
  if (isNoticeEvent(event)) {
    if (event.type === NoticePublished.type) resultPublished(state, event);
    return state;
  }
  if (!isVoteEvent(event)) return state;
  if (event.type === VoteProposed.type) {
    const data = proposalOf(event);
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
      convenedBy: data.convenedBy,
      procedure: data.procedure === null ? null : { ...data.procedure },
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
  const vote = state.votes[event.data.voteId];
  if (!vote) return state;
  const { type, schemaVersion, data, metadata } = event;
  switch (type) {
    case VoteNoticeGiven.type:
      vote.status = 'noticed';
      vote.noticeGivenAt = metadata.recordedAt;
      vote.votingOpensAt = data.votingOpensAt;
      break;
    case VoteObjectionFiled.type:
      vote.objections++;
      break;
    case BallotsInspected.type:
      vote.inspections++;
      if (!data.agrees) vote.disagreeingInspections++;
      break;
    case DecisionRevoked.type:
      vote.status = 'revoked';
      vote.revokedBy = data.revokedBy;
      vote.revocationReference = data.reference;
      vote.revokedAt = metadata.recordedAt;
      break;
    case VotingOpened.type:
      vote.status = 'open';
      vote.openedAt = metadata.occurredAt;
      vote.closesAt = data.closesAt;
      vote.unitCount = data.unitCount;
      vote.tally.totalAreaM2Hundredths = data.totalAreaM2Hundredths;
      vote.tally.totalOwners = data.totalOwners;
      break;
    case BallotCast.type: {
      if (schemaVersion === BallotCastV2.schemaVersion || schemaVersion === BallotCastV3.schemaVersion) {
        castSealed(vote, data);
        break;
      }
      vote.ballotSecrecy = vote.ballotSecrecy === 'sealed' || vote.ballotSecrecy === 'mixed' ? 'mixed' : 'plain';
      if (data.previousChoice !== null) {
        vote.tally[data.previousChoice].areaM2Hundredths -= data.areaM2Hundredths;
        vote.tally[data.previousChoice].owners--;
        vote.changedBallots++;
      }
      vote.tally[data.choice].areaM2Hundredths += data.areaM2Hundredths;
      vote.tally[data.choice].owners++;
      // The rules never mix plain with pseudonymous ballots in one vote; were they mixed, the
      // plain ballots' sum alone would be a partial area, so a withheld area stays withheld.
      if (vote.participating.areaM2Hundredths !== null) vote.participating = participatingWeight(vote.tally);
      else if (data.previousChoice === null) joinParticipation(vote, null);
      break;
    }
    case VotingClosed.type: {
      if (schemaVersion === VotingClosedV2.schemaVersion) vote.committedBallots = data.sealedBallots;
      vote.status = 'closed';
      vote.closedAt = metadata.occurredAt;
      if (vote.procedure !== null) {
        vote.objectionsEndAt = addDays(metadata.recordedAt, vote.procedure.objectionDays);
      }
      vote.tally = structuredClone(data.tally);
      vote.participating = participatingWeight(vote.tally);
      vote.outcome = computeOutcome(vote.matter, vote.tally);
      break;
    }
    case ResultCertified.type:
      vote.status = 'certified';
      vote.certifiedAt = metadata.occurredAt;
      vote.outcome = structuredClone(data.outcome);
      if (vote.procedure !== null && vote.resultNoticePublishedAt === null) {
        vote.resultNoticeDueBy = addDays(metadata.recordedAt, vote.procedure.resultNoticeDays);
        vote.resultNotice = 'pending';
        awaitNotice(state, vote);
      }
      break;
    default:
      break;
  }
  return state;
}

const byVoteId = recordsById((state: VoteResultsState) => state.votes, 'voteId');

/** The vote results projection (state updated in place, O(1) amortised per event). */
export const voteResults: Projection<VoteResultsState> = {
  name: 'voteResults',
  // 4: an open vote of pseudonymous ballots withholds its participating area (null) instead of
  // showing 0; a version-3 snapshot would resume such a vote at 0, so it is rebuilt.
  version: 4,
  init: () => ({ votes: {}, order: [], awaitingNotice: [], expiredByLastEvent: [] }),
  evolve: evolveResults,
  /**
   * Each vote's result (tally, participation, outcome, procedure) is a public record keyed by
   * its vote id. An event touches the vote it names, the vote a `vote-result` notice names,
   * and the votes whose result notice it found overdue.
   */
  publicRecords: {
    ...byVoteId,
    touched(state: VoteResultsState, event: RecordedEvent): string[] {
      const named =
        isNoticeEvent(event) && event.type === NoticePublished.type
          ? [event.data.subjectId ?? '']
          : [...byVoteId.touched(state, event)];
      return [...named.filter((id) => Object.hasOwn(state.votes, id)), ...state.expiredByLastEvent];
    },
  },
};
