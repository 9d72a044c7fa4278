/**
 * The state of one community's committee stream: the sitting members (office and party
 * membership, no names), the vote that elected them, the filing status, and the votes
 * already used for an election. A committee has at most 11 members, so each step copies.
 */
import type { Aggregate } from '../command.ts';
import {
  CommitteeElected,
  type CommitteeEvent,
  CommitteeFiled,
  CommitteeMemberChanged,
  type Position,
  PartyMembershipEntry,
  PartyMembershipRecorded,
} from './events.ts';

/** Whether the sitting committee is filed with the street office: never, yes, or changed since. */
export type FilingStatus = 'unfiled' | 'filed' | 'changed-since-filing';

/** A sitting member as the rules see them; `partyMember` is null where the ledger holds it sealed. */
export interface SittingMember {
  readonly position: Position;
  readonly partyMember: boolean | null;
}

/** A flag as read from an event: itself when plain, null when still sealed (an envelope). */
function flag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** One community's committee. `elected` is false until the first election. */
export interface CommitteeState {
  readonly elected: boolean;
  readonly communityId: string;
  /** The vote that elected the sitting committee. */
  readonly electedByVoteId: string | null;
  readonly members: Readonly<Record<string, SittingMember>>;
  readonly filing: FilingStatus;
  /** Votes already used to elect a committee: each elects once. */
  readonly electionVoteIds: readonly string[];
  /** Party members among the sitting members, as the last event counted them (public). */
  readonly partyMemberCount: number;
}

/** A community with no committee yet. */
export const initialCommitteeState: CommitteeState = {
  elected: false,
  communityId: '',
  electedByVoteId: null,
  members: {},
  filing: 'unfiled',
  electionVoteIds: [],
  partyMemberCount: 0,
};

function evolveCommittee(state: CommitteeState, event: CommitteeEvent): CommitteeState {
  switch (event.type) {
    case CommitteeElected.type: {
      const { data } = event;
      const members: Record<string, SittingMember> = {};
      for (const m of data.members) members[m.memberId] = { position: m.position, partyMember: flag(m.partyMember) };
      return {
        elected: true,
        communityId: data.communityId,
        electedByVoteId: data.voteId,
        members,
        filing: 'unfiled',
        electionVoteIds: [...state.electionVoteIds, data.voteId],
        partyMemberCount: data.partyMemberCount,
      };
    }
    case CommitteeFiled.type:
      return { ...state, filing: 'filed' };
    case CommitteeMemberChanged.type: {
      const { data } = event;
      const members = { ...state.members };
      if (data.outgoingMemberId !== null) delete members[data.outgoingMemberId];
      if (data.incomingMember !== null) {
        members[data.incomingMember.memberId] = {
          position: data.incomingMember.position,
          partyMember: flag(data.incomingMember.partyMember),
        };
      }
      return {
        ...state,
        members,
        filing: state.filing === 'unfiled' ? 'unfiled' : 'changed-since-filing',
        partyMemberCount: data.partyMemberCount,
      };
    }
    case PartyMembershipRecorded.type: {
      const counted = { ...state, partyMemberCount: event.data.partyMemberCount };
      const data = event.schemaVersion === 2 ? event.data.entry : event.data;
      if (!PartyMembershipEntry.is(data)) {
        // Sealed: which member changed is not readable here, so no member's flag is known any more.
        const members: Record<string, SittingMember> = {};
        for (const [id, m] of Object.entries(state.members)) members[id] = { ...m, partyMember: null };
        return { ...counted, members };
      }
      const member = state.members[data.memberId];
      if (!member) return counted;
      return {
        ...counted,
        members: { ...state.members, [data.memberId]: { ...member, partyMember: data.partyMember } },
      };
    }
    default:
      return state;
  }
}

/** The fold of a `committee-<communityId>` stream. Pure. */
export const committeeAggregate: Aggregate<CommitteeState, CommitteeEvent> = {
  initialState: initialCommitteeState,
  evolve: evolveCommittee,
};
