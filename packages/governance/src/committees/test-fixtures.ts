/**
 * Committee histories for the tests of other areas' rules that ask whether a committee
 * stands: a committee elected under a certified matter-3 vote, and a revocation of a vote's
 * decision by a court.
 */
import { event, type GivenEvent } from '../test-support/scenario.ts';
import { DecisionRevoked } from '../votes/events.ts';
import { voteHistory } from '../votes/test-fixtures.ts';
import { CommitteeElected } from './events.ts';

const assembly = { id: 'oa-yuesheng', role: 'owners-assembly' };
const court = { id: 'court-zjg', role: 'court' };

/** The court document of {@link revokedByCourt}, which a refusal names. */
export const REVOCATION_REFERENCE = '(2024)苏0582民初1234号';

/**
 * The certified matter-3 vote `voteId` of `communityId` and the five-member committee it
 * elected (recorded at `at`).
 */
export function committeeElectedBy(
  voteId: string,
  communityId = 'yuesheng',
  at = '2024-06-10T00:00:00Z',
): GivenEvent[] {
  const members = [1, 2, 3, 4, 5].map((n) => ({
    memberId: `person-${n}`,
    name: `委员${n}`,
    position: n === 1 ? ('chair' as const) : ('member' as const),
    partyMember: n <= 2,
  }));
  return [
    ...voteHistory(voteId, { matter: 3, communityId }),
    event(
      `committee-${communityId}`,
      CommitteeElected,
      { communityId, voteId, members, memberCount: 5, partyMemberCount: 2 },
      { actor: assembly, occurredAt: at },
    ),
  ];
}

/** A court revokes the decision of vote `voteId` (Civil Code art. 280 ¶2), recorded at `at`. */
export function revokedByCourt(voteId: string, at = '2024-10-01T00:00:00Z'): GivenEvent {
  return event(
    `vote-${voteId}`,
    DecisionRevoked,
    { voteId, revokedBy: 'court', reference: REVOCATION_REFERENCE, grounds: '表决程序违法' },
    { actor: court, occurredAt: at },
  );
}
