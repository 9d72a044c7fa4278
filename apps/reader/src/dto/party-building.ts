/**
 * Party building 党建引领 in the property industry as the public sees it: the industry party
 * committees, the party organisations of property companies (单建 single / 联建 joint) with
 * the companies they cover and their member counts. Members are counted, never named.
 *
 * Reads governance's `partyBuilding` state.
 */
import { partyBuilding } from '@govledger/governance';
import { bool, count, list, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** The organisation forms (governance's ORGANISATION_FORMS). */
export const ORGANISATION_FORMS: readonly string[] = Object.keys(partyBuilding.ORGANISATION_FORMS);

/** One organisation, as governance's partyBuilding projection holds it. */
export type PartyOrganisationView = partyBuilding.PartyOrganisation;

/** The party-building state, as governance's partyBuilding projection holds it. */
export type PartyBuildingView = partyBuilding.PartyBuildingState;

/** One organisation as served. */
export interface PartyOrganisationDto {
  readonly organisationId: string;
  readonly committeeId: string;
  readonly form: string;
  readonly companyIds: readonly string[];
  readonly active: boolean;
  readonly registeredAt: string;
  readonly dissolvedAt: string | null;
  readonly memberCount: number;
  readonly memberCounts: readonly {
    readonly companyId: string;
    readonly memberCount: number;
    readonly countedAt: string;
  }[];
}

/** The party-building answer, without its ledger point. */
export interface PartyBuildingDto {
  readonly committees: readonly { readonly committeeId: string; readonly name: string }[];
  readonly companiesCovered: number;
  readonly partyMembersCovered: number;
  readonly byForm: readonly { readonly form: string; readonly organisations: number; readonly companies: number }[];
  readonly organisations: readonly PartyOrganisationDto[];
}

function organisationDto(o: PartyOrganisationView): PartyOrganisationDto {
  return {
    organisationId: o.organisationId,
    committeeId: o.committeeId,
    form: o.form,
    companyIds: [...o.companyIds],
    active: o.active,
    registeredAt: o.registeredAt,
    dissolvedAt: o.dissolvedAt,
    memberCount: o.memberCount,
    memberCounts: Object.keys(o.members)
      .sort()
      .map((companyId) => ({
        companyId,
        memberCount: o.members[companyId]!.memberCount,
        countedAt: o.members[companyId]!.countedAt,
      })),
  };
}

/** The party-building DTO; committees and organisations by id. */
export function partyBuildingDto(s: PartyBuildingView): PartyBuildingDto {
  return {
    committees: Object.keys(s.committees)
      .sort()
      .map((id) => ({ committeeId: s.committees[id]!.committeeId, name: s.committees[id]!.name })),
    companiesCovered: s.companiesCovered,
    partyMembersCovered: s.partyMembersCovered,
    byForm: ORGANISATION_FORMS.map((form) => ({
      form,
      organisations: s.byForm[form as partyBuilding.OrganisationForm]?.organisations ?? 0,
      companies: s.byForm[form as partyBuilding.OrganisationForm]?.companies ?? 0,
    })),
    organisations: Object.keys(s.organisations)
      .sort()
      .map((id) => organisationDto(s.organisations[id]!)),
  };
}

/** Schema of {@link PartyBuildingDto}'s properties. */
export const partyBuildingProperties: Record<string, Schema> = {
  committees: list(obj({ committeeId: str(), name: str() }), 'industry party committees 物业行业党委'),
  companiesCovered: count('companies in at least one active organisation'),
  partyMembersCovered: count('party members counted in active organisations'),
  byForm: list(
    obj({ form: oneOf(ORGANISATION_FORMS), organisations: count('active organisations'), companies: count() }),
  ),
  organisations: list(
    obj({
      organisationId: str(),
      committeeId: str(),
      form: oneOf(ORGANISATION_FORMS, 'single 单建 or joint 联建'),
      companyIds: list(str()),
      active: bool(),
      registeredAt: time(),
      dissolvedAt: nullable(time()),
      memberCount: count('sum of the latest count of each company'),
      memberCounts: list(obj({ companyId: str(), memberCount: count(), countedAt: time() })),
    }),
  ),
};
