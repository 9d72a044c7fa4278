import { describe, it } from 'vitest';
import { emitted, given } from '../test-support/scenario.ts';
import { DepositToFund, OpenFundAccount, RefundToOwners, RegisterFundUnits } from './commands.ts';
import { FundAccountOpened, FundDeposited, FundsRefunded, FundUnitsRegistered } from './events.ts';
import { at, community, deposited, fundCentre, opened, ownersCommittee, units, placed } from './test-fixtures.ts';

describe('OpenFundAccount', () => {
  it('opens a community’s account with its units and areas', async () => {
    await given(...placed)
      .when(OpenFundAccount, { data: { communityId: community, units }, actor: fundCentre, occurredAt: at })
      .thenEvents(emitted(FundAccountOpened, { communityId: community, units }));
  });

  it('refuses anyone but the fund centre', async () => {
    await given(...placed)
      .when(OpenFundAccount, { data: { communityId: community, units }, actor: ownersCommittee, occurredAt: at })
      .thenError('Forbidden');
  });

  it('refuses opening the same community’s account twice', async () => {
    await given(...placed, opened)
      .when(OpenFundAccount, { data: { communityId: community, units }, actor: fundCentre, occurredAt: at })
      .thenError('FundAlreadyOpened');
  });

  it('refuses a unit listed twice', async () => {
    await given(...placed)
      .when(OpenFundAccount, {
        data: { communityId: community, units: [units[0]!, units[0]!] },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('InvalidUnitList', 'unit a is listed twice');
  });

  it('refuses a unit area that is not a positive integer of hundredths of m²', async () => {
    await given(...placed)
      .when(OpenFundAccount, {
        data: { communityId: community, units: [{ unitId: 'a', areaM2Hundredths: 89.5 }] },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('DecodeError');
  });
});

describe('RegisterFundUnits', () => {
  it('adds new units to an open account', async () => {
    const more = [{ unitId: 'd', areaM2Hundredths: 8_000 }];
    await given(...placed, opened)
      .when(RegisterFundUnits, { data: { communityId: community, units: more }, actor: fundCentre, occurredAt: at })
      .thenEvents(emitted(FundUnitsRegistered, { communityId: community, units: more }));
  });

  it('refuses a unit that already has an account', async () => {
    await given(...placed, opened)
      .when(RegisterFundUnits, {
        data: { communityId: community, units: [units[1]!] },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('InvalidUnitList', 'already has an account');
  });
});

describe('DepositToFund', () => {
  const deposits = [
    { unitId: 'a', amountFen: 5_000 },
    { unitId: 'c', amountFen: 15_000 },
  ];

  it('records a deposit with its total in fen', async () => {
    await given(...placed, opened)
      .when(DepositToFund, {
        data: { communityId: community, depositId: 'd1', kind: 'initial', deposits },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenEvents(
        emitted(FundDeposited, {
          communityId: community,
          depositId: 'd1',
          kind: 'initial',
          deposits,
          totalFen: 20_000,
        }),
      );
  });

  it('refuses a deposit before the account is open', async () => {
    await given(...placed)
      .when(DepositToFund, {
        data: { communityId: community, depositId: 'd1', kind: 'initial', deposits },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('FundNotOpened');
  });

  it('refuses a deposit to a unit without an account', async () => {
    await given(...placed, opened)
      .when(DepositToFund, {
        data: { communityId: community, depositId: 'd1', kind: 'top-up', deposits: [{ unitId: 'z', amountFen: 1 }] },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('InvalidUnitList', 'unit z has no account');
  });

  it('refuses a deposit id recorded before', async () => {
    await given(...placed, opened, deposited('d1', [1, 1, 1]))
      .when(DepositToFund, {
        data: { communityId: community, depositId: 'd1', kind: 'initial', deposits },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('IdAlreadyUsed');
  });

  it('refuses an amount that is not a positive integer of fen', async () => {
    await given(...placed, opened)
      .when(DepositToFund, {
        data: { communityId: community, depositId: 'd1', kind: 'initial', deposits: [{ unitId: 'a', amountFen: 0 }] },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('DecodeError');
  });
});

describe('RefundToOwners', () => {
  it('returns part of a unit’s balance to its owner', async () => {
    const refunds = [{ unitId: 'b', amountFen: 700 }];
    await given(...placed, opened, deposited('d1', [500, 1_000, 1_500]))
      .when(RefundToOwners, {
        data: { communityId: community, refundId: 'r1', reason: 'Building demolished', refunds },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenEvents(
        emitted(FundsRefunded, {
          communityId: community,
          refundId: 'r1',
          reason: 'Building demolished',
          refunds,
          totalFen: 700,
        }),
      );
  });

  it('refuses refunding more than a unit holds', async () => {
    await given(...placed, opened, deposited('d1', [500, 1_000, 1_500]))
      .when(RefundToOwners, {
        data: { communityId: community, refundId: 'r1', reason: 'Sold', refunds: [{ unitId: 'a', amountFen: 501 }] },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('InsufficientBalance', 'unit a holds 500 fen and cannot refund 501 fen');
  });
});
