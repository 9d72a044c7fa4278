/**
 * Why a public income command is refused: each rule's error, with its message written once here.
 */
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';

/** Every reason a public income rule can refuse a command, by tag. */
export type PublicIncomeErrorTag = 'IdAlreadyUsed' | 'AllocationExceedsUnallocated' | 'InvalidPeriod';

/** A public income rule refused the command; `communityId` names the community. */
export interface PublicIncomeRuleError extends DomainError {
  readonly _tag: PublicIncomeErrorTag;
  readonly communityId: string;
}

/** Every error a public income command can return. */
export type PublicIncomeError = Forbidden | PublicIncomeRuleError;

function error(_tag: PublicIncomeErrorTag, communityId: string, message: string): PublicIncomeRuleError {
  return { _tag, communityId, message };
}

/** Income, allocation and disclosure ids are used once each. */
export const idAlreadyUsed = (communityId: string, what: string, id: string) =>
  error('IdAlreadyUsed', communityId, `public income of ${communityId}: ${what} ${id} was already recorded`);

/** An allocation may not exceed the income not yet allocated. */
export const allocationExceedsUnallocated = (communityId: string, amountFen: number, unallocatedFen: number) =>
  error(
    'AllocationExceedsUnallocated',
    communityId,
    `public income of ${communityId}: ${amountFen} fen cannot be allocated, only ${unallocatedFen} fen is unallocated`,
  );

/** A disclosure covers a run of past months, at most 36. */
export const invalidPeriod = (communityId: string, reason: string) =>
  error('InvalidPeriod', communityId, `public income of ${communityId}: ${reason}`);
