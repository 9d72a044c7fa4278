/**
 * The roles an actor acts in. Every governance act names its actor and role, and every
 * command's rule says which roles may issue it.
 *
 * Actor ids: people act under their pseudonymous person id (`person-000123`), so a rule can
 * check that the complainant closes their own complaint or the registered owner casts a
 * unit's ballot; organisations act under their registered id (`company-…`, `bureau-zjg`).
 */
import * as t from 'io-ts';

/** Every role known to the domain, with the Chinese term it stands for. */
export const ROLES = {
  'housing-bureau': '住房和城乡建设局 (housing bureau)',
  'street-office': '街道办事处 / 镇政府 (street office / town government)',
  'community-committee': "社区居委会 (residents' committee)",
  'fund-centre': '维修资金管理中心 (maintenance fund centre)',
  'owners-committee': "业主委员会 (owners' committee)",
  'owners-assembly': "业主大会 (owners' assembly)",
  'preparatory-group': "首次业主大会会议筹备组 (preparatory group of the first owners' assembly)",
  owner: '业主 (owner)',
  resident: '居民 (resident)',
  'property-company': '物业服务企业 (property service company)',
  developer: '建设单位 (developer)',
  'party-committee': '党组织 (party organisation)',
  'joint-meeting': '四方联席会议 (four-party joint meeting)',
  'police-station': '派出所 (police station, takes part in joint meetings and carries out their resolutions)',
  'urban-management': '城管 (urban management, takes part in joint meetings and carries out their resolutions)',
  auditor: '审计 (auditor)',
  court: "人民法院 (people's court, which may revoke a decision of the owners' assembly)",
  system: '系统 (the ledger operator)',
} as const;

/** A role name. */
export type Role = keyof typeof ROLES;

/** Codec of a role name. */
export const Role = t.keyof(ROLES, 'Role');
