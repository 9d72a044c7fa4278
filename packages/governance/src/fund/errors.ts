/**
 * Why a fund command is refused: each rule's error, with its message written once here.
 */
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';
import type { ElectionRevoked } from '../committees/errors.ts';
import type { RegistryError } from '../registry/errors.ts';

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
  | 'InsufficientBalance'
  | 'ChargeOutsideElectorate'
  | 'TopUpNeedsVote'
  | 'EmergencyNotListed'
  | 'EmergencyEvidenceRequired'
  | 'CommitteeMustRequest'
  | 'EmergencyCapExceeded'
  | 'PublicityAlreadyRecorded'
  | 'FundUnitNotRegistered';

/** A fund rule refused the command; `communityId` names the fund. */
export interface FundRuleError extends DomainError {
  readonly _tag: FundErrorTag;
  readonly communityId: string;
}

/** Every error a fund command can return. */
export type FundError = Forbidden | RegistryError | FundRuleError | ElectionRevoked;

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

/** Who votes is who pays: a use or top-up under a vote charges only units of that vote's electorate. */
export const chargeOutsideElectorate = (communityId: string, voteId: string, unitIds: readonly string[]) =>
  error(
    'ChargeOutsideElectorate',
    communityId,
    `vote ${voteId} of ${communityId} was not voted by unit${unitIds.length > 1 ? 's' : ''} ${listed(unitIds)}, so it cannot charge ${unitIds.length > 1 ? 'them' : 'it'}`,
  );

/** A top-up (续筹) raises the fund: matter 6 of Civil Code art. 278, which needs its certified vote. */
export const topUpNeedsVote = (communityId: string, reason: string) =>
  error(
    'TopUpNeedsVote',
    communityId,
    `a top-up (续筹) of the fund of ${communityId} is matter 6 of Civil Code art. 278 and needs a certified vote passed by three quarters: ${reason}`,
  );

/** Only the emergencies the fund policy lists may use the fund without a vote. */
export const emergencyNotListed = (communityId: string, emergency: string, listedKinds: readonly string[]) =>
  error(
    'EmergencyNotListed',
    communityId,
    `emergency ${emergency} is not one the fund policy lists for use without a vote; listed: ${listedKinds.join(', ')}`,
  );

/** An emergency request names the document that shows the emergency, by hash. */
export const emergencyEvidenceRequired = (communityId: string, id: string) =>
  error(
    'EmergencyEvidenceRequired',
    communityId,
    `emergency request ${id} of ${communityId} must name its evidence document (inspection notice, fire-department notice or safety appraisal) by SHA-256`,
  );

/** Where an owners' committee sits, it alone requests a use (2007 fund rule arts. 22–24). */
export const committeeMustRequest = (communityId: string, role: string) =>
  error(
    'CommitteeMustRequest',
    communityId,
    `${communityId} has an owners' committee, so it requests the use of the fund; a ${role} may request an emergency use only where no committee exists`,
  );

/** The policy's cap on emergency uses (a share of the initial deposits) would be exceeded. */
export const emergencyCapExceeded = (communityId: string, capFen: number, usedFen: number, amountFen: number) =>
  error(
    'EmergencyCapExceeded',
    communityId,
    `emergency uses of the fund of ${communityId} are capped at ${capFen} fen; ${usedFen} fen is already requested, so ${amountFen} fen more exceeds it`,
  );

/** An emergency repair's publicity is recorded once, after the payment. */
export const publicityAlreadyRecorded = (communityId: string, id: string) =>
  error(
    'PublicityAlreadyRecorded',
    communityId,
    `the repair and cost of disbursement ${id} of ${communityId} were already published`,
  );

/** A fund account holds only units of the unit register, with their registered area. */
export const fundUnitNotRegistered = (communityId: string, reason: string) =>
  error('FundUnitNotRegistered', communityId, `fund of ${communityId}: ${reason}`);

function listed(ids: readonly string[]): string {
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
}
