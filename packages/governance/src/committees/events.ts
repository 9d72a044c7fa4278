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

/** The `data` of a {@link CommitteeElected} event. */
export type CommitteeElectedData = DataOf<typeof CommitteeElected>;
/** The `data` of a {@link CommitteeFiled} event. */
export type CommitteeFiledData = DataOf<typeof CommitteeFiled>;
/** The `data` of a {@link CommitteeMemberChanged} event. */
export type CommitteeMemberChangedData = DataOf<typeof CommitteeMemberChanged>;
/** The `data` of a {@link PartyMembershipRecorded} event. */
export type PartyMembershipRecordedData = DataOf<typeof PartyMembershipRecorded>;

/** Every committee event definition, for the governance catalogue. */
export const committeeEvents: EventDefinition[] = [
  CommitteeElected,
  CommitteeFiled,
  CommitteeMemberChanged,
  PartyMembershipRecorded,
];

/** The committee stream of one community. */
export function committeeStreamId(communityId: string): string {
  return `committee-${communityId}`;
}
