/**
 * Shared history for the fund's tests: an open account with three units and deposits.
 * Test code only.
 */
import { event, type GivenEvent } from '../test-support/scenario.ts';
import { FundAccountOpened, FundDeposited } from './events.ts';

export { voteHistory } from '../votes/test-fixtures.ts';

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
