/**
 * Why a vote command is refused: each rule's error, with its message written once here.
 */
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';
import type { VoteStatus } from './aggregate.ts';

/** Every reason a vote command can be refused, by tag. */
export type VoteErrorTag =
  | 'VoteAlreadyProposed'
  | 'VoteNotFound'
  | 'VoteStatusForbids'
  | 'AmountRequired'
  | 'AmountNotApplicable'
  | 'InvalidElectorate'
  | 'ElectorateNotDerived'
  | 'ClosingNotAfterOpening'
  | 'VotingAlreadyClosed'
  | 'NotARegisteredOwner'
  | 'VotingPeriodNotOver'
  | 'OutcomeMismatch'
  | 'CountRequired'
  | 'CountDoesNotOpen'
  | 'NoSealedBallots';

/** A vote rule refused the command; `voteId` names the vote. */
export interface VoteRuleError extends DomainError {
  readonly _tag: VoteErrorTag;
  readonly voteId: string;
}

/** Every error a vote command can return. */
export type VoteError = Forbidden | VoteRuleError;

function error(_tag: VoteErrorTag, voteId: string, message: string): VoteRuleError {
  return { _tag, voteId, message };
}

/** A vote id is proposed once. */
export const voteAlreadyProposed = (voteId: string) =>
  error('VoteAlreadyProposed', voteId, `vote ${voteId} was already proposed`);

/** The command names a vote never proposed. */
export const voteNotFound = (voteId: string) => error('VoteNotFound', voteId, `vote ${voteId} was never proposed`);

/** The command is not allowed in the vote's current status. */
export const voteStatusForbids = (
  voteId: string,
  command: string,
  status: VoteStatus,
  allowed: readonly VoteStatus[],
) =>
  error(
    'VoteStatusForbids',
    voteId,
    `${command} is not allowed on vote ${voteId} while it is ${status}; it is allowed only while ${allowed.join(' or ')}`,
  );

/** A vote on using the maintenance fund (matter 5) must name the amount requested. */
export const amountRequired = (voteId: string) =>
  error(
    'AmountRequired',
    voteId,
    `vote ${voteId} is on matter 5 (use of the maintenance fund) and must name requestedAmountFen`,
  );

/** Only matter 5 names an amount. */
export const amountNotApplicable = (voteId: string, matter: number) =>
  error('AmountNotApplicable', voteId, `vote ${voteId} is on matter ${matter}; only matter 5 names requestedAmountFen`);

/** The electorate submitted breaks a rule of registration (duplicate unit, split developer units …). */
export const invalidElectorate = (voteId: string, reason: string) =>
  error('InvalidElectorate', voteId, `electorate of vote ${voteId}: ${reason}`);

/** An electorate is derived from the unit register for a scope, never typed in by whoever runs the vote. */
export const electorateNotDerived = (voteId: string) =>
  error(
    'ElectorateNotDerived',
    voteId,
    `electorate of vote ${voteId}: units may not be typed in; register the electorate with RegisterElectorate {voteId, scope}, which derives owners and areas from the unit register`,
  );

/** Voting must close after it opens. */
export const closingNotAfterOpening = (voteId: string, closesAt: string, occurredAt: string) =>
  error(
    'ClosingNotAfterOpening',
    voteId,
    `vote ${voteId} opened at ${occurredAt} must close later, but closesAt is ${closesAt}`,
  );

/** A ballot arrived after voting closed (by the closing time or by CloseVoting). */
export const votingAlreadyClosed = (voteId: string, closedAt: string) =>
  error('VotingAlreadyClosed', voteId, `voting on vote ${voteId} closed at ${closedAt}; the ballot is refused`);

/** Only the registered owner of a unit casts its ballot, in the capacity they are registered in. */
export const notARegisteredOwner = (voteId: string, actorId: string, reason: string) =>
  error('NotARegisteredOwner', voteId, `${actorId} may not vote on vote ${voteId}: ${reason}`);

/** Voting may be closed only once its announced closing time has come. */
export const votingPeriodNotOver = (voteId: string, closesAt: string, occurredAt: string) =>
  error('VotingPeriodNotOver', voteId, `vote ${voteId} closes at ${closesAt}; it cannot be closed at ${occurredAt}`);

/** The certifier expected a different result from the one computed. */
export const outcomeMismatch = (voteId: string, expected: string, computed: string) =>
  error('OutcomeMismatch', voteId, `vote ${voteId} computes as ${computed}, but the certifier expected ${expected}`);

/** Closing a vote with sealed ballots needs the count made with the inspection key. */
export const countRequired = (voteId: string, sealedBallots: number) =>
  error(
    'CountRequired',
    voteId,
    `vote ${voteId} has ${sealedBallots} sealed ballots; CloseVoting needs data.count (the per-choice weights and summed blinding from counting them)`,
  );

/** The count given does not open the sum of the counted ballots' commitments. */
export const countDoesNotOpen = (voteId: string, why: string) =>
  error('CountDoesNotOpen', voteId, `the count of vote ${voteId} does not match its ballot commitments: ${why}`);

/** An inspection needs sealed ballots to open. */
export const noSealedBallots = (voteId: string) =>
  error('NoSealedBallots', voteId, `vote ${voteId} has no sealed ballots to inspect (its ballots are plain)`);
