/**
 * Why a fund command is refused: each rule's error, with its message written once here.
 */
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';

/** Every reason a fund rule can refuse a command, by tag. */
export type FundErrorTag =
  | 'FundAlreadyOpened'
  | 'FundNotOpened'
  | 'InvalidUnitList'
  | 'IdAlreadyUsed'
  | 'DisbursementNotFound'
  | 'DisbursementStatusForbids'
  | 'NotAnEmergency'
  | 'EmergencyAlreadyConfirmed'
  | 'EmergencyNotConfirmed'
  | 'VoteDoesNotAuthorise'
  | 'AmountExceedsVote'
  | 'InsufficientBalance';

/** A fund rule refused the command; `communityId` names the fund. */
export interface FundRuleError extends DomainError {
  readonly _tag: FundErrorTag;
  readonly communityId: string;
}

/** Every error a fund command can return. */
export type FundError = Forbidden | FundRuleError;

function error(_tag: FundErrorTag, communityId: string, message: string): FundRuleError {
  return { _tag, communityId, message };
}

/** A community has one fund account. */
export const fundAlreadyOpened = (communityId: string) =>
  error('FundAlreadyOpened', communityId, `the maintenance fund account of ${communityId} is already open`);

/** The command needs the community's account open. */
export const fundNotOpened = (communityId: string) =>
  error('FundNotOpened', communityId, `the maintenance fund account of ${communityId} is not open`);

/** A list of units (or unit amounts) breaks a rule: unknown, duplicate, empty or too long. */
export const invalidUnitList = (communityId: string, reason: string) =>
  error('InvalidUnitList', communityId, `fund of ${communityId}: ${reason}`);

/** Deposit, refund and disbursement ids are used once each. */
export const idAlreadyUsed = (communityId: string, what: string, id: string) =>
  error('IdAlreadyUsed', communityId, `fund of ${communityId}: ${what} ${id} was already recorded`);

/** The command names a disbursement never requested. */
export const disbursementNotFound = (communityId: string, id: string) =>
  error('DisbursementNotFound', communityId, `fund of ${communityId}: disbursement ${id} was never requested`);

/** The command is not allowed in the disbursement's current status. */
export const disbursementStatusForbids = (
  communityId: string,
  id: string,
  command: string,
  status: string,
  allowed: string,
) =>
  error(
    'DisbursementStatusForbids',
    communityId,
    `${command} is not allowed on disbursement ${id} of ${communityId} while it is ${status}; it is allowed only while ${allowed}`,
  );

/** Only emergency requests are confirmed by the street office. */
export const notAnEmergency = (communityId: string, id: string) =>
  error(
    'NotAnEmergency',
    communityId,
    `disbursement ${id} of ${communityId} is authorised by a vote, not the emergency procedure`,
  );

/** An emergency is confirmed once. */
export const emergencyAlreadyConfirmed = (communityId: string, id: string) =>
  error(
    'EmergencyAlreadyConfirmed',
    communityId,
    `the emergency of disbursement ${id} of ${communityId} was already confirmed`,
  );

/** An emergency request needs the street office's confirmation before approval. */
export const emergencyNotConfirmed = (communityId: string, id: string) =>
  error(
    'EmergencyNotConfirmed',
    communityId,
    `disbursement ${id} of ${communityId} uses the emergency procedure and needs the street office's confirmation first`,
  );

/** The named vote does not authorise using this community's fund. */
export const voteDoesNotAuthorise = (communityId: string, voteId: string, reason: string) =>
  error(
    'VoteDoesNotAuthorise',
    communityId,
    `vote ${voteId} does not authorise using the fund of ${communityId}: ${reason}`,
  );

/** Requests under one vote may not exceed the amount the owners approved. */
export const amountExceedsVote = (
  communityId: string,
  voteId: string,
  approvedFen: number,
  committedFen: number,
  amountFen: number,
) =>
  error(
    'AmountExceedsVote',
    communityId,
    `vote ${voteId} approved ${approvedFen} fen; ${committedFen} fen is already requested under it, so ${amountFen} fen more exceeds it`,
  );

/** No unit's balance, and so not the community's, may go negative. */
export const insufficientBalance = (communityId: string, reason: string) =>
  error('InsufficientBalance', communityId, `fund of ${communityId}: ${reason}`);
