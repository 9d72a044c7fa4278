/**
 * Step 3 — the projection: a pure fold over the whole log that answers "where does the
 * money stand?", now or as of any past moment. It updates its Maps in place (the runner
 * hands each fold the state it returned last time), so a replay costs O(1) per event.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { asBudgetEvent } from './events.ts';

/** One proposal as members see it on the notice board. */
export interface ProposalLine {
  readonly proposalId: string;
  readonly title: string;
  readonly amountCents: number;
  status: 'voting' | 'approved' | 'rejected';
  votesFor: number;
  votesAgainst: number;
  spentCents: number;
}

/** The budget as members see it: cap, what was approved and spent, and every proposal. */
export interface BudgetView {
  budgetId: string | null;
  capCents: number;
  approvedCents: number;
  spentCents: number;
  readonly proposals: Map<string, ProposalLine>;
}

function evolve(view: BudgetView, recorded: RecordedEvent): BudgetView {
  const event = asBudgetEvent(recorded);
  if (!event) return view;
  switch (event.type) {
    case 'BudgetOpened':
      view.budgetId = event.data.budgetId;
      view.capCents = event.data.capCents;
      break;
    case 'ProposalTabled': {
      const { proposalId, title, amountCents } = event.data;
      view.proposals.set(proposalId, {
        proposalId,
        title,
        amountCents,
        status: 'voting',
        votesFor: 0,
        votesAgainst: 0,
        spentCents: 0,
      });
      break;
    }
    case 'VoteCast': {
      const line = view.proposals.get(event.data.proposalId);
      if (line && event.data.choice === 'for') line.votesFor++;
      if (line && event.data.choice === 'against') line.votesAgainst++;
      break;
    }
    case 'ProposalDecided': {
      const line = view.proposals.get(event.data.proposalId);
      if (line) line.status = event.data.outcome;
      if (line && event.data.outcome === 'approved') view.approvedCents += line.amountCents;
      break;
    }
    case 'SpendingRecorded': {
      const line = view.proposals.get(event.data.proposalId);
      if (line) line.spentCents += event.data.amountCents;
      view.spentCents += event.data.amountCents;
      break;
    }
  }
  return view;
}

/** The notice-board view of the budget. Bump `version` whenever `evolve` or the state changes. */
export const budgetView: Projection<BudgetView> = {
  name: 'budgetView',
  version: 1,
  init: () => ({ budgetId: null, capCents: 0, approvedCents: 0, spentCents: 0, proposals: new Map() }),
  evolve,
};

/** What is left to spend under the cap. */
export function remainingCents(view: BudgetView): number {
  return view.capCents - view.spentCents;
}
