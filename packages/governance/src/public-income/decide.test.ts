import { describe, it } from 'vitest';
import { emitted, event, given } from '../test-support/scenario.ts';
import { AllocatePublicIncome, DisclosePublicIncome, RecordPublicIncome } from './commands.ts';
import { PublicIncomeAllocated, PublicIncomeDisclosed, PublicIncomeRecorded } from './events.ts';
import { committeeElectedBy, REVOCATION_REFERENCE, revokedByCourt } from '../committees/test-fixtures.ts';
import { registeredPlaces } from '../registry/test-fixtures.ts';

const registered = registeredPlaces({ communities: ['jinxiang'] });

const community = 'jinxiang';
const stream = `public-income-${community}`;
const company = { id: 'pc-green', role: 'property-company' };
const committee = { id: 'oc-jinxiang', role: 'owners-committee' };
const at = '2024-04-15T00:00:00Z';

const income = (incomeId: string, source: 'advertising' | 'parking', amountFen: number, period: string) => ({
  communityId: community,
  incomeId,
  source,
  amountFen,
  period,
  description: 'Lift advertising panels',
});
const recorded = (incomeId: string, source: 'advertising' | 'parking', amountFen: number, period: string) =>
  event(stream, PublicIncomeRecorded, income(incomeId, source, amountFen, period), { actor: company, occurredAt: at });
const allocation = {
  communityId: community,
  allocationId: 'a1',
  target: 'maintenance-fund' as const,
  amountFen: 30_000,
  purpose: 'Top up the fund',
};

describe('RecordPublicIncome', () => {
  it('records income from common parts booked to a month', async () => {
    const data = income('i1', 'advertising', 50_000, '2024-03');
    await given(...registered)
      .when(RecordPublicIncome, { data, actor: company, occurredAt: at })
      .thenEvents(emitted(PublicIncomeRecorded, data));
  });

  it('refuses income recorded by anyone but the property company', async () => {
    await given(...registered)
      .when(RecordPublicIncome, { data: income('i1', 'parking', 1, '2024-03'), actor: committee, occurredAt: at })
      .thenError('Forbidden');
  });

  it('refuses an income id recorded before', async () => {
    await given(...registered, recorded('i1', 'parking', 1, '2024-03'))
      .when(RecordPublicIncome, { data: income('i1', 'parking', 1, '2024-03'), actor: company, occurredAt: at })
      .thenError('IdAlreadyUsed');
  });

  it('refuses a period that is not a month', async () => {
    await given(...registered)
      .when(RecordPublicIncome, { data: income('i1', 'parking', 1, '2024-13'), actor: company, occurredAt: at })
      .thenError('DecodeError');
  });
});

describe('AllocatePublicIncome', () => {
  it('lets the owners’ committee allocate unallocated income, recording what is left', async () => {
    await given(...registered, recorded('i1', 'advertising', 50_000, '2024-03'))
      .when(AllocatePublicIncome, { data: allocation, actor: committee, occurredAt: at })
      .thenEvents(emitted(PublicIncomeAllocated, { ...allocation, unallocatedAfterFen: 20_000 }));
  });

  it('refuses allocating more than is unallocated', async () => {
    const first = event(
      stream,
      PublicIncomeAllocated,
      { ...allocation, unallocatedAfterFen: 20_000 },
      { actor: committee, occurredAt: at },
    );
    await given(...registered, recorded('i1', 'advertising', 50_000, '2024-03'), first)
      .when(AllocatePublicIncome, {
        data: { ...allocation, allocationId: 'a2', amountFen: 20_001 },
        actor: committee,
        occurredAt: at,
      })
      .thenError('AllocationExceedsUnallocated', 'only 20000 fen is unallocated');
  });

  it('refuses allocation by the property company', async () => {
    await given(...registered, recorded('i1', 'advertising', 50_000, '2024-03'))
      .when(AllocatePublicIncome, { data: allocation, actor: company, occurredAt: at })
      .thenError('Forbidden');
  });
});

describe('DisclosePublicIncome', () => {
  it('discloses the months asked for with the totals the ledger computes', async () => {
    const history = [
      recorded('i1', 'advertising', 50_000, '2024-01'),
      recorded('i2', 'parking', 7_000, '2024-03'),
      recorded('i3', 'parking', 9_000, '2024-04'),
    ];
    const request = { communityId: community, disclosureId: 'q1', periodFrom: '2024-01', periodTo: '2024-03' };
    await given(...registered, ...history)
      .when(DisclosePublicIncome, { data: request, actor: company, occurredAt: at })
      .thenEvents(
        emitted(PublicIncomeDisclosed, {
          ...request,
          incomeFen: 57_000,
          incomeBySource: { advertising: 50_000, parking: 7_000, 'venue-rental': 0, other: 0 },
          allocatedFen: 0,
          unallocatedFen: 66_000,
        }),
      );
  });

  it('refuses a period that ends before it starts', async () => {
    await given(...registered)
      .when(DisclosePublicIncome, {
        data: { communityId: community, disclosureId: 'q', periodFrom: '2024-03', periodTo: '2024-01' },
        actor: committee,
        occurredAt: at,
      })
      .thenError('InvalidPeriod', 'ends (2024-01) before it starts');
  });

  it('refuses disclosing a month that has not begun', async () => {
    await given(...registered)
      .when(DisclosePublicIncome, {
        data: { communityId: community, disclosureId: 'q', periodFrom: '2024-04', periodTo: '2024-05' },
        actor: committee,
        occurredAt: at,
      })
      .thenError('InvalidPeriod', 'has not begun');
  });

  it('lets April be disclosed from 1 April China Standard Time, still 31 March in UTC', async () => {
    const request = { communityId: community, disclosureId: 'q', periodFrom: '2024-04', periodTo: '2024-04' };
    await given(...registered)
      .when(DisclosePublicIncome, { data: request, actor: committee, occurredAt: '2024-03-31T16:00:00Z' })
      .thenEvents(
        emitted(PublicIncomeDisclosed, {
          ...request,
          incomeFen: 0,
          incomeBySource: { advertising: 0, parking: 0, 'venue-rental': 0, other: 0 },
          allocatedFen: 0,
          unallocatedFen: 0,
        }),
      );
  });

  it('refuses a disclosure covering more than 36 months', async () => {
    await given(...registered)
      .when(DisclosePublicIncome, {
        data: { communityId: community, disclosureId: 'q', periodFrom: '2021-01', periodTo: '2024-01' },
        actor: committee,
        occurredAt: at,
      })
      .thenError('InvalidPeriod', 'not 37');
  });

  it('refuses disclosure by a resident', async () => {
    await given(...registered)
      .when(DisclosePublicIncome, {
        data: { communityId: community, disclosureId: 'q', periodFrom: '2024-01', periodTo: '2024-01' },
        actor: { id: 'person-1', role: 'resident' },
        occurredAt: at,
      })
      .thenError('Forbidden');
  });
});

describe('CommunityNotRegistered: public income is booked to a registered, active community', () => {
  it('refuses income, allocation and disclosure for a community nobody registered', async () => {
    const elsewhere = { communityId: 'no-such-community' };
    await given(...registered)
      .when(RecordPublicIncome, {
        data: { ...income('i1', 'parking', 100, '2024-03'), ...elsewhere },
        actor: company,
        occurredAt: at,
      })
      .thenError('CommunityNotRegistered');
    await given(...registered)
      .when(AllocatePublicIncome, { data: { ...allocation, ...elsewhere }, actor: committee, occurredAt: at })
      .thenError('CommunityNotRegistered');
    await given(...registered)
      .when(DisclosePublicIncome, {
        data: { ...elsewhere, disclosureId: 'q1', periodFrom: '2024-01', periodTo: '2024-03' },
        actor: committee,
        occurredAt: at,
      })
      .thenError('CommunityNotRegistered');
  });
});

describe('ElectionRevoked: a committee whose electing decision was revoked allocates and discloses no public income', () => {
  const late = '2024-12-02T00:00:00Z';
  const booked = recorded('i1', 'advertising', 50_000, '2024-03');
  const revoked = [...committeeElectedBy('v3', community), revokedByCourt('v3')];
  const disclosure = { communityId: community, disclosureId: 'q1', periodFrom: '2024-01', periodTo: '2024-03' };

  it('refuses an allocation by the unseated committee, naming the judgment', async () => {
    await given(...registered, booked, ...revoked)
      .when(AllocatePublicIncome, { data: allocation, actor: committee, occurredAt: late })
      .thenError('ElectionRevoked', REVOCATION_REFERENCE);
  });

  it('lets the committee a new election seated allocate again', async () => {
    await given(...registered, booked, ...revoked, ...committeeElectedBy('v3b', community))
      .when(AllocatePublicIncome, { data: allocation, actor: committee, occurredAt: late })
      .thenAccepted();
  });

  it('refuses a disclosure by the unseated committee and still takes the property company’s', async () => {
    await given(...registered, booked, ...revoked)
      .when(DisclosePublicIncome, { data: disclosure, actor: committee, occurredAt: late })
      .thenError('ElectionRevoked', REVOCATION_REFERENCE);
    await given(...registered, booked, ...revoked)
      .when(DisclosePublicIncome, { data: disclosure, actor: company, occurredAt: late })
      .thenAccepted();
  });
});
