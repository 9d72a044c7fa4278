/**
 * The commands the demo submits, and the actors who issue them: every act names who did it
 * and in which role, exactly as a caller of `govledger submit` would.
 */
import type { Role } from '../roles.ts';
import { iso } from './calendar.ts';

/** An actor of the demo: an id and one of the domain's roles. */
export interface DemoActor {
  readonly id: string;
  readonly role: Role;
}

/** One submitted command: the JSON value of one line of `govledger submit`. */
export interface DemoCommand {
  readonly command: string;
  readonly actor: DemoActor;
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

/** The command `command` issued by `actor` at `atMs` with `data`. */
export function act(command: string, actor: DemoActor, atMs: number, data: Record<string, unknown>): DemoCommand {
  return { command, actor, occurredAt: iso(atMs), data };
}

/** 张家港市住房和城乡建设局. */
export const HOUSING_BUREAU: DemoActor = { id: 'zjg-housing-bureau', role: 'housing-bureau' };
/** 张家港市住宅专项维修资金管理中心. */
export const FUND_CENTRE: DemoActor = { id: 'zjg-fund-centre', role: 'fund-centre' };
/** 张家港市物业服务行业党委 (the property industry's party committee). */
export const INDUSTRY_PARTY_COMMITTEE: DemoActor = {
  id: 'zjg-property-industry-party-committee',
  role: 'party-committee',
};

/** The street office 街道办事处 / town government of a town. */
export const streetOffice = (townId: string): DemoActor => ({ id: `so-${townId}`, role: 'street-office' });
/** A property company acting for itself. */
export const propertyCompany = (companyId: string): DemoActor => ({ id: companyId, role: 'property-company' });
/** A community's owners' committee 业委会. */
export const ownersCommittee = (communityId: string): DemoActor => ({
  id: `oc-${communityId}`,
  role: 'owners-committee',
});
/** A community's owners' assembly 业主大会. */
export const ownersAssembly = (communityId: string): DemoActor => ({
  id: `oa-${communityId}`,
  role: 'owners-assembly',
});
/**
 * The preparatory group 筹备组 of a community's first owners' assembly, in a role of its own:
 * it convenes and runs the first committee election (and may certify its result).
 */
export const preparatoryGroup = (communityId: string): DemoActor => ({
  id: `prep-${communityId}`,
  role: 'preparatory-group',
});
/** A community's residents' committee 居委会. */
export const residentsCommittee = (communityId: string): DemoActor => ({
  id: `rc-${communityId}`,
  role: 'community-committee',
});
/** A community's party organisation 社区党组织. */
export const communityParty = (communityId: string): DemoActor => ({
  id: `cpo-${communityId}`,
  role: 'party-committee',
});
/** The developer 建设单位 of a community, voting for its unsold units or awarding its tender. */
export const developer = (communityId: string): DemoActor => ({ id: `dev-${communityId}`, role: 'developer' });
/** A person acting for themselves, as an owner or a (renting) resident. */
export const person = (id: string, role: 'owner' | 'resident'): DemoActor => ({ id, role });
