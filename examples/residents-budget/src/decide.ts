/**
 * Step 2 — the decider: the association's rules as a pure function. `decide` looks at a
 * command and the budget's current state and either refuses with a typed error or returns
 * the events that record the act; `evolve` folds one recorded event into the state. No
 * clock, no ids, no I/O: dates and ids arrive inside the command.
 */
import type { Decider, RecordedEvent } from '@govledger/core';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { asBudgetEvent, type BudgetEvent } from './events.ts';

/** What a member or the treasurer asks for. */
export type BudgetCommand =
  | {
      readonly kind: 'OpenBudget';
      readonly budgetId: string;
      readonly capCents: number;
      readonly members: readonly string[];
      readonly quorum: number;
    }
  | {
      readonly kind: 'TableProposal';
      readonly proposalId: string;
      readonly title: string;
      readonly amountCents: number;
      readonly memberId: string;
    }
  | {
      readonly kind: 'CastVote';
      readonly proposalId: string;
      readonly memberId: string;
      readonly choice: 'for' | 'against';
    }
  | { readonly kind: 'CloseVoting'; readonly proposalId: string }
  | {
      readonly kind: 'RecordSpending';
      readonly proposalId: string;
      readonly amountCents: number;
      readonly payee: string;
    };

/** Why the rules refused a command; nothing was recorded. */
export type BudgetError =
  | { readonly _tag: 'BudgetNotOpen' }
  | { readonly _tag: 'BudgetAlreadyOpen'; readonly budgetId: string }
  | { readonly _tag: 'NotAMember'; readonly memberId: string }
  | { readonly _tag: 'ProposalExists'; readonly proposalId: string }
  | { readonly _tag: 'UnknownProposal'; readonly proposalId: string }
  | { readonly _tag: 'VotingClosed'; readonly proposalId: string }
  | { readonly _tag: 'AlreadyVoted'; readonly proposalId: string; readonly memberId: string }
  | { readonly _tag: 'NotApproved'; readonly proposalId: string }
  | { readonly _tag: 'OverProposalAmount'; readonly proposalId: string; readonly leftCents: number }
  | { readonly _tag: 'OverCap'; readonly capCents: number; readonly leftCents: number };

/** One proposal as the rules need it. */
export interface ProposalState {
  readonly amountCents: number;
  readonly status: 'voting' | 'approved' | 'rejected';
  readonly votesFor: number;
  readonly votesAgainst: number;
  readonly voters: readonly string[];
  readonly spentCents: number;
}

/** The budget stream's state: `null` until the budget is opened. */
export type BudgetState = {
  readonly budgetId: string;
  readonly capCents: number;
  readonly members: readonly string[];
  readonly quorum: number;
  readonly spentCents: number;
  readonly proposals: Readonly<Record<string, ProposalState>>;
} | null;

const ok = (...events: BudgetEvent[]): Either<BudgetError, readonly BudgetEvent[]> => right(events);

function decide(command: BudgetCommand, state: BudgetState): Either<BudgetError, readonly BudgetEvent[]> {
  if (command.kind === 'OpenBudget') {
    if (state) return left({ _tag: 'BudgetAlreadyOpen', budgetId: state.budgetId });
    const { budgetId, capCents, members, quorum } = command;
    return ok({ type: 'BudgetOpened', data: { budgetId, capCents, members: [...members], quorum } });
  }
  if (!state) return left({ _tag: 'BudgetNotOpen' });
  switch (command.kind) {
    case 'TableProposal': {
      if (!state.members.includes(command.memberId)) return left({ _tag: 'NotAMember', memberId: command.memberId });
      if (state.proposals[command.proposalId]) return left({ _tag: 'ProposalExists', proposalId: command.proposalId });
      const { proposalId, title, amountCents, memberId } = command;
      return ok({ type: 'ProposalTabled', data: { proposalId, title, amountCents, tabledBy: memberId } });
    }
    case 'CastVote': {
      const proposal = state.proposals[command.proposalId];
      if (!proposal) return left({ _tag: 'UnknownProposal', proposalId: command.proposalId });
      if (!state.members.includes(command.memberId)) return left({ _tag: 'NotAMember', memberId: command.memberId });
      if (proposal.status !== 'voting') return left({ _tag: 'VotingClosed', proposalId: command.proposalId });
      if (proposal.voters.includes(command.memberId)) {
        return left({ _tag: 'AlreadyVoted', proposalId: command.proposalId, memberId: command.memberId });
      }
      const { proposalId, memberId, choice } = command;
      return ok({ type: 'VoteCast', data: { proposalId, memberId, choice } });
    }
    case 'CloseVoting': {
      const proposal = state.proposals[command.proposalId];
      if (!proposal) return left({ _tag: 'UnknownProposal', proposalId: command.proposalId });
      if (proposal.status !== 'voting') return left({ _tag: 'VotingClosed', proposalId: command.proposalId });
      const { votesFor, votesAgainst } = proposal;
      const approved = votesFor + votesAgainst >= state.quorum && votesFor > votesAgainst;
      const outcome = approved ? 'approved' : 'rejected';
      return ok({ type: 'ProposalDecided', data: { proposalId: command.proposalId, outcome, votesFor, votesAgainst } });
    }
    case 'RecordSpending': {
      const proposal = state.proposals[command.proposalId];
      if (!proposal) return left({ _tag: 'UnknownProposal', proposalId: command.proposalId });
      if (proposal.status !== 'approved') return left({ _tag: 'NotApproved', proposalId: command.proposalId });
      const proposalLeft = proposal.amountCents - proposal.spentCents;
      if (command.amountCents > proposalLeft) {
        return left({ _tag: 'OverProposalAmount', proposalId: command.proposalId, leftCents: proposalLeft });
      }
      const capLeft = state.capCents - state.spentCents;
      if (command.amountCents > capLeft) return left({ _tag: 'OverCap', capCents: state.capCents, leftCents: capLeft });
      const { proposalId, amountCents, payee } = command;
      return ok({ type: 'SpendingRecorded', data: { proposalId, amountCents, payee } });
    }
  }
}

function updateProposal(state: NonNullable<BudgetState>, id: string, change: (p: ProposalState) => ProposalState) {
  const proposal = state.proposals[id];
  return proposal ? { ...state, proposals: { ...state.proposals, [id]: change(proposal) } } : state;
}

function evolve(state: BudgetState, recorded: RecordedEvent): BudgetState {
  const event = asBudgetEvent(recorded);
  if (!event) return state;
  if (event.type === 'BudgetOpened') return { ...event.data, spentCents: 0, proposals: {} };
  if (!state) return state;
  switch (event.type) {
    case 'ProposalTabled': {
      const proposal: ProposalState = {
        amountCents: event.data.amountCents,
        status: 'voting',
        votesFor: 0,
        votesAgainst: 0,
        voters: [],
        spentCents: 0,
      };
      return { ...state, proposals: { ...state.proposals, [event.data.proposalId]: proposal } };
    }
    case 'VoteCast': {
      const { choice, memberId } = event.data;
      return updateProposal(state, event.data.proposalId, (p) => ({
        ...p,
        votesFor: p.votesFor + (choice === 'for' ? 1 : 0),
        votesAgainst: p.votesAgainst + (choice === 'against' ? 1 : 0),
        voters: [...p.voters, memberId],
      }));
    }
    case 'ProposalDecided':
      return updateProposal(state, event.data.proposalId, (p) => ({ ...p, status: event.data.outcome }));
    case 'SpendingRecorded': {
      const spent = updateProposal(state, event.data.proposalId, (p) => ({
        ...p,
        spentCents: p.spentCents + event.data.amountCents,
      }));
      return { ...spent, spentCents: spent.spentCents + event.data.amountCents };
    }
  }
}

/**
 * The rules of one budget stream (`budget-<year>`): who may table and vote, one vote per
 * member, quorum and simple majority, and spending only on approved proposals within their
 * amount and the year's cap (the cap itself may be reached exactly).
 */
export const budgetDecider: Decider<BudgetCommand, BudgetEvent, BudgetState, BudgetError> = {
  initialState: null,
  decide,
  evolve,
};

/** The sentence a member reads when the rules refuse a command. */
export function describeBudgetError(error: BudgetError): string {
  switch (error._tag) {
    case 'BudgetNotOpen':
      return 'the budget is not open yet: open it first';
    case 'BudgetAlreadyOpen':
      return `budget ${error.budgetId} is already open`;
    case 'NotAMember':
      return `${error.memberId} is not a member of the association`;
    case 'ProposalExists':
      return `proposal ${error.proposalId} was already tabled: choose another id`;
    case 'UnknownProposal':
      return `there is no proposal ${error.proposalId}`;
    case 'VotingClosed':
      return `voting on ${error.proposalId} is closed`;
    case 'AlreadyVoted':
      return `${error.memberId} already voted on ${error.proposalId}`;
    case 'NotApproved':
      return `${error.proposalId} was not approved: nothing may be spent on it`;
    case 'OverProposalAmount':
      return `only ${error.leftCents} cents of ${error.proposalId} are left to spend`;
    case 'OverCap':
      return `only ${error.leftCents} cents of the ${error.capCents}-cent cap are left this year`;
  }
}
