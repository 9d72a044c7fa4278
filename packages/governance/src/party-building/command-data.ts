/**
 * What a caller submits for each party-building command: the `data` codec of each command line.
 */
import { Id, IsoTime, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { MemberCount, OrganisationForm } from './events.ts';

/** Data of EstablishIndustryPartyCommittee. */
export const EstablishIndustryPartyCommitteeData = t.type(
  { committeeId: Id, name: NonEmptyString },
  'EstablishIndustryPartyCommittee',
);
export type EstablishIndustryPartyCommitteeData = t.TypeOf<typeof EstablishIndustryPartyCommitteeData>;

/** Data of RegisterPartyOrganisation: one company when `single`, two or more when `joint`. */
export const RegisterPartyOrganisationData = t.type(
  {
    committeeId: Id,
    organisationId: Id,
    form: OrganisationForm,
    companyIds: t.array(Id),
  },
  'RegisterPartyOrganisation',
);
export type RegisterPartyOrganisationData = t.TypeOf<typeof RegisterPartyOrganisationData>;

/** Data of RecordPartyMembers: a count, never names. */
export const RecordPartyMembersData = t.type(
  {
    committeeId: Id,
    organisationId: Id,
    companyId: Id,
    memberCount: MemberCount,
    countedAt: IsoTime,
  },
  'RecordPartyMembers',
);
export type RecordPartyMembersData = t.TypeOf<typeof RecordPartyMembersData>;

/** Data of DissolvePartyOrganisation. */
export const DissolvePartyOrganisationData = t.type(
  { committeeId: Id, organisationId: Id, reason: NonEmptyString },
  'DissolvePartyOrganisation',
);
export type DissolvePartyOrganisationData = t.TypeOf<typeof DissolvePartyOrganisationData>;
