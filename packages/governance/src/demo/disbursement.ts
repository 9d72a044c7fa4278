/**
 * One use of a community's maintenance fund 维修资金使用, from request to payment: the owners'
 * committee requests it (under a certified matter-5 vote, or the emergency procedure, which
 * the street office then confirms), the fund centre or housing bureau approves, the fund centre
 * pays the contractor and charges the units by area, and the committee discloses the use.
 */
import { DAY_MS, HOUR_MS, officeTimeAfter } from './calendar.ts';
import { act, FUND_CENTRE, HOUSING_BUREAU, ownersCommittee, streetOffice } from './command.ts';
import type { Random } from './random.ts';
import { emit, type Step, wait } from './scheduler.ts';
import type { Community, World } from './world.ts';

/** What authorises a use: a vote's id, or an emergency. */
export type DemoAuthority =
  | { readonly kind: 'vote'; readonly voteId: string }
  | {
      readonly kind: 'emergency';
      readonly emergency:
        | 'lift-failure'
        | 'fire-safety-equipment'
        | 'leaking-roof-or-pipes'
        | 'dangerous-exterior-wall';
    };

/** A planned use of the fund. */
export interface PlannedUse {
  readonly purpose: string;
  readonly amountFen: number;
  readonly authority: DemoAuthority;
  /** Units bearing the cost; null for every unit. */
  readonly chargedUnitIds: readonly string[] | null;
  readonly payeeId: string;
}

/** The largest amount (in whole yuan, as fen) `units` can bear, keeping a margin: a fifth of their balance. */
export function affordable(world: World, community: Community, unitIds: readonly string[] | null): number {
  return Math.floor(world.fund.total(community.id, unitIds) / 500) * 100;
}

/** The story of one use, starting with the request at `atMs`; returns the time of its last act. */
export function* fundUse(
  world: World,
  rng: Random,
  community: Community,
  use: PlannedUse,
  atMs: number,
): Generator<Step, number> {
  const disbursementId = `use-${String(world.next('disbursement')).padStart(5, '0')}`;
  const ref = { communityId: community.id, disbursementId };
  let t = atMs;
  yield emit(
    t,
    act('RequestDisbursement', ownersCommittee(community.id), t, {
      ...ref,
      purpose: use.purpose,
      amountFen: use.amountFen,
      authority: use.authority,
      ...(use.chargedUnitIds !== null ? { chargedUnitIds: use.chargedUnitIds } : {}),
    }),
  );
  const urgent = use.authority.kind === 'emergency';
  if (urgent) {
    t = officeTimeAfter(rng, t, rng.between(1, 6) * HOUR_MS);
    yield emit(t, act('ConfirmEmergency', streetOffice(community.town.id), t, ref));
  }
  t = officeTimeAfter(rng, t, urgent ? rng.between(2, 20) * HOUR_MS : rng.between(3, 12) * DAY_MS);
  yield emit(t, act('ApproveDisbursement', rng.chance(0.8) ? FUND_CENTRE : HOUSING_BUREAU, t, ref));
  t = officeTimeAfter(rng, t, urgent ? rng.between(4, 30) * HOUR_MS : rng.between(2, 10) * DAY_MS);
  yield wait(t);
  const charges = world.fund.charges(community.id, use.amountFen, use.chargedUnitIds);
  if (charges === null) return t; // approved but not payable: it waits (never in practice, see `affordable`)
  world.fund.debit(community.id, charges);
  yield emit(t, act('DisburseFunds', FUND_CENTRE, t, { ...ref, payeeId: use.payeeId }));
  t = officeTimeAfter(rng, t, rng.between(1, 3) * DAY_MS);
  yield emit(
    t,
    act('PublishNotice', ownersCommittee(community.id), t, {
      noticeId: `notice-${disbursementId}`,
      communityId: community.id,
      kind: 'fund-use',
      title: `${community.name}维修资金使用公示：${use.purpose}`,
      subjectId: disbursementId,
      disclosureUntil: new Date(t + rng.between(7, 15) * DAY_MS).toISOString(),
      documentSha256: rng.hex(64),
    }),
  );
  return t;
}
