/**
 * The events of owners' committees 业主委员会, one stream per community,
 * `committee-<communityId>`: election after a certified matter-3 vote, filing with the street
 * office (备案), member changes, and members' party membership (红色业委会). Each event
 * carries the member and party-member counts after the act, so the public projection needs
 * no per-member data. A member's name is personal data of the member (`memberId`).
 */
import {
  checkedString,
  type DataOf,
  defineEvent,
  type EventDefinition,
  type EventOf,
  isEventOf,
  Id,
  IsoTime,
  NonEmptyString,
  personal,
} from '@govledger/core';
import * as t from 'io-ts';
import { Quantity } from '../votes/events.ts';

/** A member's pseudonymous person id such as `person-7f3a`: never a name, phone or ID number. */
export const MemberId = checkedString(
  'MemberId',
  (s) => /^person-[A-Za-z0-9._-]{1,120}$/.test(s),
  'a pseudonymous person id like person-7f3a',
);

/** A member's office on the committee: 主任, 副主任 or 委员. */
export const Position = t.keyof({ chair: null, 'vice-chair': null, member: null }, 'Position');
export type Position = t.TypeOf<typeof Position>;

/** A committee member as elected. */
export const CommitteeMember = t.type(
  { memberId: MemberId, name: personal(t.string, 'memberId'), position: Position, partyMember: t.boolean },
  'CommitteeMember',
);
export type CommitteeMember = t.TypeOf<typeof CommitteeMember>;

/** Counts after the act: sitting members and party members among them. */
const counts = { memberCount: Quantity, partyMemberCount: Quantity };

/** 业委会选举产生: the owners elected a committee under the certified matter-3 vote `voteId`. */
export const CommitteeElected = defineEvent(
  'CommitteeElected',
  t.intersection([
    t.type({ communityId: Id, voteId: Id, members: t.array(CommitteeMember), ...counts }),
    t.partial({ termEndsAt: IsoTime }),
  ]),
);

/** 备案: the street office filed the committee (again, after member changes). */
export const CommitteeFiled = defineEvent(
  'CommitteeFiled',
  t.type({ communityId: Id, filingNumber: NonEmptyString, memberCount: Quantity }),
);

/** 成员变更: under the certified matter-3 vote `voteId`, a member left, a member joined, or both. */
export const CommitteeMemberChanged = defineEvent(
  'CommitteeMemberChanged',
  t.type({
    communityId: Id,
    voteId: Id,
    outgoingMemberId: t.union([MemberId, t.null]),
    incomingMember: t.union([CommitteeMember, t.null]),
    ...counts,
  }),
);

/** 党员身份登记: a member's party membership was recorded (or corrected). */
export const PartyMembershipRecorded = defineEvent(
  'PartyMembershipRecorded',
  t.type({ communityId: Id, memberId: MemberId, partyMember: t.boolean, ...counts }),
);

/**
 * A committee member as elected (schema 2): the party-membership flag is sealed under the
 * member's personal-data key, so no leaf links a person to a political affiliation in plain
 * text and `forget` erases it; the event's counts stay public.
 */
export const CommitteeMemberV2 = t.type(
  {
    memberId: MemberId,
    name: personal(t.string, 'memberId'),
    position: Position,
    partyMember: personal(t.boolean, 'memberId'),
  },
  'CommitteeMemberV2',
);

/** 业委会选举产生 (schema 2): as schema 1, each member's party flag sealed. */
export const CommitteeElectedV2 = defineEvent(
  'CommitteeElected',
  t.intersection([
    t.type({ communityId: Id, voteId: Id, members: t.array(CommitteeMemberV2), ...counts }),
    t.partial({ termEndsAt: IsoTime }),
  ]),
  2,
);

/** 成员变更 (schema 2): as schema 1, the incoming member's party flag sealed. */
export const CommitteeMemberChangedV2 = defineEvent(
  'CommitteeMemberChanged',
  t.type({
    communityId: Id,
    voteId: Id,
    outgoingMemberId: t.union([MemberId, t.null]),
    incomingMember: t.union([CommitteeMemberV2, t.null]),
    ...counts,
  }),
  2,
);

/** Whose membership was recorded, and as what: sealed together in {@link PartyMembershipRecordedV2}. */
export const PartyMembershipEntry = t.type({ memberId: MemberId, partyMember: t.boolean }, 'PartyMembershipEntry');

/** The key-store subject of a community's party-membership register (kept by the street office). */
export function partyRegisterSubject(communityId: string): string {
  return `party-register-${communityId}`;
}

/**
 * 党员身份登记 (schema 2): a sitting member's party membership was recorded (or corrected).
 * The member and the flag are sealed together under the register's key: the public count
 * changes by one with every such act, so a public member id would reveal the flag.
 */
export const PartyMembershipRecordedV2 = defineEvent(
  'PartyMembershipRecorded',
  t.type({
    communityId: Id,
    partyRegister: NonEmptyString,
    entry: personal(PartyMembershipEntry, 'partyRegister'),
    ...counts,
  }),
  2,
);

/** The `data` of a {@link CommitteeElectedV2} event. */
export type CommitteeElectedV2Data = DataOf<typeof CommitteeElectedV2>;
/** The `data` of a {@link CommitteeMemberChangedV2} event. */
export type CommitteeMemberChangedV2Data = DataOf<typeof CommitteeMemberChangedV2>;
/** The `data` of a {@link PartyMembershipRecordedV2} event. */
export type PartyMembershipRecordedV2Data = DataOf<typeof PartyMembershipRecordedV2>;

/** The `data` of a {@link CommitteeElected} event. */
export type CommitteeElectedData = DataOf<typeof CommitteeElected>;
/** The `data` of a {@link CommitteeFiled} event. */
export type CommitteeFiledData = DataOf<typeof CommitteeFiled>;
/** The `data` of a {@link CommitteeMemberChanged} event. */
export type CommitteeMemberChangedData = DataOf<typeof CommitteeMemberChanged>;
/** The `data` of a {@link PartyMembershipRecorded} event. */
export type PartyMembershipRecordedData = DataOf<typeof PartyMembershipRecorded>;

/** Every committee event definition, for the governance catalogue. */
export const committeeEvents = [
  CommitteeElected,
  CommitteeElectedV2,
  CommitteeFiled,
  CommitteeMemberChanged,
  CommitteeMemberChangedV2,
  PartyMembershipRecorded,
  PartyMembershipRecordedV2,
] satisfies EventDefinition[];

/**
 * A committee event as the committee's fold receives it: `switch (event.type)` narrows
 * `data` to the type's schema versions, and `event.schemaVersion` narrows further.
 */
export type CommitteeEvent = EventOf<(typeof committeeEvents)[number]>;

/** True for a committee event of the log (a projection's first step: other events pass over). */
export const isCommitteeEvent = isEventOf(committeeEvents);

/** The committee stream of one community. */
export function committeeStreamId(communityId: string): string {
  return `committee-${communityId}`;
}
