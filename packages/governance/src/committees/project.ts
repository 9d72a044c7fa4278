/**
 * committees: per community, the sitting committee's member count, party-member count and
 * share (红色业委会), filing status, and when it was elected and filed; whether the decision
 * that elected it was revoked (Civil Code art. 280 ¶2); plus totals over all communities.
 * Built from the counts each event carries: no member id or name is kept. O(1) per event.
 */
import { isEventOf, type Projection, type RecordedEvent, type RecordedEventOf } from '@govledger/core';
import { DecisionRevoked, type DecisionRevokedData } from '../votes/events.ts';
import type { FilingStatus } from './aggregate.ts';
import {
  CommitteeElected,
  type CommitteeElectedData,
  type CommitteeElectedV2Data,
  CommitteeFiled,
  CommitteeMemberChanged,
  isCommitteeEvent,
  PartyMembershipRecorded,
} from './events.ts';

/** One community's committee as the public sees it. Times are ISO-8601 UTC. */
export interface CommitteeRecord {
  readonly communityId: string;
  electedByVoteId: string;
  electedAt: string;
  termEndsAt: string | null;
  memberCount: number;
  partyMemberCount: number;
  /** Party members as a share of the sitting members, from 0 to 1 (0 with no members). */
  partyMemberRatio: number;
  filingStatus: FilingStatus;
  filedAt: string | null;
  filingNumber: string | null;
  /** Elections held so far (a re-election replaces the committee). */
  elections: number;
  memberChanges: number;
  updatedAt: string;
  /**
   * Present only once the decision that elected the sitting committee was revoked by a court
   * or the authority: who revoked it, the document, and when the ledger recorded it. The
   * committee then stands on no decision (Civil Code art. 155: a revoked act binds from the
   * beginning no one) until a new election. Absent otherwise, so the record of a committee
   * whose election stands is the same as before this field existed.
   */
  electionRevoked?: ElectionRevocation;
}

/** The revocation of the decision that elected a committee, as the public sees it. */
export interface ElectionRevocation {
  readonly revokedBy: DecisionRevokedData['revokedBy'];
  readonly reference: string;
  readonly revokedAt: string;
}

/** Totals over every community with a committee. */
export interface CommitteeTotals {
  committees: number;
  filed: number;
  members: number;
  partyMembers: number;
}

/** Committees by community id, and totals. */
export interface CommitteesState {
  readonly communities: Record<string, CommitteeRecord>;
  readonly totals: CommitteeTotals;
  /**
   * The community each electing vote elected a committee of: how a revocation finds its
   * committee. Absent from a snapshot taken before revocations were shown (rebuilt on first use).
   */
  electingVotes?: Record<string, string>;
  /** Revocations recorded so far, by vote id: an election under one already revoked shows it at once. */
  revokedVotes?: Record<string, ElectionRevocation>;
}

/**
 * The state's vote indexes. A snapshot of version 1 taken before they existed resumes without
 * them (the projection keeps its version so that ledgers without a revoked election keep their
 * state roots): the electing votes are then rebuilt once from the sitting committees.
 */
function indexes(state: CommitteesState): {
  electingVotes: Record<string, string>;
  revokedVotes: Record<string, ElectionRevocation>;
} {
  if (state.electingVotes === undefined) {
    const electing: Record<string, string> = {};
    for (const record of Object.values(state.communities)) electing[record.electedByVoteId] = record.communityId;
    state.electingVotes = electing;
  }
  state.revokedVotes ??= {};
  return { electingVotes: state.electingVotes, revokedVotes: state.revokedVotes };
}

function setCounts(
  state: CommitteesState,
  record: CommitteeRecord,
  memberCount: number,
  partyMemberCount: number,
): void {
  state.totals.members += memberCount - record.memberCount;
  state.totals.partyMembers += partyMemberCount - record.partyMemberCount;
  record.memberCount = memberCount;
  record.partyMemberCount = partyMemberCount;
  record.partyMemberRatio = memberCount === 0 ? 0 : partyMemberCount / memberCount;
}

function setFiling(state: CommitteesState, record: CommitteeRecord, status: FilingStatus): void {
  state.totals.filed += (status === 'filed' ? 1 : 0) - (record.filingStatus === 'filed' ? 1 : 0);
  record.filingStatus = status;
}

function elected(state: CommitteesState, data: CommitteeElectedData | CommitteeElectedV2Data, at: string): void {
  let record = state.communities[data.communityId];
  if (!record) {
    record = {
      communityId: data.communityId,
      electedByVoteId: data.voteId,
      electedAt: at,
      termEndsAt: null,
      memberCount: 0,
      partyMemberCount: 0,
      partyMemberRatio: 0,
      filingStatus: 'unfiled',
      filedAt: null,
      filingNumber: null,
      elections: 0,
      memberChanges: 0,
      updatedAt: at,
    };
    state.communities[data.communityId] = record;
    state.totals.committees++;
  }
  setFiling(state, record, 'unfiled');
  setCounts(state, record, data.memberCount, data.partyMemberCount);
  Object.assign(record, {
    electedByVoteId: data.voteId,
    electedAt: at,
    termEndsAt: data.termEndsAt ?? null,
    filedAt: null,
    filingNumber: null,
    elections: record.elections + 1,
    memberChanges: 0,
  });
  delete record.electionRevoked;
  const { electingVotes, revokedVotes } = indexes(state);
  const revoked = revokedVotes[data.voteId];
  if (revoked) record.electionRevoked = revoked;
  electingVotes[data.voteId] = data.communityId;
}

/** Revocations are votes' events: the committees fold them beside their own. */
const isDecisionRevoked = isEventOf([DecisionRevoked]);

/** A decision was revoked: the committee it elected, if it still sits, shows the revocation. */
function revoked(state: CommitteesState, event: RecordedEventOf<typeof DecisionRevoked>): boolean {
  const { data } = event;
  const revocation: ElectionRevocation = {
    revokedBy: data.revokedBy,
    reference: data.reference,
    revokedAt: event.metadata.recordedAt,
  };
  const { electingVotes, revokedVotes } = indexes(state);
  revokedVotes[data.voteId] = revocation;
  const communityId = electingVotes[data.voteId];
  const record = communityId === undefined ? undefined : state.communities[communityId];
  if (!record || record.electedByVoteId !== data.voteId) return false;
  record.electionRevoked = revocation;
  record.updatedAt = event.metadata.occurredAt;
  return true;
}

/** The community whose committee `event` (a revocation) touches, if any. */
function revokedCommunity(state: CommitteesState, event: RecordedEvent): string | undefined {
  if (!isDecisionRevoked(event)) return undefined;
  const { voteId } = event.data;
  const communityId = indexes(state).electingVotes[voteId];
  return communityId !== undefined && state.communities[communityId]?.electedByVoteId === voteId
    ? communityId
    : undefined;
}

function evolveCommittees(state: CommitteesState, event: RecordedEvent): CommitteesState {
  if (isDecisionRevoked(event)) {
    revoked(state, event);
    return state;
  }
  if (!isCommitteeEvent(event)) return state;
  const at = event.metadata.occurredAt;
  if (event.type === CommitteeElected.type) {
    elected(state, event.data, at);
    state.communities[event.data.communityId]!.updatedAt = at;
    return state;
  }
  const record = state.communities[event.data.communityId];
  if (!record) return state;
  switch (event.type) {
    case CommitteeFiled.type:
      setFiling(state, record, 'filed');
      record.filedAt = at;
      record.filingNumber = event.data.filingNumber;
      break;
    case CommitteeMemberChanged.type: {
      const { data } = event;
      setCounts(state, record, data.memberCount, data.partyMemberCount);
      if (record.filingStatus === 'filed') setFiling(state, record, 'changed-since-filing');
      record.memberChanges++;
      break;
    }
    case PartyMembershipRecorded.type: {
      const { data } = event;
      setCounts(state, record, data.memberCount, data.partyMemberCount);
      break;
    }
    default:
      return state;
  }
  record.updatedAt = at;
  return state;
}

/** The committees projection. */
export const committees: Projection<CommitteesState> = {
  name: 'committees',
  version: 1,
  init: () => ({
    communities: {},
    totals: { committees: 0, filed: 0, members: 0, partyMembers: 0 },
    electingVotes: {},
    revokedVotes: {},
  }),
  evolve: evolveCommittees,
  /**
   * Public records: each community's committee keyed `<communityId>` (sizes and shares as
   * counts: the state holds no member, name or party flag) and the aggregate `totals`.
   */
  publicRecords: {
    touched(state, event) {
      if (event.type === DecisionRevoked.type) {
        const communityId = revokedCommunity(state, event);
        return communityId === undefined ? [] : [communityId];
      }
      if (
        !isCommitteeEvent(event) ||
        (event.type !== CommitteeElected.type &&
          event.type !== CommitteeFiled.type &&
          event.type !== CommitteeMemberChanged.type &&
          event.type !== PartyMembershipRecorded.type)
      )
        return [];
      return [event.data.communityId, 'totals'];
    },
    read(state, key) {
      if (key === 'totals') return state.totals.committees === 0 ? undefined : { ...state.totals };
      return Object.hasOwn(state.communities, key) ? state.communities[key] : undefined;
    },
    keys: (state) => [...(state.totals.committees === 0 ? [] : ['totals']), ...Object.keys(state.communities)],
  },
};
