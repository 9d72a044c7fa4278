/**
 * Registered places and companies for the tests of other areas: acts must name registered,
 * active entries, so a test history starts with their registrations. Test code only.
 */
import type { TestLedger } from '../test-support/test-ledger.ts';
import { event, type GivenEvent } from '../test-support/scenario.ts';
import { companyStreamId, projectStreamId } from './aggregate.ts';
import { PropertyCompanyRegistered, PropertyProjectRegistered } from './events.ts';

/** What a test names: community (project, 小区) ids and company ids. */
export interface TestRegistrations {
  readonly communities?: readonly string[];
  readonly companies?: readonly string[];
}

const bureau = { actor: { id: 'bureau-zjg', role: 'housing-bureau' }, occurredAt: '2020-01-01T00:00:00Z' };

/** The registration events of `names`, as a given history. */
export function registeredPlaces(names: TestRegistrations): GivenEvent[] {
  return [
    ...(names.companies ?? []).map((companyId) =>
      event(companyStreamId(companyId), PropertyCompanyRegistered, { companyId, name: `${companyId} 物业` }, bureau),
    ),
    ...(names.communities ?? []).map((projectId) =>
      event(
        projectStreamId(projectId),
        PropertyProjectRegistered,
        { projectId, name: `${projectId} 小区`, communityId: projectId, town: '杨舍镇', companyId: null },
        bureau,
      ),
    ),
  ];
}

/** Records the registrations of `names` in a test ledger. */
export async function recordRegistered(ledger: TestLedger, names: TestRegistrations): Promise<void> {
  for (const g of registeredPlaces(names)) await ledger.record(g.streamId, g.event, g.act);
}
