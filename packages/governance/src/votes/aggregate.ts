/**
 * The state of one vote stream: the proposal, the electorate by owner, each owner's last
 * ballot and the running tally (updated per ballot in O(1), never recounted).
 *
 * Ownership: the first event (`VoteProposed`) builds fresh records, and later events update
 * them in place, so folding a vote of n ballots costs O(n), not O(n²). A state must not be
 * used again after it was evolved; `initialVoteState` itself is never modified.
 */
import type { Aggregate } from '../command.ts';
import { isVoterPseudonym } from './ballot-pseudonym.ts';
import {
  BallotCast,
  type BallotCastData,
  BallotCastV2,
  BallotCastV3,
  BallotsInspected,
  type Choice,
  type ConvenedBy,
  DecisionRevoked,
  type DerivedElectorateUnit,
  ElectorateRegistered,
  type ElectorateRegisteredData,
  type OwnerKind,
  ResultCertified,
  type Tally,
  type VoteEvent,
  type VoteOutcome,
  type AgendaItem,
  VoteNoticeGiven,
  VoteObjectionFiled,
  VoteProposed,
  type VoteProposedV2Data,
  VotingClosed,
  VotingClosedV2,
  VotingOpened,
} from './events.ts';
import type { Matter } from './matters.ts';
import type { VoteProcedure } from './policy.ts';
import { emptyTally } from './tally.ts';
import { proposalOf } from './upcasters.ts';

/**
 * Where a vote stands. `none`: not proposed yet (the stream is empty); `noticed`: the
 * assembly's notice was given and voting has not opened; `revoked`: a certified decision a
 * court or the authority set aside.
 */
export type VoteStatus = 'none' | 'proposed' | 'noticed' | 'open' | 'closed' | 'certified' | 'revoked';

/** The notice of a vote as given: the agenda, the announced window, and when the ledger recorded it. */
export interface VoteNotice {
  readonly agenda: readonly AgendaItem[];
  readonly votingOpensAt: string;
  readonly closesAt: string;
  readonly givenAt: string;
}

/** A certified decision's revocation. */
export interface VoteRevocation {
  readonly revokedBy: 'court' | 'authority';
  readonly reference: string;
  readonly revokedAt: string;
}

/** One owner of the electorate: all their units' area, summed, and one head. */
export interface ElectorateOwner {
  readonly kind: OwnerKind;
  areaM2Hundredths: number;
  unitCount: number;
}

/** One vote as its rules (and rules of other areas, e.g. a fund disbursement) see it. */
export interface VoteState {
  status: VoteStatus;
  readonly voteId: string;
  readonly communityId: string;
  readonly matter: Matter;
  readonly title: string;
  /** Matter 5 only: the amount of the maintenance fund the owners are asked to use. */
  readonly requestedAmountFen: number | null;
  closesAt: string | null;
  /** The ledger's time voting opened (its recording): no ballot may claim an earlier date. */
  openedAt: string | null;
  /** When the result was certified (ISO-8601 UTC). */
  certifiedAt: string | null;
  /** Who convened the vote; null for a vote proposed before the procedure (schema 1). */
  readonly convenedBy: ConvenedBy | null;
  /** The petitioning owners of a vote convened by petition. */
  readonly petitioners: readonly string[];
  /** The procedure the vote is held to; null for a vote proposed before the procedure (schema 1). */
  readonly procedure: VoteProcedure | null;
  /** The notice given, once given. */
  notice: VoteNotice | null;
  /** When the ledger recorded the closing (the objection period runs from here). */
  closedAt: string | null;
  /** Objections filed, by id: true once an inspection answered it. */
  readonly objections: Record<string, boolean>;
  /** True once an inspection found ballots that disagree with the committed tally. */
  inspectionDisagreed: boolean;
  /** The revocation of the certified decision, if any. */
  revocation: VoteRevocation | null;
  /** The registered owner of each unit. */
  readonly unitOwners: Record<string, string>;
  readonly owners: Record<string, ElectorateOwner>;
  /** Each owner's last plain ballot (schema 1, older ledgers), while it still counts. */
  readonly ballots: Record<string, Choice>;
  /** Each caster's last sealed ballot (schema 2 by owner, schema 3 by pseudonym): its number and public commitment. */
  readonly sealedBallots: Record<string, SealedBallotRef>;
  /** Ballots each caster (owner, or pseudonym for schema 3) has cast in this vote, plain and sealed. */
  readonly ballotCounts: Record<string, number>;
  /** Totals of the electorate and the weight behind each choice. */
  readonly tally: Tally;
  /** The certified outcome, once certified. */
  outcome: VoteOutcome | null;
}

/** The public part of an owner's last sealed ballot. */
export interface SealedBallotRef {
  readonly ballotNumber: number;
  readonly commitment: string;
}

/** A vote before it was proposed. */
export const initialVoteState: VoteState = Object.freeze({
  status: 'none',
  voteId: '',
  communityId: '',
  matter: 9,
  title: '',
  requestedAmountFen: null,
  closesAt: null,
  openedAt: null,
  certifiedAt: null,
  convenedBy: null,
  petitioners: Object.freeze([]),
  procedure: null,
  notice: null,
  closedAt: null,
  objections: Object.freeze({}),
  inspectionDisagreed: false,
  revocation: null,
  unitOwners: Object.freeze({}),
  owners: Object.freeze({}),
  ballots: Object.freeze({}),
  sealedBallots: Object.freeze({}),
  ballotCounts: Object.freeze({}),
  tally: Object.freeze(emptyTally()),
  outcome: null,
});

function proposed(data: VoteProposedV2Data): VoteState {
  return {
    status: 'proposed',
    voteId: data.voteId,
    communityId: data.communityId,
    matter: data.matter,
    title: data.title,
    requestedAmountFen: data.requestedAmountFen ?? null,
    closesAt: null,
    openedAt: null,
    certifiedAt: null,
    convenedBy: data.convenedBy,
    petitioners: [...data.petitioners],
    procedure: data.procedure === null ? null : { ...data.procedure },
    notice: null,
    closedAt: null,
    objections: {},
    inspectionDisagreed: false,
    revocation: null,
    unitOwners: {},
    owners: {},
    ballots: {},
    sealedBallots: {},
    ballotCounts: {},
    tally: emptyTally(),
    outcome: null,
  };
}

/** The units of an electorate registration of either schema: what the fold reads of each. */
type RegisteredUnit = Pick<ElectorateRegisteredData['units'][number], keyof DerivedElectorateUnit>;

function register(state: VoteState, units: readonly RegisteredUnit[]): void {
  for (const unit of units) {
    state.unitOwners[unit.unitId] = unit.ownerId;
    const owner = state.owners[unit.ownerId];
    if (owner) {
      owner.areaM2Hundredths += unit.areaM2Hundredths;
      owner.unitCount++;
    } else {
      state.owners[unit.ownerId] = { kind: unit.ownerKind, areaM2Hundredths: unit.areaM2Hundredths, unitCount: 1 };
      state.tally.totalOwners++;
    }
    state.tally.totalAreaM2Hundredths += unit.areaM2Hundredths;
  }
}

function cast(state: VoteState, data: BallotCastData): void {
  const owner = state.owners[data.ownerId];
  if (!owner) return;
  const previous = state.ballots[data.ownerId];
  if (previous) {
    state.tally[previous].areaM2Hundredths -= owner.areaM2Hundredths;
    state.tally[previous].owners--;
  }
  state.tally[data.choice].areaM2Hundredths += owner.areaM2Hundredths;
  state.tally[data.choice].owners++;
  state.ballots[data.ownerId] = data.choice;
  state.ballotCounts[data.ownerId] = (state.ballotCounts[data.ownerId] ?? 0) + 1;
}

/**
 * A sealed ballot replaces the caster's earlier ballot: a plain one leaves the plain tally. The
 * caster is the owner (schema 2) or the owner's per-vote pseudonym (schema 3), which names no
 * registered owner: the rule checked the owner when it was cast.
 */
function castSealed(state: VoteState, caster: string, data: { ballotNumber: number; commitment: string }): void {
  if (!isVoterPseudonym(caster) && !state.owners[caster]) return;
  const ownerId = caster;
  const owner = state.owners[ownerId];
  const plain = state.ballots[ownerId];
  if (plain && owner) {
    state.tally[plain].areaM2Hundredths -= owner.areaM2Hundredths;
    state.tally[plain].owners--;
    delete state.ballots[ownerId];
  }
  state.sealedBallots[ownerId] = { ballotNumber: data.ballotNumber, commitment: data.commitment };
  state.ballotCounts[ownerId] = data.ballotNumber;
}

function evolveVote(state: VoteState, event: VoteEvent): VoteState {
  if (event.type === VoteProposed.type) return proposed(proposalOf(event));
  if (state.status === 'none') return state;
  const { type, schemaVersion, data, metadata } = event;
  switch (type) {
    case ElectorateRegistered.type:
      register(state, data.units);
      break;
    case VoteNoticeGiven.type:
      state.status = 'noticed';
      state.notice = {
        agenda: data.agenda.map((item) => ({ ...item })),
        votingOpensAt: data.votingOpensAt,
        closesAt: data.closesAt,
        givenAt: metadata.recordedAt,
      };
      break;
    case VoteObjectionFiled.type:
      state.objections[data.objectionId] = false;
      break;
    case BallotsInspected.type:
      if (data.objectionRef in state.objections) state.objections[data.objectionRef] = true;
      if (!data.agrees) state.inspectionDisagreed = true;
      break;
    case DecisionRevoked.type:
      state.status = 'revoked';
      state.revocation = { revokedBy: data.revokedBy, reference: data.reference, revokedAt: metadata.recordedAt };
      break;
    case VotingOpened.type:
      state.status = 'open';
      state.openedAt = metadata.recordedAt;
      state.closesAt = data.closesAt;
      break;
    case BallotCast.type:
      if (schemaVersion === BallotCastV2.schemaVersion || schemaVersion === BallotCastV3.schemaVersion)
        castSealed(state, metadata.actor.id, data);
      else cast(state, data);
      break;
    case VotingClosed.type:
      state.status = 'closed';
      state.closedAt = metadata.recordedAt;
      if (schemaVersion === VotingClosedV2.schemaVersion) Object.assign(state.tally, structuredClone(data.tally));
      break;
    case ResultCertified.type:
      state.status = 'certified';
      state.certifiedAt = metadata.occurredAt;
      state.outcome = data.outcome;
      break;
    default:
      break;
  }
  return state;
}

/** The fold of a `vote-<id>` stream. */
export const voteAggregate: Aggregate<VoteState, VoteEvent> = {
  initialState: initialVoteState,
  evolve: evolveVote,
};
