/**
 * Commands of the party-building area: every one acts on the committee's stream
 * `party-committee-<committeeId>`; registering an organisation consults its companies'
 * streams. Data codecs are in `command-data.ts`, the rules in `decide.ts`.
 */
import type { CommandSpec } from '../command.ts';
import { companyAggregate, companyStreamId } from '../registry/aggregate.ts';
import { type PartyCommitteeState, partyCommitteeAggregate, partyCommitteeStreamId } from './aggregate.ts';
import {
  DissolvePartyOrganisationData,
  EstablishIndustryPartyCommitteeData,
  RecordPartyMembersData,
  RegisterPartyOrganisationData,
} from './command-data.ts';
import {
  companyKey,
  type OrganisationCompanies,
  decideDissolvePartyOrganisation,
  decideEstablishIndustryPartyCommittee,
  decideRecordPartyMembers,
  decideRegisterPartyOrganisation,
  MAX_JOINT_COMPANIES,
} from './decide.ts';

const onCommittee = {
  streamId: (data: { committeeId: string }) => partyCommitteeStreamId(data.committeeId),
  aggregate: partyCommitteeAggregate,
};

/** EstablishIndustryPartyCommittee on `party-committee-<id>`. */
export const EstablishIndustryPartyCommittee: CommandSpec<EstablishIndustryPartyCommitteeData, PartyCommitteeState> = {
  name: 'EstablishIndustryPartyCommittee',
  data: EstablishIndustryPartyCommitteeData,
  ...onCommittee,
  decide: decideEstablishIndustryPartyCommittee,
};

/** RegisterPartyOrganisation on `party-committee-<id>`, consulting each named company. */
export const RegisterPartyOrganisation: CommandSpec<
  RegisterPartyOrganisationData,
  PartyCommitteeState,
  OrganisationCompanies
> = {
  name: 'RegisterPartyOrganisation',
  data: RegisterPartyOrganisationData,
  ...onCommittee,
  related: (data) =>
    // Beyond the maximum the rule refuses before reading any company, so read no more streams.
    [...new Set(data.companyIds)].slice(0, MAX_JOINT_COMPANIES).map((companyId) => ({
      key: companyKey(companyId),
      streamId: companyStreamId(companyId),
      aggregate: companyAggregate,
    })),
  decide: decideRegisterPartyOrganisation,
};

/** RecordPartyMembers on `party-committee-<id>`. */
export const RecordPartyMembers: CommandSpec<RecordPartyMembersData, PartyCommitteeState> = {
  name: 'RecordPartyMembers',
  data: RecordPartyMembersData,
  ...onCommittee,
  decide: decideRecordPartyMembers,
};

/** DissolvePartyOrganisation on `party-committee-<id>`. */
export const DissolvePartyOrganisation: CommandSpec<DissolvePartyOrganisationData, PartyCommitteeState> = {
  name: 'DissolvePartyOrganisation',
  data: DissolvePartyOrganisationData,
  ...onCommittee,
  decide: decideDissolvePartyOrganisation,
};
