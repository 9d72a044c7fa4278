/**
 * The party-building area 党建引领: the property industry's party committee 物业行业党委 and the
 * party organisations of property companies (单建 / 联建), with their members counted, not named.
 */
import type { AnyProjection, EventDefinition } from '@govledger/core';
import type { AnyCommandSpec } from '../command.ts';
import {
  DissolvePartyOrganisation,
  EstablishIndustryPartyCommittee,
  RecordPartyMembers,
  RegisterPartyOrganisation,
} from './commands.ts';
import {
  IndustryPartyCommitteeEstablished,
  PartyMembersRecorded,
  PartyOrganisationDissolved,
  PartyOrganisationRegistered,
} from './events.ts';
import { partyBuilding } from './project.ts';

export {
  type OrganisationState,
  type PartyCommitteeState,
  partyCommitteeAggregate,
  partyCommitteeStreamId,
} from './aggregate.ts';
export {
  DissolvePartyOrganisationData,
  EstablishIndustryPartyCommitteeData,
  RecordPartyMembersData,
  RegisterPartyOrganisationData,
} from './command-data.ts';
export {
  DissolvePartyOrganisation,
  EstablishIndustryPartyCommittee,
  RecordPartyMembers,
  RegisterPartyOrganisation,
} from './commands.ts';
export { MAX_JOINT_COMPANIES } from './decide.ts';
export type { PartyBuildingError } from './errors.ts';
export {
  IndustryPartyCommitteeEstablished,
  MemberCount as PartyMemberCount,
  ORGANISATION_FORMS,
  OrganisationForm,
  PartyMembersRecorded,
  PartyOrganisationDissolved,
  PartyOrganisationRegistered,
} from './events.ts';
export {
  type FormCounts,
  type MemberCountRecord,
  type PartyBuildingState,
  type PartyOrganisation,
  partyBuilding,
} from './project.ts';

/** Every event type of the party-building area. */
export const partyBuildingEvents: EventDefinition[] = [
  IndustryPartyCommitteeEstablished,
  PartyOrganisationRegistered,
  PartyMembersRecorded,
  PartyOrganisationDissolved,
];

/** Every party-building command. */
export const partyBuildingCommands: AnyCommandSpec[] = [
  EstablishIndustryPartyCommittee,
  RegisterPartyOrganisation,
  RecordPartyMembers,
  DissolvePartyOrganisation,
];

/** Every party-building projection, for the runner. */
export const partyBuildingProjections: AnyProjection[] = [partyBuilding];
