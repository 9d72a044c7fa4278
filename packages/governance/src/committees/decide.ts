/**
 * The rules of owners' committees 业主委员会: electing and changing members only under a
 * certified passing matter-3 vote of the community (Civil Code art. 278(3)); filing with the
 * street office (备案); recording members' party membership (红色业委会). Pure.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { VoteState } from '../votes/aggregate.ts';
import { whyVoteDoesNotAuthorise } from '../votes/certified-decision.ts';
import { COMMITTEE_MATTER } from '../votes/matters.ts';
import type { CommitteeState, SittingMember } from './aggregate.ts';
import type {
  ChangeCommitteeMemberData,
  ElectCommitteeData,
  FileCommitteeData,
  RecordPartyMembershipData,
} from './command-data.ts';
import { changeProblem, electionProblem } from './composition.ts';
import {
  alreadyAMember,
  type CommitteeError,
  committeeNotElected,
  invalidComposition,
  notAMember,
  nothingToFile,
  partyMembershipUnchanged,
  voteAlreadyUsed,
  voteDoesNotAuthorise,
} from './errors.ts';
import {
  CommitteeElected,
  type CommitteeElectedData,
  CommitteeFiled,
  type CommitteeFiledData,
  CommitteeMemberChanged,
  type CommitteeMemberChangedData,
  PartyMembershipRecorded,
  type PartyMembershipRecordedData,
} from './events.ts';

/** The key under which the authorising vote's state arrives in `related`. */
export const AUTHORISING_VOTE = 'vote';

/** What every committee rule returns: the events to record, or why not. */
export type CommitteeDecision = E.Either<CommitteeError, readonly DecidedEvent[]>;

const ok: E.Either<never, void> = E.right(undefined);

function requireVote(communityId: string, voteId: string, related: Readonly<Record<string, unknown>>) {
  const problem = whyVoteDoesNotAuthorise(
    related[AUTHORISING_VOTE] as VoteState | undefined,
    communityId,
    COMMITTEE_MATTER,
  );
  return problem === null ? ok : E.left(voteDoesNotAuthorise(communityId, voteId, problem));
}

function requireElected(communityId: string, state: CommitteeState) {
  return state.elected ? ok : E.left(committeeNotElected(communityId));
}

function partyCount(members: Readonly<Record<string, SittingMember>>): number {
  return Object.values(members).filter((m) => m.partyMember).length;
}

/** ElectCommittee: the owners' assembly or street office records a committee elected by a certified matter-3 vote. */
export function electCommittee(
  input: CommandInput<ElectCommitteeData>,
  state: CommitteeState,
  related: Readonly<Record<string, unknown>>,
): CommitteeDecision {
  const { data } = input;
  return pipe(
    requireRole('ElectCommittee', input, 'owners-assembly', 'street-office'),
    E.chainW(() => requireVote(data.communityId, data.voteId, related)),
    E.chainW(() =>
      state.electionVoteIds.includes(data.voteId) ? E.left(voteAlreadyUsed(data.communityId, data.voteId)) : ok,
    ),
    E.chainW(() => {
      const problem = electionProblem(data.members);
      return problem === null ? ok : E.left(invalidComposition(data.communityId, problem));
    }),
    E.map(() => [
      {
        type: CommitteeElected.type,
        data: {
          ...data,
          members: data.members.map((m) => ({ ...m })),
          memberCount: data.members.length,
          partyMemberCount: data.members.filter((m) => m.partyMember).length,
        } satisfies CommitteeElectedData,
      },
    ]),
  );
}

/** FileCommittee: the street office files the sitting committee, first or after changes. */
export function fileCommittee(input: CommandInput<FileCommitteeData>, state: CommitteeState): CommitteeDecision {
  const { data } = input;
  return pipe(
    requireRole('FileCommittee', input, 'street-office'),
    E.chainW(() => requireElected(data.communityId, state)),
    E.chainW(() => (state.filing === 'filed' ? E.left(nothingToFile(data.communityId)) : ok)),
    E.map(() => [
      {
        type: CommitteeFiled.type,
        data: { ...data, memberCount: Object.keys(state.members).length } satisfies CommitteeFiledData,
      },
    ]),
  );
}

/** ChangeCommitteeMember: under a certified matter-3 vote (not the electing one), a member leaves and/or joins. */
export function changeCommitteeMember(
  input: CommandInput<ChangeCommitteeMemberData>,
  state: CommitteeState,
  related: Readonly<Record<string, unknown>>,
): CommitteeDecision {
  const { data } = input;
  const { outgoingMemberId, incomingMember } = data;
  const staying: Record<string, SittingMember> = { ...state.members };
  if (outgoingMemberId !== undefined) delete staying[outgoingMemberId];
  const after: Record<string, SittingMember> = incomingMember
    ? {
        ...staying,
        [incomingMember.memberId]: { position: incomingMember.position, partyMember: incomingMember.partyMember },
      }
    : staying;
  return pipe(
    requireRole('ChangeCommitteeMember', input, 'owners-assembly', 'street-office'),
    E.chainW(() => requireElected(data.communityId, state)),
    E.chainW(() =>
      outgoingMemberId === undefined && incomingMember === undefined
        ? E.left(invalidComposition(data.communityId, 'a change names an outgoing member, an incoming member, or both'))
        : ok,
    ),
    E.chainW(() => requireVote(data.communityId, data.voteId, related)),
    E.chainW(() =>
      state.electedByVoteId === data.voteId ? E.left(voteAlreadyUsed(data.communityId, data.voteId)) : ok,
    ),
    E.chainW(() =>
      outgoingMemberId !== undefined && !state.members[outgoingMemberId]
        ? E.left(notAMember(data.communityId, outgoingMemberId))
        : ok,
    ),
    E.chainW(() =>
      incomingMember !== undefined && staying[incomingMember.memberId]
        ? E.left(alreadyAMember(data.communityId, incomingMember.memberId))
        : ok,
    ),
    E.chainW(() => {
      const chairs = Object.values(after).filter((m) => m.position === 'chair').length;
      const problem = changeProblem(Object.keys(after).length, chairs);
      return problem === null ? ok : E.left(invalidComposition(data.communityId, problem));
    }),
    E.map(() => [
      {
        type: CommitteeMemberChanged.type,
        data: {
          communityId: data.communityId,
          voteId: data.voteId,
          outgoingMemberId: outgoingMemberId ?? null,
          incomingMember: incomingMember ? { ...incomingMember } : null,
          memberCount: Object.keys(after).length,
          partyMemberCount: partyCount(after),
        } satisfies CommitteeMemberChangedData,
      },
    ]),
  );
}

/** RecordPartyMembership: the party organisation or street office records a sitting member's party membership. */
export function recordPartyMembership(
  input: CommandInput<RecordPartyMembershipData>,
  state: CommitteeState,
): CommitteeDecision {
  const { data } = input;
  return pipe(
    requireRole('RecordPartyMembership', input, 'party-committee', 'street-office'),
    E.chainW(() => requireElected(data.communityId, state)),
    E.chainW(() => {
      const member = state.members[data.memberId];
      if (!member) return E.left(notAMember(data.communityId, data.memberId));
      if (member.partyMember === data.partyMember) {
        return E.left(partyMembershipUnchanged(data.communityId, data.memberId, data.partyMember));
      }
      return ok;
    }),
    E.map(() => {
      const after = {
        ...state.members,
        [data.memberId]: { ...state.members[data.memberId]!, partyMember: data.partyMember },
      };
      return [
        {
          type: PartyMembershipRecorded.type,
          data: {
            ...data,
            memberCount: Object.keys(after).length,
            partyMemberCount: partyCount(after),
          } satisfies PartyMembershipRecordedData,
        },
      ];
    }),
  );
}
