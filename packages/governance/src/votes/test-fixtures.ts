/**
 * Vote histories for tests: vote `v1` of the vote rules' own tests (an electorate of four
 * owners, one holding two units and the developer two unsold units), and `voteHistory` for
 * rules that use a vote as authority (fund disbursements, committee elections). Test code only.
 */
import { event, type GivenEvent } from '../test-support/scenario.ts';
import {
  BallotCast,
  ElectorateRegistered,
  ResultCertified,
  VoteProposed,
  VotingClosed,
  VotingOpened,
} from './events.ts';
import type { Matter } from './matters.ts';
import { computeOutcome } from './tally.ts';

const ownersCommittee = { id: 'oc-yuesheng', role: 'owners-committee' };
const streetOffice = { id: 'so-yangshe', role: 'street-office' };
const at = '2024-06-01T00:00:00Z';

export const stream = 'vote-v1';
export const committee = { id: 'oc-yuesheng', role: 'owners-committee' };
export const street = { id: 'so-jinfeng', role: 'street-office' };
export const owner = (n: number) => ({ id: `person-${n}`, role: 'owner' });
export const developer = { id: 'dev-huaxia', role: 'developer' };
export const t0 = '2024-05-01T00:00:00Z';
export const during = '2024-05-05T00:00:00Z';
export const closesAt = '2024-05-10T00:00:00Z';
export const after = '2024-05-10T00:00:00Z';

export const unit = (unitId: string, n: number, areaM2Hundredths: number) => ({
  unitId,
  ownerId: `person-${n}`,
  ownerName: `业主${n}`,
  ownerKind: 'individual' as const,
  areaM2Hundredths,
});
export const unsold = (unitId: string, areaM2Hundredths: number) => ({
  unitId,
  ownerId: 'dev-huaxia',
  ownerName: '华夏置业',
  ownerKind: 'developer-unsold' as const,
  areaM2Hundredths,
});
/** Owner 1 holds two units; the developer holds two unsold units: 4 owners, 100 m² each unit. */
// Owner 1 holds two units; the developer holds two unsold units: 4 owners, 100 m² each unit.
export const electorate = [
  unit('1-101', 1, 10_000),
  unit('1-102', 1, 10_000),
  unit('1-201', 2, 10_000),
  unit('1-202', 3, 10_000),
];
export const developerUnits = [unsold('2-101', 10_000), unsold('2-102', 10_000)];

export const proposal = {
  voteId: 'v1',
  communityId: 'yuesheng',
  matter: 4 as const,
  title: 'Dismiss the property company',
};
export const proposed = event(stream, VoteProposed, proposal, { actor: committee, occurredAt: t0 });
export const registered = event(
  stream,
  ElectorateRegistered,
  { voteId: 'v1', units: [...electorate, ...developerUnits] },
  { actor: committee, occurredAt: t0 },
);
export const opened = event(
  stream,
  VotingOpened,
  { voteId: 'v1', closesAt, unitCount: 6, totalAreaM2Hundredths: 60_000, totalOwners: 4 },
  { actor: committee, occurredAt: t0 },
);
export const ballot = (
  n: number,
  choice: 'approve' | 'reject' | 'abstain',
  previousChoice: 'approve' | 'reject' | 'abstain' | null = null,
) =>
  event(
    stream,
    BallotCast,
    {
      voteId: 'v1',
      ownerId: `person-${n}`,
      choice,
      previousChoice,
      areaM2Hundredths: n === 1 ? 20_000 : 10_000,
      unitCount: n === 1 ? 2 : 1,
    },
    { actor: owner(n), occurredAt: during },
  );
export const tallyOf = (
  approve: [number, number],
  reject: [number, number],
  total: [number, number] = [60_000, 4],
) => ({
  totalAreaM2Hundredths: total[0],
  totalOwners: total[1],
  approve: { areaM2Hundredths: approve[0], owners: approve[1] },
  reject: { areaM2Hundredths: reject[0], owners: reject[1] },
  abstain: { areaM2Hundredths: 0, owners: 0 },
});
export const closedEvent = (approve: [number, number], reject: [number, number]) =>
  event(
    stream,
    VotingClosed,
    { voteId: 'v1', tally: tallyOf(approve, reject) },
    { actor: committee, occurredAt: after },
  );
export const open = [proposed, registered, opened];

/**
 * A vote's history up to `status`: proposed on `matter` (amount `amountFen` for matter 5),
 * over one owner of 300 m² who approves when `passes`, else rejects.
 */
export function voteHistory(
  voteId: string,
  options: {
    matter?: Matter;
    amountFen?: number;
    passes?: boolean;
    status?: 'proposed' | 'closed' | 'certified';
    communityId?: string;
  },
): GivenEvent[] {
  const { matter = 5, amountFen = 100_000, passes = true, status = 'certified', communityId = 'yuesheng' } = options;
  const stream = `vote-${voteId}`;
  const tally = {
    totalAreaM2Hundredths: 30_000,
    totalOwners: 1,
    approve: { areaM2Hundredths: passes ? 30_000 : 0, owners: passes ? 1 : 0 },
    reject: { areaM2Hundredths: passes ? 0 : 30_000, owners: passes ? 0 : 1 },
    abstain: { areaM2Hundredths: 0, owners: 0 },
  };
  const proposal = {
    voteId,
    communityId,
    matter,
    title: 'Repair the roof',
    ...(matter === 5 ? { requestedAmountFen: amountFen } : {}),
  };
  const history = [
    event(stream, VoteProposed, proposal, { actor: ownersCommittee, occurredAt: at }),
    event(
      stream,
      ElectorateRegistered,
      {
        voteId,
        units: [
          { unitId: 'a', ownerId: 'person-1', ownerName: 'x', ownerKind: 'individual', areaM2Hundredths: 30_000 },
        ],
      },
      { actor: ownersCommittee, occurredAt: at },
    ),
    event(stream, VotingOpened, {
      voteId,
      closesAt: '2024-06-02T00:00:00Z',
      unitCount: 1,
      totalAreaM2Hundredths: 30_000,
      totalOwners: 1,
    }),
    event(stream, VotingClosed, { voteId, tally }, { actor: ownersCommittee, occurredAt: '2024-06-02T00:00:00Z' }),
    event(
      stream,
      ResultCertified,
      { voteId, passed: passes, outcome: computeOutcome(matter, tally) },
      { actor: streetOffice, occurredAt: '2024-06-03T00:00:00Z' },
    ),
  ];
  return status === 'proposed' ? history.slice(0, 1) : status === 'closed' ? history.slice(0, 4) : history;
}
