/**
 * Recounting every vote from the export alone, without any key: what an auditor, a mirror or
 * any member of the public can check. For each vote it adds up the public commitments of each
 * owner's last sealed ballot and checks that the closing event's committed count and summed
 * blinding open that sum; adds the plain (schema 1) ballots of older ledgers by their visible
 * choice; checks that the closing tally is exactly the two together over the electorate
 * totals announced at opening; and recomputes the art. 278 outcome the certification must
 * carry. Pure; one pass over the events, O(1) amortised per event plus one point addition per
 * counted ballot at closing.
 */
import { canonicalJson, type RecordedEvent, type RecordedEventOf } from '@govledger/core';
import { commitmentsOpenTo } from './ballot-commitment.ts';
import {
  BallotCast,
  BallotCastV2,
  BallotCastV3,
  type Choice,
  isVoteEvent,
  ResultCertified,
  type ResultCertifiedData,
  type Tally,
  VoteProposed,
  VotingClosed,
  VotingClosedV2,
  type VotingClosedV2Data,
  VotingOpened,
} from './events.ts';
import type { Matter } from './matters.ts';
import { computeOutcome, emptyTally } from './tally.ts';

/** What the public recount of one vote found. */
export interface PublicVoteAudit {
  readonly voteId: string;
  /** `sealed`, `plain` (an older ledger's ballots), `mixed`, or `none` (no ballot). */
  readonly secrecy: 'sealed' | 'plain' | 'mixed' | 'none';
  /**
   * Who the ballots' leaves name as caster: `pseudonymous` (schema 3, per-vote pseudonyms),
   * `named` (schema 1 or 2 of older ledgers: the owner), `mixed`, or `none` (no ballot).
   */
  readonly participation: 'pseudonymous' | 'named' | 'mixed' | 'none';
  /** Ballot events recorded (changed ballots included). */
  readonly ballots: number;
  /** The tally recomputed from the export, once voting closed; null while open. */
  readonly tally: Tally | null;
  /** Every problem found; empty when the vote checks out. */
  readonly problems: readonly string[];
  /** Whether a certification was recorded (and, if so, checked). */
  readonly certified: boolean;
}

interface Running {
  readonly voteId: string;
  readonly matter: Matter;
  totals: { area: number; owners: number } | null;
  ballots: number;
  sealed: number;
  plain: number;
  pseudonymous: number;
  /** Each owner's last sealed ballot commitment, by actor id. */
  readonly lastSealed: Map<string, { ballotNumber: number; commitment: string }>;
  /** Each owner's last plain ballot, by owner id. */
  readonly lastPlain: Map<string, { choice: Choice; area: number }>;
  tally: Tally | null;
  certified: boolean;
  readonly problems: string[];
}

function closeSealed(vote: Running, data: VotingClosedV2Data): void {
  const counted = [...vote.lastSealed.values()].map((b) => b.commitment);
  if (counted.length !== data.sealedBallots) {
    vote.problems.push(
      `closing says ${data.sealedBallots} sealed ballots count, the export has ${counted.length} owners`,
    );
  }
  if (!commitmentsOpenTo(counted, data.committed, data.blinding)) {
    vote.problems.push('the committed count does not open the sum of the counted ballots’ commitments');
  }
}

function expectedTally(vote: Running, committed: VotingClosedV2Data['committed'] | null): Tally {
  const tally = emptyTally(vote.totals?.area ?? 0, vote.totals?.owners ?? 0);
  for (const { choice, area } of vote.lastPlain.values()) {
    tally[choice].areaM2Hundredths += area;
    tally[choice].owners++;
  }
  if (committed) {
    for (const choice of ['approve', 'reject', 'abstain'] as const) {
      tally[choice].areaM2Hundredths += committed[choice].areaM2Hundredths;
      tally[choice].owners += committed[choice].owners;
    }
  }
  return tally;
}

function close(vote: Running, event: RecordedEventOf<typeof VotingClosed | typeof VotingClosedV2>): void {
  const sealed = event.schemaVersion === VotingClosedV2.schemaVersion ? event.data : null;
  if (sealed) closeSealed(vote, sealed);
  else if (vote.sealed > 0) vote.problems.push('sealed ballots were cast but the closing carries no committed count');
  const expected = expectedTally(vote, sealed?.committed ?? null);
  const recorded = event.data.tally;
  if (canonicalJson(expected) !== canonicalJson(recorded)) {
    vote.problems.push(`the closing tally ${JSON.stringify(recorded)} is not the recount ${JSON.stringify(expected)}`);
  }
  vote.tally = expected;
}

function cast(
  vote: Running,
  event: RecordedEventOf<typeof BallotCast | typeof BallotCastV2 | typeof BallotCastV3>,
): void {
  vote.ballots++;
  if (event.schemaVersion === BallotCastV2.schemaVersion || event.schemaVersion === BallotCastV3.schemaVersion) {
    const { data } = event;
    vote.sealed++;
    if (event.schemaVersion === BallotCastV3.schemaVersion) vote.pseudonymous++;
    const owner = event.metadata.actor.id;
    vote.lastPlain.delete(owner);
    const seen = vote.lastSealed.get(owner);
    if (!seen || data.ballotNumber > seen.ballotNumber) {
      vote.lastSealed.set(owner, { ballotNumber: data.ballotNumber, commitment: data.commitment });
    }
    return;
  }
  const { data } = event;
  vote.plain++;
  vote.lastPlain.set(data.ownerId, { choice: data.choice, area: data.areaM2Hundredths });
}

function certify(vote: Running, data: ResultCertifiedData): void {
  vote.certified = true;
  if (vote.tally === null) {
    vote.problems.push('certified before voting closed');
    return;
  }
  const outcome = computeOutcome(vote.matter, vote.tally);
  if (canonicalJson(outcome) !== canonicalJson(data.outcome) || outcome.passed !== data.passed) {
    vote.problems.push(`the certified outcome is not the art. 278 outcome of the recounted tally`);
  }
}

function step(votes: Map<string, Running>, event: RecordedEvent): void {
  if (!isVoteEvent(event)) return;
  if (event.type === VoteProposed.type) {
    const { data } = event;
    votes.set(data.voteId, {
      voteId: data.voteId,
      matter: data.matter,
      totals: null,
      ballots: 0,
      sealed: 0,
      plain: 0,
      pseudonymous: 0,
      lastSealed: new Map(),
      lastPlain: new Map(),
      tally: null,
      certified: false,
      problems: [],
    });
    return;
  }
  const vote = votes.get(event.data.voteId);
  if (!vote) return;
  if (event.type === VotingOpened.type) {
    const { data } = event;
    vote.totals = { area: data.totalAreaM2Hundredths, owners: data.totalOwners };
  } else if (event.type === BallotCast.type) cast(vote, event);
  else if (event.type === VotingClosed.type) close(vote, event);
  else if (event.type === ResultCertified.type) certify(vote, event.data);
}

/**
 * The public recount of every vote in `events` (the export's leaves, parsed, in ledger
 * order; sealed fields may stay sealed). Needs no key.
 *
 * @example
 * const audits = auditVotesFromExport(exportLines.map((line, i) => parseLeaf(line, i)));
 * audits.filter((a) => a.problems.length > 0) // [] for an honest ledger
 */
export function auditVotesFromExport(events: Iterable<RecordedEvent>): PublicVoteAudit[] {
  const votes = new Map<string, Running>();
  for (const event of events) if (event.streamId.startsWith('vote-')) step(votes, event);
  return [...votes.values()].map((v) => ({
    voteId: v.voteId,
    secrecy: v.ballots === 0 ? 'none' : v.plain === 0 ? 'sealed' : v.sealed === 0 ? 'plain' : 'mixed',
    participation:
      v.ballots === 0
        ? 'none'
        : v.pseudonymous === v.ballots
          ? 'pseudonymous'
          : v.pseudonymous === 0
            ? 'named'
            : 'mixed',
    ballots: v.ballots,
    tally: v.tally,
    problems: v.problems,
    certified: v.certified,
  }));
}
