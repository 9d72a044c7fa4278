/**
 * Why a committee command is refused: each rule's error, with its message written once here.
 */
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';

/** Every reason a committee rule can refuse a command, by tag. */
export type CommitteeErrorTag =
  | 'CommitteeNotElected'
  | 'VoteDoesNotAuthorise'
  | 'VoteAlreadyUsed'
  | 'InvalidComposition'
  | 'NotAMember'
  | 'AlreadyAMember'
  | 'NothingToFile'
  | 'PartyMembershipUnchanged'
  | 'PartyMembershipUnknown'
  | 'PartyMembershipMismatch'
  | 'ElectionRevoked';

/** A committee rule refused the command; `communityId` names the committee. */
export interface CommitteeRuleError extends DomainError {
  readonly _tag: CommitteeErrorTag;
  readonly communityId: string;
}

/** Every error a committee command can return. */
export type CommitteeError = Forbidden | CommitteeRuleError;

function error(_tag: CommitteeErrorTag, communityId: string, message: string): CommitteeRuleError {
  return { _tag, communityId, message };
}

/** The command needs a sitting committee. */
export const committeeNotElected = (communityId: string) =>
  error('CommitteeNotElected', communityId, `${communityId} has no elected owners' committee`);

/** The named vote does not authorise electing or changing this committee. */
export const voteDoesNotAuthorise = (communityId: string, voteId: string, reason: string) =>
  error(
    'VoteDoesNotAuthorise',
    communityId,
    `vote ${voteId} does not authorise electing or changing the committee of ${communityId}: ${reason}`,
  );

/** A vote elects one committee; the electing vote cannot also change it. */
export const voteAlreadyUsed = (communityId: string, voteId: string) =>
  error('VoteAlreadyUsed', communityId, `vote ${voteId} already elected a committee of ${communityId}`);

/** The members do not make a lawful committee (5 to 11, an odd number, one chair …). */
export const invalidComposition = (communityId: string, reason: string) =>
  error('InvalidComposition', communityId, `committee of ${communityId}: ${reason}`);

/** The member named does not sit on the committee. */
export const notAMember = (communityId: string, memberId: string) =>
  error('NotAMember', communityId, `${memberId} does not sit on the committee of ${communityId}`);

/** The member named already sits on the committee. */
export const alreadyAMember = (communityId: string, memberId: string) =>
  error('AlreadyAMember', communityId, `${memberId} already sits on the committee of ${communityId}`);

/** The sitting committee is already filed and has not changed since. */
export const nothingToFile = (communityId: string) =>
  error('NothingToFile', communityId, `the committee of ${communityId} is already filed and has not changed since`);

/** The membership recorded is the one already on record. */
export const partyMembershipUnchanged = (communityId: string, memberId: string, partyMember: boolean) =>
  error(
    'PartyMembershipUnchanged',
    communityId,
    `${memberId} of the committee of ${communityId} is already recorded as ${partyMember ? 'a party member' : 'not a party member'}`,
  );

/** The ledger holds a member's party flag sealed, so the command must state it (`field`). */
export const partyMembershipUnknown = (communityId: string, memberId: string, field: string) =>
  error(
    'PartyMembershipUnknown',
    communityId,
    `the party membership of ${memberId} of the committee of ${communityId} is sealed in the ledger; state it in data.${field}`,
  );

/** The flag the command states is not the one on record. */
export const partyMembershipMismatch = (communityId: string, memberId: string, field: string) =>
  error(
    'PartyMembershipMismatch',
    communityId,
    `data.${field} is not the party membership on record for ${memberId} of the committee of ${communityId}`,
  );

/**
 * A committee acted whose electing decision was revoked. Other areas refuse with it too (a vote
 * the committee convenes, a fund use it requests), so it is a type of its own.
 */
export interface ElectionRevoked extends CommitteeRuleError {
  readonly _tag: 'ElectionRevoked';
  /** The vote whose revoked decision elected the committee. */
  readonly voteId: string;
}

/**
 * The decision that elected the sitting committee was revoked (Civil Code art. 280 ¶2): the
 * committee stands on no decision (art. 155) and may not be filed, changed, have its register
 * kept, convene a vote or request the use of the maintenance fund until a new election.
 */
export const electionRevoked = (communityId: string, voteId: string, reason: string): ElectionRevoked => ({
  _tag: 'ElectionRevoked',
  communityId,
  voteId,
  message: `the committee of ${communityId} was elected by vote ${voteId}, whose decision was revoked (${reason}); only a new election may seat a committee`,
});
