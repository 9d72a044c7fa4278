/**
 * `@govledger/governance` — the property-governance domain of Zhangjiagang's "red property
 * management" (红色物业): complaints, owners' votes under Civil Code art. 278, maintenance
 * funds, public income, ratings and the red-black list, coverage of old communities, party
 * building, pilots and demonstration sites, joint meetings and notices.
 *
 * @module \@govledger/governance
 */
export * from './catalogue.ts';
export { AREA_UPCASTERS, makeGovernanceUpcasters } from './upcasters.ts';
export * from './command.ts';
export * from './command-registry.ts';
export * from './roles.ts';
export * from './authorisation.ts';
export * from './submit.ts';
export * from './submit-error.ts';
export * from './sealing.ts';
export * as complaints from './complaints/index.ts';
export * as votes from './votes/index.ts';
export * as fund from './fund/index.ts';
export * as committees from './committees/index.ts';
export * as publicIncome from './public-income/index.ts';
export * as ratings from './ratings/index.ts';
export * as registry from './registry/index.ts';
export * as coverage from './old-community-coverage/index.ts';
export * as partyBuilding from './party-building/index.ts';
export * as pilots from './pilots/index.ts';
export * as jointMeetings from './joint-meetings/index.ts';
export * as notices from './notices/index.ts';
export * as units from './units/index.ts';
export * as demo from './demo/index.ts';
export * as city from './city-policy/index.ts';
export * as audit from './audit/index.ts';
