/**
 * What a caller submits for each committee command: the `data` codec of each command line.
 */
import { Id, IsoTime, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { MemberId, Position } from './events.ts';

/** A member as submitted: pseudonymous id, name (stored as personal data), office, party membership. */
export const MemberInput = t.type(
  { memberId: MemberId, name: NonEmptyString, position: Position, partyMember: t.boolean },
  'MemberInput',
);
export type MemberInput = t.TypeOf<typeof MemberInput>;

/** 业委会选举: records the committee elected under a certified matter-3 vote. */
export const ElectCommitteeData = t.intersection(
  [t.type({ communityId: Id, voteId: Id, members: t.array(MemberInput) }), t.partial({ termEndsAt: IsoTime })],
  'ElectCommitteeData',
);
export type ElectCommitteeData = t.TypeOf<typeof ElectCommitteeData>;

/** 备案: the street office files the sitting committee under a filing number. */
export const FileCommitteeData = t.type({ communityId: Id, filingNumber: NonEmptyString }, 'FileCommitteeData');
export type FileCommitteeData = t.TypeOf<typeof FileCommitteeData>;

/**
 * 成员变更: under a certified matter-3 vote, one member leaves, one joins, or both.
 * `outgoingPartyMember` states the leaving member's party membership, required where the
 * ledger holds it sealed (the rule needs it for the public party-member count).
 */
export const ChangeCommitteeMemberData = t.intersection(
  [
    t.type({ communityId: Id, voteId: Id }),
    t.partial({ outgoingMemberId: MemberId, incomingMember: MemberInput, outgoingPartyMember: t.boolean }),
  ],
  'ChangeCommitteeMemberData',
);
export type ChangeCommitteeMemberData = t.TypeOf<typeof ChangeCommitteeMemberData>;

/**
 * 党员身份登记: records whether a sitting member is a party member. `previousPartyMember`
 * states the membership on record, required where the ledger holds it sealed.
 */
export const RecordPartyMembershipData = t.intersection(
  [
    t.type({ communityId: Id, memberId: MemberId, partyMember: t.boolean }),
    t.partial({ previousPartyMember: t.boolean }),
  ],
  'RecordPartyMembershipData',
);
export type RecordPartyMembershipData = t.TypeOf<typeof RecordPartyMembershipData>;
