/**
 * The maintenance fund's accounts 住宅专项维修资金: in January 2022 the fund centre opens an
 * account for every community with the units of its unit register and their historical
 * balances; every month buyers pay their first deposits and owners in arrears pay what they
 * owe (about 66 × scale² payments a month in all sixty communities at scale 1, ×1.1 per
 * community); each January the year's interest 增值收益 is shared out by balance; now and then
 * an overpayment is refunded. A top-up (续筹) follows only a passed matter-6 vote (`topUp`, run by
 * `vote-story.ts`). Emergencies are in `emergency-story.ts`, voted uses in `vote-story.ts`.
 */
import type { UnitAmount } from '../fund/events.ts';
import { cst, MINUTE_MS, officeTimeAfter } from './calendar.ts';
import { act, FUND_CENTRE } from './command.ts';
import type { Random } from './random.ts';
import { emit, type Step, wait } from './scheduler.ts';
import type { Community, World } from './world.ts';

/** Deposit payments per community and month at scale 1 (grows with the square of the scale). */
export const DEPOSITS_PER_COMMUNITY_MONTH = 1.1;

/** Units per fund command (the fund accepts at most 500). */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The fund centre's deposit of `deposits` at `at` (credited to the demo's fund model too); a
 * top-up names the matter-6 vote that raised it.
 */
export function depositCommand(
  world: World,
  community: Community,
  at: number,
  kind: string,
  deposits: UnitAmount[],
  voteId?: string,
) {
  world.fund.deposit(community.id, deposits);
  const depositId = `dep-${String(world.next('deposit')).padStart(7, '0')}`;
  return act('DepositToFund', FUND_CENTRE, at, {
    communityId: community.id,
    depositId,
    kind,
    deposits,
    ...(voteId !== undefined ? { voteId } : {}),
  });
}

/** Fen per hundredth of m² of a top-up: 30 yuan per m², as the demo's matter-6 votes propose. */
export const TOP_UP_FEN_PER_HUNDREDTH_M2 = 30;

/**
 * The top-up (续筹) a passed matter-6 vote `voteId` raised: every unit of the community (its
 * electorate) pays 30 yuan per m², deposited by the fund centre at `at`, 500 units a command.
 */
export function* topUp(world: World, community: Community, voteId: string, at: number): Generator<Step> {
  for (const part of chunks(community.roster.units, CHUNK)) {
    const deposits = part.map((u) => ({
      unitId: u.unitId,
      amountFen: u.areaM2Hundredths * TOP_UP_FEN_PER_HUNDREDTH_M2,
    }));
    yield emit(at, depositCommand(world, community, at, 'top-up', deposits, voteId));
  }
}

/** Opens every community's account and credits its historical balances (first week of 2022). */
function* openAccounts(world: World, rng: Random): Generator<Step> {
  let at = cst(2022, 1, 6, 9);
  for (const community of world.communities) {
    at += rng.between(2, 6) * MINUTE_MS;
    yield wait(at);
    const units = community.roster.units.map((u) => ({ unitId: u.unitId, areaM2Hundredths: u.areaM2Hundredths }));
    world.fund.open(community.id, units);
    const [first = [], ...rest] = chunks(units, CHUNK);
    yield emit(at, act('OpenFundAccount', FUND_CENTRE, at, { communityId: community.id, units: first }));
    for (const part of rest)
      yield emit(at, act('RegisterFundUnits', FUND_CENTRE, at, { communityId: community.id, units: part }));
    for (const part of chunks(units, CHUNK)) {
      const deposits = part.map((u) => ({ unitId: u.unitId, amountFen: u.areaM2Hundredths * community.depositRate }));
      yield emit(at, depositCommand(world, community, at, 'initial', deposits));
    }
  }
}

/** Shares out a year's interest by balance (1.5 %, at least 1 fen a unit); returns when it ended. */
function* interest(world: World, rng: Random, year: number): Generator<Step, number> {
  let at = officeTimeAfter(rng, cst(year, 1, 20), 0);
  for (const community of world.communities) {
    at += rng.between(1, 3) * MINUTE_MS;
    yield wait(at);
    const units = community.roster.units;
    for (const part of chunks(units, CHUNK)) {
      const deposits = part.map((u) => ({
        unitId: u.unitId,
        amountFen: Math.max(1, Math.round(world.fund.balance(community.id, u.unitId) * 0.015)),
      }));
      yield emit(at, depositCommand(world, community, at, 'interest', deposits));
    }
  }
  return at;
}

/** A refund of a tenth of one unit's balance (an overpayment returned), when it holds anything. */
function refund(world: World, rng: Random, at: number): Step | null {
  const community = rng.pick(world.communities);
  const unit = rng.pick(community.roster.units);
  const amountFen = Math.floor(world.fund.balance(community.id, unit.unitId) * 0.1);
  if (amountFen <= 0) return null;
  const refunds = [{ unitId: unit.unitId, amountFen }];
  world.fund.debit(community.id, refunds);
  const refundId = `refund-${String(world.next('refund')).padStart(4, '0')}`;
  return emit(
    at,
    act('RefundToOwners', FUND_CENTRE, at, {
      communityId: community.id,
      refundId,
      reason: '重复交存，经核实退还多缴部分',
      refunds,
    }),
  );
}

/** The account story: opening, monthly payments, yearly interest, the odd refund. */
export function* fundStory(world: World, rng: Random): Generator<Step> {
  yield* openAccounts(world, rng);
  const perMonth = DEPOSITS_PER_COMMUNITY_MONTH * world.scale * world.scale;
  let last = 0;
  for (let year = 2022; year <= 2024; year++) {
    for (let month = 1; month <= 12; month++) {
      if (month === 1) {
        last = Math.max(yield* interest(world, rng, year), cst(year, 1, 21));
      }
      const firstDay = month === 1 ? 21 : 1;
      const acts: { at: number; community: Community | null }[] = [];
      for (const community of world.communities) {
        for (let k = rng.poisson(perMonth); k > 0; k--) {
          acts.push({ at: officeTimeAfter(rng, cst(year, month, rng.between(firstDay, 28)), 0), community });
        }
      }
      if (rng.chance(0.1)) acts.push({ at: officeTimeAfter(rng, cst(year, month, 27), 0), community: null });
      acts.sort((a, b) => a.at - b.at);
      for (const { at: planned, community } of acts) {
        const at = Math.max(planned, last + MINUTE_MS);
        last = at;
        yield wait(at);
        if (community === null) {
          const step = refund(world, rng, at);
          if (step) yield step;
          continue;
        }
        const units = community.roster.units;
        const picked = new Set<number>();
        for (let n = rng.between(1, 3); n > 0; n--) picked.add(rng.int(units.length));
        const kind = rng.chance(0.3) ? 'initial' : 'other';
        const deposits = [...picked]
          .sort((a, b) => a - b)
          .map((i) => {
            const u = units[i] as (typeof units)[number];
            return { unitId: u.unitId, amountFen: u.areaM2Hundredths * rng.between(3, 12) };
          });
        yield emit(at, depositCommand(world, community, at, kind, deposits));
      }
    }
  }
}
