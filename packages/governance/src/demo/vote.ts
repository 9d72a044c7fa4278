/**
 * One owners' vote 业主大会表决 through the whole procedure: convened on a matter of Civil Code
 * art. 278 (by the owners' committee, or the preparatory group for a first assembly), the
 * electorate derived from the unit register for its scope (the community, or the buildings
 * that share the cost), notice of the assembly and its agenda given 15 to 17 days before
 * voting opens, voting open for two to three weeks, ballots cast (a few replaced), voting
 * closed after the announced time, the objection period (an owner now and then objects and
 * the street office inspects the ballots), the result certified after the period with the
 * outcome the demo computed, and the result published as a notice.
 * What follows a certified result (a fund use, a tender, a committee) is the caller's.
 */
import type { VoteOutcome } from '../votes/events.ts';
import type { Matter } from '../votes/matters.ts';
import { type BallotPlan, type Intent, planBallots } from './ballot-plan.ts';
import { demoBlinding, demoCount } from './ballot-secrets.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS, officeTimeAfter, timeOfDay } from './calendar.ts';
import { act, type DemoActor, developer, ownersCommittee, person, streetOffice } from './command.ts';
import type { Random } from './random.ts';
import type { Owner } from './roster.ts';
import { buildingId } from './unit-register-story.ts';
import { emit, type Step } from './scheduler.ts';
import type { Community, World } from './world.ts';

/** A vote to hold. */
export interface VoteSpec {
  readonly community: Community;
  readonly matter: Matter;
  readonly title: string;
  readonly intent: Intent;
  /** Matter 5: the amount of the fund the owners are asked to use. */
  readonly requestedAmountFen?: number;
  /** Who convenes and runs the vote: the owners' committee, or the preparatory group of a first assembly. */
  readonly convener: DemoActor;
  /** The buildings whose owners vote (and pay), when not the whole community. */
  readonly buildings?: readonly number[];
}

/** What a vote came to: its id, the certified outcome, and when it was certified. */
export interface VoteResult {
  readonly voteId: string;
  readonly outcome: VoteOutcome;
  readonly certifiedAtMs: number;
}

/** Casts the plan's ballots; returns the blindings of the ballots that count (each owner's last). */
function* ballots(
  seed: number,
  rng: Random,
  voteId: string,
  plan: BallotPlan,
  opensAt: number,
  closesAt: number,
  community: Community,
): Generator<Step, string[]> {
  const span = closesAt - opensAt - 2 * MINUTE_MS;
  const casts: { at: number; actor: DemoActor; choice: string; blinding: string }[] = [];
  const counted: string[] = [];
  for (const ballot of plan.ballots) {
    const { ownerId } = ballot.owner;
    const actor = ballot.owner.kind === 'developer-unsold' ? developer(community.id) : person(ownerId, 'owner');
    const at = opensAt + MINUTE_MS + Math.floor(span * rng.float() ** 1.6);
    if (ballot.firstChoice !== null) {
      const first = opensAt + MINUTE_MS + Math.floor((at - opensAt - MINUTE_MS) * rng.float());
      const last = demoBlinding(seed, voteId, ownerId, 2);
      casts.push({ at: first, actor, choice: ballot.firstChoice, blinding: demoBlinding(seed, voteId, ownerId, 1) });
      casts.push({ at: Math.max(at, first + MINUTE_MS), actor, choice: ballot.choice, blinding: last });
      counted.push(last);
    } else {
      const only = demoBlinding(seed, voteId, ownerId, 1);
      casts.push({ at, actor, choice: ballot.choice, blinding: only });
      counted.push(only);
    }
  }
  casts.sort((a, b) => a.at - b.at);
  for (const c of casts) {
    yield emit(c.at, act('CastBallot', c.actor, c.at, { voteId, choice: c.choice, blinding: c.blinding }));
  }
  return counted;
}

/**
 * The owners who vote on a scope, each with the area of their units in it (one head each,
 * as the unit register derives them): every owner for the whole community.
 */
export function ownersInScope(community: Community, buildings: readonly number[] | undefined): Owner[] {
  if (buildings === undefined) return [...community.roster.owners];
  const wanted = new Set(buildings);
  const byOwner = new Map<string, Owner>();
  const owners = new Map(community.roster.owners.map((o) => [o.ownerId, o]));
  for (const u of community.roster.units) {
    if (!wanted.has(u.building)) continue;
    const owner = owners.get(u.ownerId);
    if (!owner) continue;
    const scoped = byOwner.get(u.ownerId) ?? { ...owner, areaM2Hundredths: 0, unitIds: [] };
    scoped.areaM2Hundredths += u.areaM2Hundredths;
    scoped.unitIds.push(u.unitId);
    byOwner.set(u.ownerId, scoped);
  }
  return [...byOwner.values()];
}

/** Days of notice before voting opens (物业管理条例 art. 14), and the objection period of the default policy. */
const NOTICE_DAYS = 15;
const OBJECTION_DAYS = 7;
/** The share of votes an owner objects to during the objection period. */
const OBJECTION_CHANCE = 0.08;

/**
 * Now and then an owner who voted objects within the objection period and the street office
 * inspects the sealed ballots on that objection (they agree with the committed tally).
 * Returns when the inspection was recorded, or null when nobody objected.
 */
function* objectionPeriod(
  rng: Random,
  voteId: string,
  plan: BallotPlan,
  closedAt: number,
  community: Community,
): Generator<Step, number | null> {
  if (plan.ballots.length === 0 || !rng.chance(OBJECTION_CHANCE)) return null;
  const objector = rng.pick(plan.ballots).owner;
  const actor = objector.kind === 'developer-unsold' ? developer(community.id) : person(objector.ownerId, 'owner');
  const objectedAt = officeTimeAfter(rng, closedAt, rng.between(1, 3) * DAY_MS);
  const objectionId = `obj-${voteId}`;
  yield emit(
    objectedAt,
    act('FileVoteObjection', actor, objectedAt, { voteId, objectionId, grounds: '对计票结果有异议，申请查验选票' }),
  );
  const inspectedAt = officeTimeAfter(rng, objectedAt, rng.between(1, 2) * DAY_MS);
  const cast = plan.ballots.reduce((n, b) => n + (b.firstChoice !== null ? 2 : 1), 0);
  yield emit(
    inspectedAt,
    act('RecordInspection', streetOffice(community.town.id), inspectedAt, {
      voteId,
      reason: '业主在公示期内提出异议',
      objectionRef: objectionId,
      openedBallots: cast,
      agrees: true,
      disagreeingLeafIndices: [],
    }),
  );
  return inspectedAt;
}

/** The story of one vote from `atMs`; returns its certified result. */
export function* holdVote(world: World, rng: Random, spec: VoteSpec, atMs: number): Generator<Step, VoteResult> {
  const { community, matter, convener: runner } = spec;
  const voteId = `v-${String(world.next('vote')).padStart(5, '0')}`;
  const procedure = rng.fork(`procedure-${voteId}`);
  let t = atMs;
  yield emit(
    t,
    act('ProposeVote', runner, t, {
      voteId,
      communityId: community.id,
      matter,
      title: spec.title,
      ...(spec.requestedAmountFen !== undefined ? { requestedAmountFen: spec.requestedAmountFen } : {}),
    }),
  );
  t = officeTimeAfter(rng, t, rng.between(1, 3) * DAY_MS);
  const scope =
    spec.buildings === undefined
      ? { kind: 'community', communityId: community.id }
      : { kind: 'buildings', communityId: community.id, buildingIds: spec.buildings.map(buildingId) };
  yield emit(t, act('RegisterElectorate', runner, t, { voteId, scope }));
  const opensAt = officeTimeAfter(rng, t, (NOTICE_DAYS + rng.between(1, 2)) * DAY_MS);
  const closesAt = timeOfDay(rng, opensAt + rng.between(14, 21) * DAY_MS, 17, 18);
  yield emit(
    t,
    act('GiveVoteNotice', runner, t, {
      voteId,
      agenda: [{ voteId, matter, title: spec.title }],
      votingOpensAt: new Date(opensAt).toISOString(),
      closesAt: new Date(closesAt).toISOString(),
      documentSha256: procedure.hex(64),
    }),
  );
  yield emit(
    opensAt,
    act('OpenVoting', runner, opensAt, { voteId, closesAt: new Date(closesAt).toISOString(), electorate: [] }),
  );
  const plan = planBallots(rng, ownersInScope(community, spec.buildings), matter, spec.intent);
  const counted = yield* ballots(world.seed, rng, voteId, plan, opensAt, closesAt, community);
  t = officeTimeAfter(rng, closesAt, rng.between(1, 40) * HOUR_MS);
  yield emit(t, act('CloseVoting', runner, t, { voteId, count: demoCount(plan.outcome.tally, counted) }));
  const closedAt = t;
  t = officeTimeAfter(rng, t, (OBJECTION_DAYS + rng.between(1, 5)) * DAY_MS);
  const inspectedAt = yield* objectionPeriod(procedure, voteId, plan, closedAt, community);
  if (inspectedAt !== null && inspectedAt >= t) t = officeTimeAfter(procedure, inspectedAt, DAY_MS);
  const expectedOutcome = plan.outcome.passed ? 'passed' : 'failed';
  const certifier = rng.chance(0.5) ? streetOffice(community.town.id) : runner;
  yield emit(t, act('CertifyResult', certifier, t, { voteId, expectedOutcome }));
  const certifiedAtMs = t;
  t += HOUR_MS;
  yield emit(
    t,
    act('PublishNotice', community.hasCommittee ? ownersCommittee(community.id) : streetOffice(community.town.id), t, {
      noticeId: `notice-${voteId}`,
      communityId: community.id,
      kind: 'vote-result',
      title: `${community.name}业主大会表决结果公告：${spec.title}（${plan.outcome.passed ? '通过' : '未通过'}）`,
      subjectId: voteId,
      disclosureUntil: new Date(t + rng.between(7, 15) * DAY_MS).toISOString(),
      documentSha256: rng.hex(64),
    }),
  );
  return { voteId, outcome: plan.outcome, certifiedAtMs };
}
