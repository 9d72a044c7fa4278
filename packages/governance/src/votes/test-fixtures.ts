/**
 * Vote histories for tests of rules that use a vote as authority (fund disbursements,
 * committee elections). Test code only.
 */
import { event, type GivenEvent } from '../test-support/scenario.ts';
import { ElectorateRegistered, ResultCertified, VoteProposed, VotingClosed, VotingOpened } from './events.ts';
import type { Matter } from './matters.ts';
import { computeOutcome } from './tally.ts';

const ownersCommittee = { id: 'oc-yuesheng', role: 'owners-committee' };
const streetOffice = { id: 'so-yangshe', role: 'street-office' };
const at = '2024-06-01T00:00:00Z';

/**
 * A vote's history up to `status`: proposed on `matter` (amount `amountFen` for matter 5),
 * over one owner of 300 m² who approves when `passes`, else rejects.
 */
export function voteHistory(
  voteId: string,
  options: { matter?: Matter; amountFen?: number; passes?: boolean; status?: 'proposed' | 'closed' | 'certified'; communityId?: string },
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
  const proposal = { voteId, communityId, matter, title: 'Repair the roof', ...(matter === 5 ? { requestedAmountFen: amountFen } : {}) };
  const history = [
    event(stream, VoteProposed, proposal, { actor: ownersCommittee, occurredAt: at }),
    event(
      stream,
      ElectorateRegistered,
      { voteId, units: [{ unitId: 'a', ownerId: 'person-1', ownerName: 'x', ownerKind: 'individual', areaM2Hundredths: 30_000 }] },
      { actor: ownersCommittee, occurredAt: at },
    ),
    event(stream, VotingOpened, { voteId, closesAt: '2024-06-02T00:00:00Z', unitCount: 1, totalAreaM2Hundredths: 30_000, totalOwners: 1 }),
    event(stream, VotingClosed, { voteId, tally }, { actor: ownersCommittee, occurredAt: '2024-06-02T00:00:00Z' }),
    event(stream, ResultCertified, { voteId, passed: passes, outcome: computeOutcome(matter, tally) }, { actor: streetOffice, occurredAt: '2024-06-03T00:00:00Z' }),
  ];
  return status === 'proposed' ? history.slice(0, 1) : status === 'closed' ? history.slice(0, 4) : history;
}
