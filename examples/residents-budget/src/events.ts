/**
 * Step 1 — the events. Every act of the association is a past-tense fact with an io-ts
 * codec for its `data`; the catalogue lists them so a write can be checked against its
 * codec and a reader can decode what it finds in the log.
 *
 * Money is integer cents (never a float); times are ISO-8601 UTC strings; ids are strings.
 */
import { defineEvent, EventCatalogue, type DataOf, type RecordedEvent } from '@govledger/core';
import * as t from 'io-ts';

/** A non-negative whole number of cents. */
const Cents = t.refinement(t.number, (n) => Number.isSafeInteger(n) && n >= 0, 'Cents');

/** The year's budget was opened: who may vote, how many votes decide, and the spending cap. */
export const BudgetOpened = defineEvent(
  'BudgetOpened',
  t.type({ budgetId: t.string, capCents: Cents, members: t.array(t.string), quorum: t.number }),
);

/** A member tabled a proposal to spend money; voting on it is open from now on. */
export const ProposalTabled = defineEvent(
  'ProposalTabled',
  t.type({ proposalId: t.string, title: t.string, amountCents: Cents, tabledBy: t.string }),
);

/** A member voted on an open proposal (one vote per member and proposal). */
export const VoteCast = defineEvent(
  'VoteCast',
  t.type({ proposalId: t.string, memberId: t.string, choice: t.keyof({ for: null, against: null }) }),
);

/** Voting closed: approved when the quorum voted and more voted for than against. */
export const ProposalDecided = defineEvent(
  'ProposalDecided',
  t.type({
    proposalId: t.string,
    outcome: t.keyof({ approved: null, rejected: null }),
    votesFor: t.number,
    votesAgainst: t.number,
  }),
);

/** Money was paid out for an approved proposal, within its amount and the year's cap. */
export const SpendingRecorded = defineEvent(
  'SpendingRecorded',
  t.type({ proposalId: t.string, amountCents: Cents, payee: t.string }),
);

/** Every event of the budget domain, for checked writes and decoding reads. */
export const budgetCatalogue = new EventCatalogue([
  BudgetOpened,
  ProposalTabled,
  VoteCast,
  ProposalDecided,
  SpendingRecorded,
]);

/** One event of the domain with its data typed: what a decider emits and a fold reads. */
export type BudgetEvent =
  | { readonly type: 'BudgetOpened'; readonly data: DataOf<typeof BudgetOpened> }
  | { readonly type: 'ProposalTabled'; readonly data: DataOf<typeof ProposalTabled> }
  | { readonly type: 'VoteCast'; readonly data: DataOf<typeof VoteCast> }
  | { readonly type: 'ProposalDecided'; readonly data: DataOf<typeof ProposalDecided> }
  | { readonly type: 'SpendingRecorded'; readonly data: DataOf<typeof SpendingRecorded> };

/**
 * The recorded event as a typed {@link BudgetEvent}, or `null` for an event of another
 * domain (the log is shared) or one whose data does not match its codec.
 */
export function asBudgetEvent(event: RecordedEvent): BudgetEvent | null {
  const definition = budgetCatalogue.definition(event.type, event.schemaVersion);
  if (!definition?.codec.is(event.data)) return null;
  return { type: event.type, data: event.data } as BudgetEvent;
}
