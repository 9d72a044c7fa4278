/**
 * Shared history for the fund's tests: an open account with three units and deposits.
 * Test code only.
 */
import { registeredPlaces } from '../registry/test-fixtures.ts';
import { event, type GivenEvent } from '../test-support/scenario.ts';
import type { TestLedger } from '../test-support/test-ledger.ts';
import { UnitsRegistered, unitRegisterStreamId } from '../units/events.ts';
import { voteHistory as anyVoteHistory } from '../votes/test-fixtures.ts';
import { FundAccountOpened, FundDeposited } from './events.ts';

/** A vote history (see the votes' `voteHistory`) whose electorate is units a, b and c unless told otherwise. */
export const voteHistory = (voteId: string, options: Parameters<typeof anyVoteHistory>[1]): GivenEvent[] =>
  anyVoteHistory(voteId, { unitIds: ['a', 'b', 'c'], ...options });

/** The community of every fund test, and its fund stream. */
export const community = 'yuesheng';
/** The fund stream of {@link community}. */
export const fundStream = `fund-${community}`;
/** The fund centre, which opens accounts and moves money. */
export const fundCentre = { id: 'fc-zjg', role: 'fund-centre' };
/** The owners' committee that requests disbursements. */
export const ownersCommittee = { id: 'oc-yuesheng', role: 'owners-committee' };
/** The street office that confirms emergencies. */
export const streetOffice = { id: 'so-yangshe', role: 'street-office' };
/** The time of every act unless a test says otherwise. */
export const at = '2024-06-01T00:00:00Z';

/** Units a (50 m²), b (100 m²), c (150 m²). */
export const units = [
  { unitId: 'a', areaM2Hundredths: 5_000 },
  { unitId: 'b', areaM2Hundredths: 10_000 },
  { unitId: 'c', areaM2Hundredths: 15_000 },
];

/** `units` (with areas) as registered units of {@link community}, owner `person-<i>`, building b1. */
export function registeredUnits(list: readonly { unitId: string; areaM2Hundredths: number }[]): GivenEvent {
  return event(
    unitRegisterStreamId(community),
    UnitsRegistered,
    {
      communityId: community,
      units: list.map((u, i) => ({
        unitId: u.unitId,
        buildingId: 'b1',
        ownerId: `person-${i + 1}`,
        ownerKind: 'individual' as const,
        areaM2Hundredths: u.areaM2Hundredths,
      })),
    },
    { actor: { id: 'bureau-zjg', role: 'housing-bureau' }, occurredAt: '2020-01-02T00:00:00Z' },
  );
}

/**
 * {@link community} registered as a project, with {@link units} and a fourth unit `d` (80 m², not
 * yet in the fund) in its unit register.
 */
export const placed: GivenEvent[] = [
  ...registeredPlaces({ communities: [community] }),
  registeredUnits([...units, { unitId: 'd', areaM2Hundredths: 8_000 }]),
];

/** Records {@link community} as registered with `list` in its unit register, in a test ledger. */
export async function recordPlaced(
  ledger: TestLedger,
  list: readonly { unitId: string; areaM2Hundredths: number }[],
): Promise<void> {
  for (const g of [...registeredPlaces({ communities: [community] }), registeredUnits(list)]) {
    await ledger.record(g.streamId, g.event, g.act);
  }
}

/** The account of {@link community} opened with {@link units}. */
export const opened = event(
  fundStream,
  FundAccountOpened,
  { communityId: community, units },
  { actor: fundCentre, occurredAt: at },
);

/** A deposit of `fen` to each unit. */
export function deposited(depositId: string, fen: [number, number, number]): GivenEvent {
  return event(
    fundStream,
    FundDeposited,
    {
      communityId: community,
      depositId,
      kind: 'initial',
      deposits: units.map((u, i) => ({ unitId: u.unitId, amountFen: fen[i]! })),
      totalFen: fen[0] + fen[1] + fen[2],
    },
    { actor: fundCentre, occurredAt: at },
  );
}
