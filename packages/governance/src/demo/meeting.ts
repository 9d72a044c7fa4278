/**
 * Four-party joint meetings 四方联席会议 as the demo holds them: convened by the community's
 * party organisation with the residents' committee, the owners' committee (or residents'
 * council) and the property company, often with police or urban management; the meeting
 * records its resolutions and the responsible party later reports each one done.
 */
import { DAY_MS, MINUTE_MS } from './calendar.ts';
import {
  act,
  communityParty,
  type DemoActor,
  type DemoCommand,
  propertyCompany,
  residentsCommittee,
} from './command.ts';
import type { Random } from './random.ts';
import type { Community } from './world.ts';
import { ownersBody } from './world.ts';

/** A topic as the meeting lists it. */
export interface Topic {
  readonly kind: 'livelihood' | 'parking' | 'waste-sorting' | 'escalated-complaint' | 'other';
  readonly summary: string;
  readonly complaintId?: string;
}

/** One resolution: what was decided, who answers for it, when it is due. */
export interface PlannedResolution {
  readonly resolutionId: string;
  readonly decision: string;
  readonly responsible: { readonly organisationId: string; readonly actor: DemoActor };
  readonly dueAtMs: number;
}

/** Everything a meeting records. */
export interface PlannedMeeting {
  readonly meetingId: string;
  readonly convene: DemoCommand;
  readonly resolutions: readonly { readonly command: DemoCommand; readonly plan: PlannedResolution }[];
}

const DECISIONS = [
  '由物业企业牵头整改，社区居委会督办，限期完成',
  '规划增设非机动车停放区和充电设施，物业企业负责实施',
  '城管部门对占道经营依法处置，物业企业配合清理',
  '公安派出所加强夜间巡逻，物业企业完善监控设施',
  '调整垃圾分类投放点位置和清运时间，物业企业落实',
];

/**
 * Plans a meeting in `community` at `atMs` on `topics` with `resolutionCount` resolutions,
 * due 10–45 days later (the first one made the property company's).
 */
export function planMeeting(
  rng: Random,
  meetingId: string,
  community: Community,
  atMs: number,
  topics: readonly Topic[],
  resolutionCount: number,
): PlannedMeeting {
  const town = community.town.id;
  const parties = [
    { kind: 'community-party-organisation', organisationId: `cpo-${community.id}` },
    { kind: 'residents-committee', organisationId: `rc-${community.id}` },
    ownersBody(community),
    { kind: 'property-company', organisationId: community.companyId },
  ];
  if (rng.chance(0.5)) parties.push({ kind: 'police', organisationId: `police-${town}` });
  if (rng.chance(0.4)) parties.push({ kind: 'urban-management', organisationId: `urban-management-${town}` });
  const convene = act('ConveneJointMeeting', communityParty(community.id), atMs, {
    meetingId,
    communityId: community.id,
    parties,
    topics: topics.map((t) => ({ ...t })),
  });
  const responsibleOf = (i: number): PlannedResolution['responsible'] => {
    if (i === 0) return { organisationId: community.companyId, actor: propertyCompany(community.companyId) };
    const party = rng.pick(parties.slice(1));
    if (party.kind === 'property-company')
      return { organisationId: party.organisationId, actor: propertyCompany(party.organisationId) };
    if (party.kind === 'residents-committee')
      return { organisationId: party.organisationId, actor: residentsCommittee(community.id) };
    // Parties without a role of their own report through the convening party organisation.
    return { organisationId: party.organisationId, actor: communityParty(community.id) };
  };
  const recorder: DemoActor = { id: `jm-${meetingId}`, role: 'joint-meeting' };
  const resolutions = Array.from({ length: resolutionCount }, (_, i) => {
    const at = atMs + (i + 1) * 5 * MINUTE_MS;
    const plan: PlannedResolution = {
      resolutionId: `${meetingId}-r${i + 1}`,
      decision: rng.pick(DECISIONS),
      responsible: responsibleOf(i),
      dueAtMs: atMs + rng.between(10, 45) * DAY_MS,
    };
    const command = act('RecordResolution', recorder, at, {
      meetingId,
      resolutionId: plan.resolutionId,
      decision: plan.decision,
      responsibleOrganisationId: plan.responsible.organisationId,
      dueAt: new Date(plan.dueAtMs).toISOString(),
    });
    return { command, plan };
  });
  return { meetingId, convene, resolutions };
}

/** The command reporting `plan` done at `atMs`. */
export function completeResolution(meetingId: string, plan: PlannedResolution, atMs: number): DemoCommand {
  return act('CompleteResolution', plan.responsible.actor, atMs, {
    meetingId,
    resolutionId: plan.resolutionId,
    outcome: '已按决议完成整改，经社区复查确认',
  });
}
