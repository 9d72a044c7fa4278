import { describe, it } from 'vitest';
import { projectStreamId } from '../registry/aggregate.ts';
import { RegistrationEnded } from '../registry/events.ts';
import { emitted, event, given } from '../test-support/scenario.ts';
import { DepositToFund, OpenFundAccount, RequestDisbursement } from './commands.ts';
import { DisbursementRequested, FundDeposited } from './events.ts';
import { at, community, deposited, fundCentre, opened, ownersCommittee, placed, voteHistory } from './test-fixtures.ts';

const byVote = { kind: 'vote' as const, voteId: 'v5' };
const request = (chargedUnitIds?: string[]) => ({
  communityId: community,
  disbursementId: 'x1',
  purpose: '1号楼电梯更新',
  amountFen: 1_000,
  authority: byVote,
  ...(chargedUnitIds ? { chargedUnitIds } : {}),
});
const topUp = (voteId?: string, unitIds = ['a', 'b', 'c']) => ({
  communityId: community,
  depositId: 'd9',
  kind: 'top-up' as const,
  deposits: unitIds.map((unitId) => ({ unitId, amountFen: 3_000 })),
  ...(voteId ? { voteId } : {}),
});

describe('ChargeOutsideElectorate: a use authorised by a vote charges only that vote’s electorate', () => {
  it('given a vote of unit a only, when a use charges units b and c, then it is refused naming them', async () => {
    await given(...placed, opened, deposited('d1', [10_000, 10_000, 10_000]), ...voteHistory('v5', { unitIds: ['a'] }))
      .when(RequestDisbursement, { data: request(['b', 'c']), actor: ownersCommittee, occurredAt: at })
      .thenError('ChargeOutsideElectorate', 'units b, c');
  });

  it('given a vote of unit a only, when a use charges every unit of the account, then it is refused', async () => {
    await given(...placed, opened, ...voteHistory('v5', { unitIds: ['a'] }))
      .when(RequestDisbursement, { data: request(), actor: ownersCommittee, occurredAt: at })
      .thenError('ChargeOutsideElectorate', 'units b, c');
  });

  it('given a vote of units a and b, when a use charges a and b, then it is recorded', async () => {
    await given(...placed, opened, ...voteHistory('v5', { unitIds: ['a', 'b'] }))
      .when(RequestDisbursement, { data: request(['a', 'b']), actor: ownersCommittee, occurredAt: at })
      .thenEvents(emitted(DisbursementRequested, { ...request(['a', 'b']), chargedUnitIds: ['a', 'b'] }));
  });
});

describe('TopUpNeedsVote: a top-up (续筹) is matter 6 and needs its certified vote (Civil Code art. 278)', () => {
  it('given no vote, when the fund centre records a top-up, then it is refused and nothing is written', async () => {
    await given(...placed, opened)
      .when(DepositToFund, { data: topUp(), actor: fundCentre, occurredAt: at })
      .thenError('TopUpNeedsVote', 'names no voteId');
  });

  it('refuses a top-up under a vote on another matter (a matter-5 use)', async () => {
    await given(...placed, opened, ...voteHistory('v6', { matter: 5 }))
      .when(DepositToFund, { data: topUp('v6'), actor: fundCentre, occurredAt: at })
      .thenError('TopUpNeedsVote', 'not matter 6');
  });

  it('refuses a top-up under a matter-6 vote that failed its three-quarter threshold', async () => {
    await given(...placed, opened, ...voteHistory('v6', { matter: 6, passes: false }))
      .when(DepositToFund, { data: topUp('v6'), actor: fundCentre, occurredAt: at })
      .thenError('TopUpNeedsVote', 'did not pass');
  });

  it('given a certified passing matter-6 vote, when the top-up names it, then it is recorded with the vote', async () => {
    await given(...placed, opened, ...voteHistory('v6', { matter: 6 }))
      .when(DepositToFund, { data: topUp('v6'), actor: fundCentre, occurredAt: at })
      .thenEvents(emitted(FundDeposited, { ...topUp('v6'), totalFen: 9_000 }));
  });

  it('refuses a top-up charging units outside the matter-6 vote’s electorate (ChargeOutsideElectorate)', async () => {
    await given(...placed, opened, ...voteHistory('v6', { matter: 6, unitIds: ['a'] }))
      .when(DepositToFund, { data: topUp('v6', ['a', 'b']), actor: fundCentre, occurredAt: at })
      .thenError('ChargeOutsideElectorate', 'unit b');
  });
});

describe('Fund acts need a registered, active community, and accounts hold units of the unit register', () => {
  it('refuses opening an account for a community the registry does not hold (CommunityNotRegistered)', async () => {
    await given()
      .when(OpenFundAccount, {
        data: { communityId: 'no-such-community', units: [{ unitId: 'a', areaM2Hundredths: 5_000 }] },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('CommunityNotRegistered');
  });

  it('refuses a deposit once the community’s registration ended', async () => {
    const ended = event(projectStreamId(community), RegistrationEnded, {
      kind: 'project',
      id: community,
      reason: '合并入相邻小区',
    });
    await given(...placed, opened, ended)
      .when(DepositToFund, {
        data: { communityId: community, depositId: 'd1', kind: 'initial', deposits: [{ unitId: 'a', amountFen: 1 }] },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('CommunityNotRegistered');
  });

  it('refuses an account unit the unit register does not hold, or holds with another area (FundUnitNotRegistered)', async () => {
    await given(...placed)
      .when(OpenFundAccount, {
        data: { communityId: community, units: [{ unitId: 'zz', areaM2Hundredths: 5_000 }] },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('FundUnitNotRegistered', 'unit zz is not an active unit');
    await given(...placed)
      .when(OpenFundAccount, {
        data: { communityId: community, units: [{ unitId: 'a', areaM2Hundredths: 5_001 }] },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenError('FundUnitNotRegistered', 'registered with 5000');
  });
});
