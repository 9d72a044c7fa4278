import type { RecordedEvent } from '@govledger/core';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type BudgetCommand, budgetDecider, type BudgetState, describeBudgetError } from './decide.ts';
import { budgetCatalogue, type BudgetEvent } from './events.ts';

/** Folds `given` events into the budget's state, as the command handler does from the stream. */
function given(...events: BudgetEvent[]): BudgetState {
  return events.reduce<BudgetState>(
    (state, event, i) =>
      budgetDecider.evolve(state, {
        index: i,
        streamId: 'budget-2025',
        streamVersion: i,
        eventId: `e${i}`,
        type: event.type,
        schemaVersion: 1,
        data: event.data,
        metadata: {
          actor: { id: 'x', role: 'member' },
          occurredAt: '2025-01-01T00:00:00Z',
          recordedAt: '2025-01-01T00:00:00Z',
        },
      } as RecordedEvent),
    budgetDecider.initialState,
  );
}
const when = (state: BudgetState, command: BudgetCommand) => budgetDecider.decide(command, state);

const opened: BudgetEvent = {
  type: 'BudgetOpened',
  data: { budgetId: '2025', capCents: 100_000, members: ['m1', 'm2', 'm3'], quorum: 2 },
};
const tabled = (proposalId: string, amountCents: number): BudgetEvent => ({
  type: 'ProposalTabled',
  data: { proposalId, title: proposalId, amountCents, tabledBy: 'm1' },
});
const voted = (proposalId: string, memberId: string, choice: 'for' | 'against'): BudgetEvent => ({
  type: 'VoteCast',
  data: { proposalId, memberId, choice },
});
const approved = (proposalId: string): BudgetEvent => ({
  type: 'ProposalDecided',
  data: { proposalId, outcome: 'approved', votesFor: 2, votesAgainst: 0 },
});
const spent = (proposalId: string, amountCents: number): BudgetEvent => ({
  type: 'SpendingRecorded',
  data: { proposalId, amountCents, payee: 'p' },
});

describe('the residents budget rules', () => {
  it('approves a proposal when the quorum voted and more voted for than against', () => {
    const state = given(opened, tabled('roof', 50_000), voted('roof', 'm1', 'for'), voted('roof', 'm2', 'for'));
    expect(when(state, { kind: 'CloseVoting', proposalId: 'roof' })).toEqual({
      _tag: 'Right',
      right: [
        { type: 'ProposalDecided', data: { proposalId: 'roof', outcome: 'approved', votesFor: 2, votesAgainst: 0 } },
      ],
    });
  });

  it('rejects a proposal without quorum even when every vote was for it', () => {
    const state = given(opened, tabled('roof', 50_000), voted('roof', 'm1', 'for'));
    const decided = when(state, { kind: 'CloseVoting', proposalId: 'roof' });
    expect(isRight(decided) && decided.right[0]?.data).toMatchObject({ outcome: 'rejected' });
  });

  it('rejects a tie', () => {
    const state = given(opened, tabled('roof', 50_000), voted('roof', 'm1', 'for'), voted('roof', 'm2', 'against'));
    const decided = when(state, { kind: 'CloseVoting', proposalId: 'roof' });
    expect(isRight(decided) && decided.right[0]?.data).toMatchObject({ outcome: 'rejected' });
  });

  it('refuses a second vote by the same member', () => {
    const state = given(opened, tabled('roof', 50_000), voted('roof', 'm1', 'for'));
    expect(when(state, { kind: 'CastVote', proposalId: 'roof', memberId: 'm1', choice: 'against' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'AlreadyVoted', proposalId: 'roof', memberId: 'm1' },
    });
  });

  it('refuses a vote after voting closed and a vote by a non-member', () => {
    const closed = given(
      opened,
      tabled('roof', 50_000),
      voted('roof', 'm1', 'for'),
      voted('roof', 'm2', 'for'),
      approved('roof'),
    );
    expect(when(closed, { kind: 'CastVote', proposalId: 'roof', memberId: 'm3', choice: 'for' })).toMatchObject({
      left: { _tag: 'VotingClosed' },
    });
    const open = given(opened, tabled('roof', 50_000));
    expect(when(open, { kind: 'CastVote', proposalId: 'roof', memberId: 'stranger', choice: 'for' })).toMatchObject({
      left: { _tag: 'NotAMember', memberId: 'stranger' },
    });
  });

  it('refuses spending on a proposal that was not approved', () => {
    const state = given(opened, tabled('roof', 50_000));
    expect(when(state, { kind: 'RecordSpending', proposalId: 'roof', amountCents: 1, payee: 'p' })).toMatchObject({
      left: { _tag: 'NotApproved', proposalId: 'roof' },
    });
  });

  it('allows spending up to the cap exactly and refuses one cent more', () => {
    const state = given(
      opened,
      tabled('roof', 80_000),
      tabled('lift', 80_000),
      approved('roof'),
      approved('lift'),
      spent('roof', 60_000),
    );
    expect(when(state, { kind: 'RecordSpending', proposalId: 'lift', amountCents: 40_001, payee: 'p' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'OverCap', capCents: 100_000, leftCents: 40_000 },
    });
    expect(isRight(when(state, { kind: 'RecordSpending', proposalId: 'lift', amountCents: 40_000, payee: 'p' }))).toBe(
      true,
    );
  });

  it("refuses spending beyond a proposal's own amount", () => {
    const state = given(opened, tabled('roof', 30_000), approved('roof'), spent('roof', 20_000));
    expect(when(state, { kind: 'RecordSpending', proposalId: 'roof', amountCents: 10_001, payee: 'p' })).toMatchObject({
      left: { _tag: 'OverProposalAmount', leftCents: 10_000 },
    });
  });

  it('refuses every command but opening before the budget is open', () => {
    expect(when(null, { kind: 'CloseVoting', proposalId: 'roof' })).toMatchObject({ left: { _tag: 'BudgetNotOpen' } });
    expect(
      isLeft(when(given(opened), { kind: 'OpenBudget', budgetId: 'x', capCents: 1, members: [], quorum: 1 })),
    ).toBe(true);
  });

  it('emits only events whose data matches their codec in the catalogue', () => {
    const state = given(opened, tabled('roof', 30_000), approved('roof'));
    const decided = when(state, { kind: 'RecordSpending', proposalId: 'roof', amountCents: 10, payee: 'p' });
    if (isLeft(decided)) throw new Error('expected events');
    for (const event of decided.right)
      expect(isRight(budgetCatalogue.decodeData(event.type, 1, event.data))).toBe(true);
  });

  it('names the refusal in a sentence a member can act on', () => {
    expect(describeBudgetError({ _tag: 'OverCap', capCents: 500_000, leftCents: 380_000 })).toBe(
      'only 380000 cents of the 500000-cent cap are left this year',
    );
  });
});
