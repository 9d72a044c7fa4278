/**
 * Complaints and repair requests 投诉报修. Every day residents and owners file complaints
 * (about 450 × scale² a year, more in summer); each one is assigned with a due time, mostly
 * answered and resolved — some late, a few never — then closed with a satisfaction score,
 * reopened, or left; a few are escalated to a four-party joint meeting, whose resolution the
 * company then carries out.
 */
import type { ComplaintCategory } from '../complaints/events.ts';
import { DAY_MS, dayStart, HOUR_MS, MINUTE_MS, officeTimeAfter, PERIOD_DAYS, timeOfDay } from './calendar.ts';
import { act, type DemoActor, person, propertyCompany, residentsCommittee, streetOffice } from './command.ts';
import {
  CATEGORY_WEIGHTS,
  description,
  DUE_DAYS,
  ESCALATION_REASONS,
  reopenReason,
  resolution,
  response,
} from './complaint-texts.ts';
import { completeResolution, planMeeting } from './meeting.ts';
import { personProfile } from './people.ts';
import type { Random } from './random.ts';
import { emit, type Process, type Step, wait } from './scheduler.ts';
import type { Community, World } from './world.ts';

/** Complaints filed a year at scale 1. */
export const COMPLAINTS_PER_YEAR = 450;

interface Filing {
  readonly atMs: number;
  readonly community: Community;
  readonly complainant: { readonly n: number; readonly role: 'owner' | 'resident' };
  readonly unitId: string;
  readonly category: ComplaintCategory;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** An evening-friendly moment for a complainant: 07:30–22:00 CST, `delayMs` or more after `ms`. */
function residentTimeAfter(rng: Random, ms: number, delayMs: number): number {
  const at = ms + delayMs;
  const candidate = timeOfDay(rng, at, 7.5, 22);
  return candidate >= at ? candidate : timeOfDay(rng, at + DAY_MS, 7.5, 22);
}

function* complaint(world: World, rng: Random, filing: Filing): Generator<Step> {
  const complaintId = `c-${String(world.next('complaint')).padStart(7, '0')}`;
  const { community, category } = filing;
  const companyId = community.companyId;
  const company = propertyCompany(companyId);
  const profile = personProfile(world.seed, filing.complainant.n);
  const complainant = person(profile.id, filing.complainant.role);
  const onIt = { complaintId };
  let t = filing.atMs;
  yield emit(
    t,
    act('FileComplaint', complainant, t, {
      complaintId,
      communityId: community.id,
      companyId,
      category,
      complainantId: profile.id,
      complainantName: profile.name,
      complainantPhone: profile.phone,
      description: description(rng, category, filing.unitId),
    }),
  );
  t = officeTimeAfter(rng, t, rng.between(10, 600) * MINUTE_MS);
  const assigner: DemoActor =
    rng.weighted({ company: 70, committee: 20, office: 10 }) === 'company'
      ? company
      : rng.chance(0.67)
        ? residentsCommittee(community.id)
        : streetOffice(community.town.id);
  let dueAt = t + DUE_DAYS[category] * DAY_MS;
  yield emit(t, act('AssignComplaint', assigner, t, { ...onIt, assigneeCompanyId: companyId, dueAt: iso(dueAt) }));

  if (rng.chance(0.025)) {
    t = officeTimeAfter(rng, t, rng.between(1, 3) * DAY_MS);
    const meetingId = `jm-${String(world.next('meeting')).padStart(5, '0')}`;
    const escalator = rng.chance(0.6) ? residentsCommittee(community.id) : streetOffice(community.town.id);
    yield emit(
      t,
      act('EscalateComplaint', escalator, t, {
        ...onIt,
        jointMeetingId: meetingId,
        reason: rng.pick(ESCALATION_REASONS),
      }),
    );
    t = officeTimeAfter(rng, t, rng.between(2, 6) * DAY_MS);
    yield wait(t);
    const meeting = planMeeting(
      rng,
      meetingId,
      community,
      t,
      [{ kind: 'escalated-complaint', summary: `投诉${complaintId}：多方协调事项`, complaintId }],
      1,
    );
    yield emit(t, meeting.convene);
    const [first] = meeting.resolutions;
    if (!first) return;
    yield emit(Date.parse(first.command.occurredAt), first.command);
    t = officeTimeAfter(rng, Date.parse(first.command.occurredAt), 2 * HOUR_MS);
    dueAt = first.plan.dueAtMs;
    yield emit(t, act('AssignComplaint', escalator, t, { ...onIt, assigneeCompanyId: companyId, dueAt: iso(dueAt) }));
    t = officeTimeAfter(rng, t, Math.floor((dueAt - t) * rng.uniform(0.3, 0.8)));
    yield emit(t, act('ResolveComplaint', company, t, { ...onIt, resolution: '已按联席会议决议整改完毕' }));
    t = officeTimeAfter(rng, t, 4 * HOUR_MS);
    yield emit(t, completeResolution(meetingId, first.plan, t));
    if (rng.chance(0.7)) {
      t = residentTimeAfter(rng, t, rng.between(6, 72) * HOUR_MS);
      yield emit(t, act('CloseComplaint', complainant, t, { ...onIt, satisfaction: rng.pick([3, 4, 4, 5, 5]) }));
    }
    return;
  }

  if (rng.chance(0.6)) {
    t = officeTimeAfter(rng, t, rng.between(1, 20) * HOUR_MS);
    yield emit(t, act('RespondToComplaint', company, t, { ...onIt, response: response(rng) }));
  }
  const fate = rng.float();
  if (fate < 0.04) return; // never resolved: it stays open, and overdue
  const late = fate < 0.13 || t >= dueAt;
  t = late
    ? officeTimeAfter(rng, Math.max(t, dueAt), rng.between(1, 10) * DAY_MS)
    : t + MINUTE_MS + Math.floor((dueAt - t - MINUTE_MS) * rng.uniform(0.1, 0.9));
  yield emit(t, act('ResolveComplaint', company, t, { ...onIt, resolution: resolution(rng) }));

  const after = rng.float();
  if (after < 0.08) {
    t = residentTimeAfter(rng, t, rng.between(12, 96) * HOUR_MS);
    yield emit(t, act('ReopenComplaint', complainant, t, { ...onIt, reason: reopenReason(rng) }));
    t = officeTimeAfter(rng, t, rng.between(1, 24) * HOUR_MS);
    dueAt = t + 3 * DAY_MS;
    yield emit(t, act('AssignComplaint', company, t, { ...onIt, assigneeCompanyId: companyId, dueAt: iso(dueAt) }));
    t += Math.floor((dueAt - t) * rng.uniform(0.2, 0.9));
    yield emit(t, act('ResolveComplaint', company, t, { ...onIt, resolution: '返工处理完毕，经业主确认' }));
    if (rng.chance(0.7)) {
      t = residentTimeAfter(rng, t, rng.between(6, 72) * HOUR_MS);
      yield emit(t, act('CloseComplaint', complainant, t, { ...onIt, satisfaction: rng.pick([2, 3, 3, 4]) }));
    }
  } else if (after < 0.83) {
    t = residentTimeAfter(rng, t, rng.between(6, 120) * HOUR_MS);
    const satisfaction = late ? rng.pick([1, 2, 2, 3, 3, 4]) : rng.pick([3, 4, 4, 5, 5, 5]);
    yield emit(t, act('CloseComplaint', complainant, t, { ...onIt, satisfaction }));
  }
}

function cumulative(world: World): { totals: number[]; total: number } {
  const totals: number[] = [];
  let total = 0;
  for (const c of world.communities) {
    total += c.roster.units.length;
    totals.push(total);
  }
  return { totals, total };
}

function filingOn(world: World, rng: Random, atMs: number, weights: { totals: number[]; total: number }): Filing {
  const r = rng.int(weights.total);
  let lo = 0;
  let hi = weights.totals.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((weights.totals[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  const community = world.communities[lo] as Community;
  const { owners, units, tenants } = community.roster;
  const owner = rng.chance(0.65) ? rng.pick(owners) : null;
  if (owner && owner.person !== null) {
    const complainant = { n: owner.person, role: 'owner' as const };
    return {
      atMs,
      community,
      complainant,
      unitId: owner.unitIds[0] ?? '1-1-101',
      category: rng.weighted(CATEGORY_WEIGHTS),
    };
  }
  const complainant = { n: rng.pick(tenants), role: 'resident' as const };
  const unitId = rng.pick(units).unitId;
  return { atMs, community, complainant, unitId, category: rng.weighted(CATEGORY_WEIGHTS) };
}

/** The source of complaints: day by day, it starts one process per complaint filed. */
export function* complaintSource(world: World, rng: Random): Generator<Step> {
  const weights = cumulative(world);
  const perDay = (COMPLAINTS_PER_YEAR * world.scale * world.scale) / 365;
  let filed = 0;
  for (let day = 3; day < PERIOD_DAYS; day++) {
    const season = 1 + 0.3 * Math.sin(((day % 365) / 365) * 2 * Math.PI - Math.PI / 2);
    const count = rng.poisson(perDay * season);
    const times = Array.from({ length: count }, () => timeOfDay(rng, dayStart(day), 7, 22)).sort((a, b) => a - b);
    for (const at of times) {
      yield wait(at);
      const filing = filingOn(world, rng, at, weights);
      const process: Process = complaint(world, rng.fork(`complaint-${++filed}`), filing);
      yield { atMs: at, spawn: [process] };
    }
  }
}
