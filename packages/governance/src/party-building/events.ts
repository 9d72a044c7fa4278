/**
 * Events of party-building coverage 党建引领: the property industry's party committee
 * 物业行业党委 is established, property companies' party organisations 党组织 are registered
 * under it (单建 one company, 联建 several jointly), their party members are counted, and
 * organisations are dissolved. Members are counted, never named: no event holds personal data.
 */
import { type DataOf, defineEvent, type EventOf, isEventOf, Id, IsoTime, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { boundedInteger } from '../ratings/score.ts';

/** How an organisation is formed, with the source document's term. */
export const ORGANISATION_FORMS = {
  single: '单建 (formed in one company)',
  joint: '联建 (formed jointly by several companies)',
} as const;

/** Codec of an organisation form. */
export const OrganisationForm = t.keyof(ORGANISATION_FORMS, 'OrganisationForm');
export type OrganisationForm = t.TypeOf<typeof OrganisationForm>;

/** Codec of a number of party members: a whole number from 0 to 100,000. */
export const MemberCount = boundedInteger('MemberCount', 0, 100_000);

/** The property industry's party committee 物业行业党委 was established. */
export const IndustryPartyCommitteeEstablished = defineEvent(
  'IndustryPartyCommitteeEstablished',
  t.type({ committeeId: Id, name: NonEmptyString }),
);

/** A party organisation was registered under the committee for one company (single) or several (joint). */
export const PartyOrganisationRegistered = defineEvent(
  'PartyOrganisationRegistered',
  t.type({
    committeeId: Id,
    organisationId: Id,
    form: OrganisationForm,
    companyIds: t.array(Id),
  }),
);

/**
 * The number of party members working in one of an organisation's companies, as counted on
 * `countedAt` (ISO-8601 UTC). It replaces that company's earlier count.
 */
export const PartyMembersRecorded = defineEvent(
  'PartyMembersRecorded',
  t.type({
    committeeId: Id,
    organisationId: Id,
    companyId: Id,
    memberCount: MemberCount,
    countedAt: IsoTime,
  }),
);

/** A party organisation was dissolved; its companies and members are no longer covered by it. */
export const PartyOrganisationDissolved = defineEvent(
  'PartyOrganisationDissolved',
  t.type({ committeeId: Id, organisationId: Id, reason: NonEmptyString }),
);

/** Data of {@link IndustryPartyCommitteeEstablished}. */
export type IndustryPartyCommitteeEstablishedData = DataOf<typeof IndustryPartyCommitteeEstablished>;
/** Data of {@link PartyOrganisationRegistered}. */
export type PartyOrganisationRegisteredData = DataOf<typeof PartyOrganisationRegistered>;
/** Data of {@link PartyMembersRecorded}. */
export type PartyMembersRecordedData = DataOf<typeof PartyMembersRecorded>;
/** Data of {@link PartyOrganisationDissolved}. */
export type PartyOrganisationDissolvedData = DataOf<typeof PartyOrganisationDissolved>;

/** A party-building event as the area's folds receive it: `switch (event.type)` narrows `data`. */
export type PartyBuildingEvent = EventOf<
  | typeof IndustryPartyCommitteeEstablished
  | typeof PartyOrganisationRegistered
  | typeof PartyMembersRecorded
  | typeof PartyOrganisationDissolved
>;

/** True for a party-building event of the log (a projection's first step: other events pass over). */
export const isPartyBuildingEvent = isEventOf([
  IndustryPartyCommitteeEstablished,
  PartyOrganisationRegistered,
  PartyMembersRecorded,
  PartyOrganisationDissolved,
]);
