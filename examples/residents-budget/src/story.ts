/**
 * The association's year as a list of commands, each with who acted and when. Running it
 * through the decider records the history the example replays and verifies. One command
 * is refused on purpose (spending over the cap) to show a refusal is a value, not a crash.
 */
import type { Actor } from '@govledger/core';
import type { BudgetCommand } from './decide.ts';

/** One step of the story: the command, its actor and the moment it happened (ISO-8601 UTC). */
export interface StoryStep {
  readonly at: string;
  readonly actor: Actor;
  readonly command: BudgetCommand;
}

const member = (id: string): Actor => ({ id, role: 'member' });
const treasurer: Actor = { id: 'treasurer', role: 'treasurer' };
const vote = (at: string, proposalId: string, memberId: string, choice: 'for' | 'against'): StoryStep => ({
  at,
  actor: member(memberId),
  command: { kind: 'CastVote', proposalId, memberId, choice },
});

/** The budget stream every step appends to. */
export const BUDGET_STREAM = 'budget-2025';

/** Maple Court Residents' Association, 2025: a 5,000.00 cap, three proposals, two approved. */
export const story: readonly StoryStep[] = [
  {
    at: '2025-01-10T18:00:00Z',
    actor: treasurer,
    command: {
      kind: 'OpenBudget',
      budgetId: '2025',
      capCents: 500_000,
      members: ['m1', 'm2', 'm3', 'm4', 'm5'],
      quorum: 3,
    },
  },
  {
    at: '2025-02-01T19:00:00Z',
    actor: member('m1'),
    command: {
      kind: 'TableProposal',
      proposalId: 'garden',
      title: 'Replant the courtyard garden',
      amountCents: 180_000,
      memberId: 'm1',
    },
  },
  vote('2025-02-03T08:00:00Z', 'garden', 'm1', 'for'),
  vote('2025-02-03T09:30:00Z', 'garden', 'm2', 'for'),
  vote('2025-02-04T20:15:00Z', 'garden', 'm3', 'against'),
  vote('2025-02-05T07:45:00Z', 'garden', 'm4', 'for'),
  { at: '2025-02-10T18:00:00Z', actor: treasurer, command: { kind: 'CloseVoting', proposalId: 'garden' } },
  {
    at: '2025-03-01T19:00:00Z',
    actor: member('m2'),
    command: {
      kind: 'TableProposal',
      proposalId: 'lights',
      title: 'LED lights in the stairwells',
      amountCents: 400_000,
      memberId: 'm2',
    },
  },
  vote('2025-03-02T10:00:00Z', 'lights', 'm2', 'for'),
  vote('2025-03-03T12:00:00Z', 'lights', 'm5', 'for'),
  vote('2025-03-04T21:00:00Z', 'lights', 'm1', 'for'),
  { at: '2025-03-15T18:00:00Z', actor: treasurer, command: { kind: 'CloseVoting', proposalId: 'lights' } },
  {
    at: '2025-04-02T11:00:00Z',
    actor: treasurer,
    command: { kind: 'RecordSpending', proposalId: 'garden', amountCents: 120_000, payee: 'Green Thumb Nursery' },
  },
  {
    at: '2025-04-20T11:00:00Z',
    actor: treasurer,
    command: { kind: 'RecordSpending', proposalId: 'lights', amountCents: 400_000, payee: 'Bright Electric' },
  },
  {
    at: '2025-04-21T11:00:00Z',
    actor: treasurer,
    command: { kind: 'RecordSpending', proposalId: 'lights', amountCents: 380_000, payee: 'Bright Electric' },
  },
  {
    at: '2025-05-05T19:00:00Z',
    actor: member('m3'),
    command: { kind: 'TableProposal', proposalId: 'party', title: 'Summer party', amountCents: 50_000, memberId: 'm3' },
  },
  vote('2025-05-06T09:00:00Z', 'party', 'm3', 'for'),
  vote('2025-05-07T09:00:00Z', 'party', 'm4', 'against'),
  vote('2025-05-08T09:00:00Z', 'party', 'm5', 'against'),
  { at: '2025-05-20T18:00:00Z', actor: treasurer, command: { kind: 'CloseVoting', proposalId: 'party' } },
];
