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
import type { RegistryError } from '../registry/errors.ts';
import { type CommunityRegistration, requireActiveCommunity } from '../registry/references.ts';
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
import { requireElectionStands as requireCommitteeElectionStands } from './sitting-committee.ts';
import {
  alreadyAMember,
  type CommitteeError,
  committeeNotElected,
  invalidComposition,
  notAMember,
  nothingToFile,
  partyMembershipMismatch,
  partyMembershipUnchanged,
  partyMembershipUnknown,
  voteAlreadyUsed,
  voteDoesNotAuthorise,
} from './errors.ts';
import {
  CommitteeElectedV2,
  type CommitteeElectedV2Data,
  CommitteeFiled,
  type CommitteeFiledData,
  CommitteeMemberChangedV2,
  type CommitteeMemberChangedV2Data,
  PartyMembershipRecordedV2,
  type PartyMembershipRecordedV2Data,
  partyRegisterSubject,
} from './events.ts';

/** The key under which the authorising vote's state arrives in `related`. */
export const AUTHORISING_VOTE = 'vote';

/** The key under which the vote that elected the sitting committee arrives in `related`. */
export const ELECTING_VOTE = 'electingVote';

/** The key prefix under which an election's community is consulted in the registry. */
export const ELECTION_COMMUNITY = 'community';

/** The key of the community's registration as a project (小区), as `requireActiveCommunity` reads it. */
export const ELECTION_PROJECT = `${ELECTION_COMMUNITY}:project` as const;

/** The key of the community's registration as a residents' community (社区), as `requireActiveCommunity` reads it. */
export const ELECTION_RESIDENTS_COMMUNITY = `${ELECTION_COMMUNITY}:residents-community` as const;

/** What elections and member changes read beside the committee: the authorising vote's state. */
export type AuthorisingVote = { readonly [AUTHORISING_VOTE]: VoteState };

/** What acts of a sitting committee read: the vote that elected it (absent before any election). */
export type ElectingVote = { readonly [ELECTING_VOTE]?: VoteState };

/** What every committee rule returns: the events to record, or why not. */
export type CommitteeDecision = E.Either<CommitteeError | RegistryError, readonly DecidedEvent[]>;

const ok: E.Either<never, void> = E.right(undefined);

function requireVote(communityId: string, voteId: string, related: AuthorisingVote) {
  const problem = whyVoteDoesNotAuthorise(related[AUTHORISING_VOTE], communityId, COMMITTEE_MATTER);
  return problem === null ? ok : E.left(voteDoesNotAuthorise(communityId, voteId, problem));
}

function requireElected(communityId: string, state: CommitteeState) {
  return state.elected ? ok : E.left(committeeNotElected(communityId));
}

/**
 * A sitting committee whose electing decision stands: a revoked decision (Civil Code art. 280
 * ¶2) binds no one from the beginning (art. 155), so the committee it seated may not be filed,
 * changed or have its register kept; a new election under another vote may seat one.
 */
function requireElectionStands(communityId: string, state: CommitteeState, related: ElectingVote) {
  return requireCommitteeElectionStands(communityId, state, related[ELECTING_VOTE]);
}

/**
 * A member's party flag: the one on record when readable, else the one the command states
 * (`stated`, in `field`); an error when neither is known or they disagree.
 */
function knownFlag(
  communityId: string,
  memberId: string,
  onRecord: boolean | null,
  stated: boolean | undefined,
  field: string,
): E.Either<CommitteeError, boolean> {
  if (onRecord === null) {
    return stated === undefined ? E.left(partyMembershipUnknown(communityId, memberId, field)) : E.right(stated);
  }
  return stated === undefined || stated === onRecord
    ? E.right(onRecord)
    : E.left(partyMembershipMismatch(communityId, memberId, field));
}

/** ElectCommittee: the owners' assembly or street office records a committee elected by a certified matter-3 vote. */
export function electCommittee(
  input: CommandInput<ElectCommitteeData>,
  state: CommitteeState,
  related: AuthorisingVote & CommunityRegistration<typeof ELECTION_COMMUNITY>,
): CommitteeDecision {
  const { data } = input;
  return pipe(
    requireRole('ElectCommittee', input, 'owners-assembly', 'street-office'),
    E.chainW(() => requireActiveCommunity(related, ELECTION_COMMUNITY, data.communityId)),
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
        type: CommitteeElectedV2.type,
        schemaVersion: CommitteeElectedV2.schemaVersion,
        data: {
          ...data,
          members: data.members.map((m) => ({ ...m })),
          memberCount: data.members.length,
          partyMemberCount: data.members.filter((m) => m.partyMember).length,
        } satisfies CommitteeElectedV2Data,
      },
    ]),
  );
}

/** FileCommittee: the street office files the sitting committee, first or after changes. */
export function fileCommittee(
  input: CommandInput<FileCommitteeData>,
  state: CommitteeState,
  related: ElectingVote,
): CommitteeDecision {
  const { data } = input;
  return pipe(
    requireRole('FileCommittee', input, 'street-office'),
    E.chainW(() => requireElected(data.communityId, state)),
    E.chainW(() => requireElectionStands(data.communityId, state, related)),
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
  related: AuthorisingVote & ElectingVote,
): CommitteeDecision {
  const { data } = input;
  const { outgoingMemberId, incomingMember, outgoingPartyMember } = data;
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
    E.chainW(() => requireElectionStands(data.communityId, state, related)),
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
    E.chainW(() =>
      outgoingMemberId === undefined
        ? E.right(false)
        : knownFlag(
            data.communityId,
            outgoingMemberId,
            state.members[outgoingMemberId]?.partyMember ?? null,
            outgoingPartyMember,
            'outgoingPartyMember',
          ),
    ),
    E.map((outgoingWasParty) => [
      {
        type: CommitteeMemberChangedV2.type,
        schemaVersion: CommitteeMemberChangedV2.schemaVersion,
        data: {
          communityId: data.communityId,
          voteId: data.voteId,
          outgoingMemberId: outgoingMemberId ?? null,
          incomingMember: incomingMember ? { ...incomingMember } : null,
          memberCount: Object.keys(after).length,
          partyMemberCount: state.partyMemberCount - (outgoingWasParty ? 1 : 0) + (incomingMember?.partyMember ? 1 : 0),
        } satisfies CommitteeMemberChangedV2Data,
      },
    ]),
  );
}

/** RecordPartyMembership: the party organisation or street office records a sitting member's party membership. */
export function recordPartyMembership(
  input: CommandInput<RecordPartyMembershipData>,
  state: CommitteeState,
  related: ElectingVote,
): CommitteeDecision {
  const { data } = input;
  return pipe(
    requireRole('RecordPartyMembership', input, 'party-committee', 'street-office'),
    E.chainW(() => requireElected(data.communityId, state)),
    E.chainW(() => requireElectionStands(data.communityId, state, related)),
    E.chainW(() => {
      const member = state.members[data.memberId];
      if (!member) return E.left(notAMember(data.communityId, data.memberId));
      return knownFlag(
        data.communityId,
        data.memberId,
        member.partyMember,
        data.previousPartyMember,
        'previousPartyMember',
      );
    }),
    E.chainW((previous) =>
      previous === data.partyMember
        ? E.left(partyMembershipUnchanged(data.communityId, data.memberId, data.partyMember))
        : E.right(previous),
    ),
    E.map(() => [
      {
        type: PartyMembershipRecordedV2.type,
        schemaVersion: PartyMembershipRecordedV2.schemaVersion,
        data: {
          communityId: data.communityId,
          partyRegister: partyRegisterSubject(data.communityId),
          entry: { memberId: data.memberId, partyMember: data.partyMember },
          memberCount: Object.keys(state.members).length,
          partyMemberCount: state.partyMemberCount + (data.partyMember ? 1 : -1),
        } satisfies PartyMembershipRecordedV2Data,
      },
    ]),
  );
}
