/**
 * The state of one community's committee stream: the sitting members (office and party
 * membership, no names), the vote that elected them, the filing status, and the votes
 * already used for an election. A committee has at most 11 members, so each step copies.
 */
import type { RecordedEvent } from '@govledger/core';
import type { Aggregate } from '../command.ts';
import {
  CommitteeElected,
  type CommitteeElectedData,
  CommitteeFiled,
  CommitteeMemberChanged,
  type CommitteeMemberChangedData,
  type Position,
  PartyMembershipRecorded,
  type PartyMembershipRecordedData,
} from './events.ts';

/** Whether the sitting committee is filed with the street office: never, yes, or changed since. */
export type FilingStatus = 'unfiled' | 'filed' | 'changed-since-filing';

/** A sitting member as the rules see them. */
export interface SittingMember {
  readonly position: Position;
  readonly partyMember: boolean;
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
}

/** A community with no committee yet. */
export const initialCommitteeState: CommitteeState = {
  elected: false,
  communityId: '',
  electedByVoteId: null,
  members: {},
  filing: 'unfiled',
  electionVoteIds: [],
};

function evolveCommittee(state: CommitteeState, event: RecordedEvent): CommitteeState {
  switch (event.type) {
    case CommitteeElected.type: {
      const data = event.data as CommitteeElectedData;
      const members: Record<string, SittingMember> = {};
      for (const m of data.members) members[m.memberId] = { position: m.position, partyMember: m.partyMember };
      return {
        elected: true,
        communityId: data.communityId,
        electedByVoteId: data.voteId,
        members,
        filing: 'unfiled',
        electionVoteIds: [...state.electionVoteIds, data.voteId],
      };
    }
    case CommitteeFiled.type:
      return { ...state, filing: 'filed' };
    case CommitteeMemberChanged.type: {
      const data = event.data as CommitteeMemberChangedData;
      const members = { ...state.members };
      if (data.outgoingMemberId !== null) delete members[data.outgoingMemberId];
      if (data.incomingMember !== null) {
        members[data.incomingMember.memberId] = {
          position: data.incomingMember.position,
          partyMember: data.incomingMember.partyMember,
        };
      }
      return { ...state, members, filing: state.filing === 'unfiled' ? 'unfiled' : 'changed-since-filing' };
    }
    case PartyMembershipRecorded.type: {
      const data = event.data as PartyMembershipRecordedData;
      const member = state.members[data.memberId];
      if (!member) return state;
      return { ...state, members: { ...state.members, [data.memberId]: { ...member, partyMember: data.partyMember } } };
    }
    default:
      return state;
  }
}

/** The fold of a `committee-<communityId>` stream. Pure. */
export const committeeAggregate: Aggregate<CommitteeState> = {
  initialState: initialCommitteeState,
  evolve: evolveCommittee,
};
