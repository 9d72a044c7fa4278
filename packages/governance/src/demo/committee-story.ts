/**
 * Owners' committee elections 业委会选举 (红色业委会): ten in the period — eight first committees,
 * run by a preparatory group, and two re-elections. Each follows a certified matter-3 vote:
 * the street office records the committee elected (with its members' party membership),
 * announces it and files it (备案); later a member's party membership is recorded, and in two
 * communities a member is replaced under a further matter-3 vote and the committee filed again.
 * When the committees area is not in the registry yet, the votes are held all the same.
 */
import type { Position } from '../committees/events.ts';
import { cst, DAY_MS, officeTimeAfter } from './calendar.ts';
import { act, communityParty, ownersCommittee, preparatoryGroup, streetOffice } from './command.ts';
import { personProfile } from './people.ts';
import type { Random } from './random.ts';
import { individualOwners } from './roster.ts';
import { emit, type Process, type Step, wait } from './scheduler.ts';
import { holdVote } from './vote.ts';
import type { Community, World } from './world.ts';

interface Member {
  readonly memberId: string;
  readonly name: string;
  readonly position: Position;
  readonly partyMember: boolean;
}

function chooseMembers(world: World, rng: Random, community: Community): Member[] {
  const size = rng.pick([5, 7, 7, 9]);
  const partyShare = rng.uniform(0.4, 0.8);
  return rng
    .shuffle(individualOwners(community.roster))
    .slice(0, size)
    .map((owner, i) => ({
      memberId: owner.ownerId,
      name: personProfile(world.seed, owner.person ?? 0).name,
      position: i === 0 ? 'chair' : i <= (size > 5 ? 2 : 1) ? 'vice-chair' : 'member',
      partyMember: rng.chance(partyShare),
    }));
}

function* election(
  world: World,
  rng: Random,
  community: Community,
  atMs: number,
  first: boolean,
  changeLater: boolean,
): Generator<Step> {
  const elections = world.knows('ElectCommittee');
  const result = yield* holdVote(
    world,
    rng,
    {
      community,
      matter: 3,
      title: first ? '选举第一届业主委员会' : '业主委员会换届选举',
      intent: 'pass',
      convener: first ? preparatoryGroup(community.id) : ownersCommittee(community.id),
    },
    atMs,
  );
  if (!result.outcome.passed) return;
  const office = streetOffice(community.town.id);
  let t = officeTimeAfter(rng, result.certifiedAtMs, rng.between(3, 10) * DAY_MS);
  yield wait(t);
  const members = chooseMembers(world, rng, community);
  community.hasCommittee = true;
  community.members = members.map((m) => m.memberId);
  if (elections) {
    const termEndsAt = new Date(t + 5 * 365 * DAY_MS).toISOString();
    yield emit(
      t,
      act('ElectCommittee', office, t, { communityId: community.id, voteId: result.voteId, members, termEndsAt }),
    );
  }
  const parties = members.filter((m) => m.partyMember).length;
  yield emit(
    t + 3_600_000,
    act('PublishNotice', office, t + 3_600_000, {
      noticeId: `notice-election-${result.voteId}`,
      communityId: community.id,
      kind: 'committee-election',
      title: `${community.name}业主委员会选举结果公示（委员${members.length}名，其中中共党员${parties}名）`,
      subjectId: result.voteId,
      disclosureUntil: new Date(t + 3_600_000 + 7 * DAY_MS).toISOString(),
    }),
  );
  if (!elections) return;
  const year = new Date(t).getUTCFullYear();
  let filings = 0;
  const file = (at: number) =>
    emit(
      at,
      act('FileCommittee', office, at, {
        communityId: community.id,
        filingNumber: `张${community.town.name.slice(0, 1)}业备〔${year}〕${world.next('filing')}号-${++filings}`,
      }),
    );
  t = officeTimeAfter(rng, t, rng.between(10, 30) * DAY_MS);
  yield file(t);
  const outsider = members.find((m) => !m.partyMember);
  /** Members who joined the party since the election (the ledger holds every flag sealed). */
  const joinedParty = new Set<string>();
  if (outsider && rng.chance(0.6)) {
    joinedParty.add(outsider.memberId);
    t = officeTimeAfter(rng, t, rng.between(30, 200) * DAY_MS);
    yield emit(
      t,
      act('RecordPartyMembership', communityParty(community.id), t, {
        communityId: community.id,
        memberId: outsider.memberId,
        partyMember: true,
        previousPartyMember: false,
      }),
    );
  }
  if (!changeLater) return;
  const change = yield* holdVote(
    world,
    rng,
    {
      community,
      matter: 3,
      title: '增补业主委员会委员',
      intent: 'pass',
      convener: ownersCommittee(community.id),
    },
    officeTimeAfter(rng, t, rng.between(150, 240) * DAY_MS),
  );
  if (!change.outcome.passed) return;
  t = officeTimeAfter(rng, change.certifiedAtMs, rng.between(3, 10) * DAY_MS);
  yield wait(t);
  const leaving = members[members.length - 1] as Member;
  const joining = individualOwners(community.roster).find((o) => !community.members.includes(o.ownerId));
  if (!joining) return;
  community.members = [...community.members.filter((id) => id !== leaving.memberId), joining.ownerId];
  const incomingMember = {
    memberId: joining.ownerId,
    name: personProfile(world.seed, joining.person ?? 0).name,
    position: 'member',
    partyMember: rng.chance(0.6),
  };
  yield emit(
    t,
    act('ChangeCommitteeMember', office, t, {
      communityId: community.id,
      voteId: change.voteId,
      outgoingMemberId: leaving.memberId,
      outgoingPartyMember: leaving.partyMember || joinedParty.has(leaving.memberId),
      incomingMember,
    }),
  );
  yield file(officeTimeAfter(rng, t, rng.between(7, 20) * DAY_MS));
}

/** The elections, started on their day. */
export function* electionStory(world: World, rng: Random): Generator<Step> {
  const first = rng.shuffle(world.communities.filter((c) => !c.hasCommittee)).slice(0, 8);
  const again = rng.shuffle(world.communities.filter((c) => c.hasCommittee)).slice(0, 2);
  const plans = [...first.map((c) => ({ c, first: true })), ...again.map((c) => ({ c, first: false }))];
  const span = cst(2024, 8, 1) - cst(2022, 4, 1);
  const dated = rng.shuffle(plans).map((p, i) => ({
    ...p,
    at: officeTimeAfter(rng, cst(2022, 4, 1) + Math.floor((span * i) / plans.length), rng.between(0, 20) * DAY_MS),
  }));
  for (const [i, { c, first: isFirst, at }] of dated.entries()) {
    yield wait(at);
    const process: Process = election(world, rng.fork(`election-${i}`), c, at, isFirst, i < 2);
    yield { atMs: at, spawn: [process] };
  }
}
