/**
 * One use of a community's maintenance fund 维修资金使用, from request to payment: the owners'
 * committee requests it (under a certified matter-5 vote, or the emergency procedure, which
 * the street office then confirms; where no committee sits, the property company requests an
 * emergency use), the fund centre or housing bureau approves, the fund centre pays the
 * contractor and charges the units by area, and the requester discloses the use (for an
 * emergency, the repair and its cost are also recorded as published).
 */
import { DAY_MS, HOUR_MS, officeTimeAfter } from './calendar.ts';
import { act, FUND_CENTRE, HOUSING_BUREAU, ownersCommittee, propertyCompany, streetOffice } from './command.ts';
import type { Random } from './random.ts';
import { emit, type Step, wait } from './scheduler.ts';
import type { Community, World } from './world.ts';

/** The emergencies of the demo: the categories of the default fund policy. */
export type DemoEmergency =
  | 'lift-failure'
  | 'fire-safety-equipment'
  | 'leaking-roof-or-pipes'
  | 'dangerous-exterior-wall';

/** What authorises a use: a vote's id, or an emergency with the document that shows it. */
export type DemoAuthority =
  | { readonly kind: 'vote'; readonly voteId: string }
  | {
      readonly kind: 'emergency';
      readonly emergency: DemoEmergency;
      readonly evidence: {
        readonly kind: 'inspection-notice' | 'fire-department-notice' | 'safety-appraisal';
        readonly sha256: string;
      };
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
  const requester = community.hasCommittee ? ownersCommittee(community.id) : propertyCompany(community.companyId);
  let t = atMs;
  yield emit(
    t,
    act('RequestDisbursement', requester, t, {
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
  const documentSha256 = rng.hex(64);
  if (urgent) {
    const costFen = use.amountFen - rng.between(0, 20) * 100;
    yield emit(t, act('PublicizeEmergencyRepair', requester, t, { ...ref, costFen, documentSha256 }));
  }
  yield emit(
    t,
    act('PublishNotice', requester, t, {
      noticeId: `notice-${disbursementId}`,
      communityId: community.id,
      kind: 'fund-use',
      title: `${community.name}维修资金使用公示：${use.purpose}`,
      subjectId: disbursementId,
      disclosureUntil: new Date(t + rng.between(7, 15) * DAY_MS).toISOString(),
      documentSha256,
    }),
  );
  return t;
}
