/**
 * Why a vote command is refused: each rule's error, with its message written once here.
 */
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';
import type { ElectionRevoked } from '../committees/errors.ts';
import type { RegistryError } from '../registry/errors.ts';
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
  | 'BallotDatedBeforeOpening'
  | 'NotARegisteredOwner'
  | 'VotingPeriodNotOver'
  | 'OutcomeMismatch'
  | 'CountRequired'
  | 'CountDoesNotOpen'
  | 'NoSealedBallots'
  | 'PseudonymRequired'
  | 'NotFirstAssembly'
  | 'PetitionersOnlyOnPetition'
  | 'MatterNotForPreparatoryGroup'
  | 'PetitionTooSmall'
  | 'ConveningGroundsRequired'
  | 'NoticeRequired'
  | 'NoticePeriodTooShort'
  | 'VotingWindowOutOfBounds'
  | 'NoticePeriodNotOver'
  | 'WindowDiffersFromNotice'
  | 'ItemNotInNotice'
  | 'ObjectionPeriodOver'
  | 'ObjectionPeriodNotOver'
  | 'ObjectionUnanswered'
  | 'ObjectionAlreadyFiled'
  | 'UnknownObjection'
  | 'InspectionDisagrees';

/** A vote rule refused the command; `voteId` names the vote. */
export interface VoteRuleError extends DomainError {
  readonly _tag: VoteErrorTag;
  readonly voteId: string;
}

/** Every error a vote command can return. */
export type VoteError = Forbidden | VoteRuleError | RegistryError | ElectionRevoked;

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

/** A ballot dated before the ledger recorded the opening of the vote: no ballot precedes its window. */
export const ballotDatedBeforeOpening = (voteId: string, occurredAt: string, openedAt: string) =>
  error(
    'BallotDatedBeforeOpening',
    voteId,
    `a ballot on vote ${voteId} dated ${occurredAt} claims to precede the opening recorded at ${openedAt}; the ballot is refused`,
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

/** A pseudonymous ballot is recorded under the voter's per-vote pseudonym, which only the keyed edge can make. */
export const pseudonymRequired = (voteId: string) =>
  error(
    'PseudonymRequired',
    voteId,
    `vote ${voteId}: a ballot is recorded under the owner's per-vote pseudonym, and none was given; submit it through an executor that holds the vote's inspection key (the ballot box key store)`,
  );

/** A preparatory group convenes only the first assembly: none once a committee was elected. */
export const notFirstAssembly = (voteId: string, communityId: string) =>
  error(
    'NotFirstAssembly',
    voteId,
    `vote ${voteId}: ${communityId} already elected an owners' committee, so a preparatory group may not convene its assembly (it convenes only the first)`,
  );

/** The first assembly decides its rules and elects its committee: matters 1, 2 and 3. */
export const matterNotForPreparatoryGroup = (voteId: string, matter: number) =>
  error(
    'MatterNotForPreparatoryGroup',
    voteId,
    `vote ${voteId} is on matter ${matter}; a preparatory group convenes the first assembly only on matters 1, 2 and 3 (rules of procedure, management rules, electing the committee)`,
  );

/** A petition convenes an assembly only when enough of the registered owners signed it. */
export const petitionTooSmall = (voteId: string, reason: string) =>
  error('PetitionTooSmall', voteId, `the petition convening vote ${voteId} is not enough: ${reason}`);

/** Only an owners' petition names petitioners. */
export const petitionersOnlyOnPetition = (voteId: string, role: string) =>
  error(
    'PetitionersOnlyOnPetition',
    voteId,
    `vote ${voteId} is proposed by a ${role}; only a petition of owners (proposed by one of them, role owner) names petitioners`,
  );

/** The street office convenes only where the law allows, and says on what grounds. */
export const conveningGroundsRequired = (voteId: string) =>
  error(
    'ConveningGroundsRequired',
    voteId,
    `vote ${voteId}: a street office that convenes an assembly must name its grounds (data.grounds), e.g. the committee did not convene on a petition`,
  );

/** Voting opens only after the notice of the assembly was given. */
export const noticeRequired = (voteId: string) =>
  error('NoticeRequired', voteId, `vote ${voteId} has no notice; give notice (GiveVoteNotice) before voting opens`);

/** The notice must precede the opening by the policy's days. */
export const noticePeriodTooShort = (voteId: string, votingOpensAt: string, earliest: string, days: number) =>
  error(
    'NoticePeriodTooShort',
    voteId,
    `vote ${voteId}: voting announced to open at ${votingOpensAt}, less than ${days} days after the notice; the earliest opening is ${earliest}`,
  );

/** The voting window must lie within the policy's bounds. */
export const votingWindowOutOfBounds = (voteId: string, days: number, min: number, max: number) =>
  error(
    'VotingWindowOutOfBounds',
    voteId,
    `vote ${voteId}: a voting window of ${days.toFixed(2)} days is outside the bounds of ${min} to ${max} days`,
  );

/** Voting may not open before the time the notice announced. */
export const noticePeriodNotOver = (voteId: string, votingOpensAt: string, recordedAt: string) =>
  error(
    'NoticePeriodNotOver',
    voteId,
    `vote ${voteId}: the notice announced voting from ${votingOpensAt}; it cannot open at ${recordedAt}`,
  );

/** Voting closes at the time the notice announced. */
export const windowDiffersFromNotice = (voteId: string, closesAt: string, noticed: string) =>
  error(
    'WindowDiffersFromNotice',
    voteId,
    `vote ${voteId}: closesAt ${closesAt} differs from the closing the notice announced, ${noticed}`,
  );

/** No ballot is taken on an item the notice's agenda does not list. */
export const itemNotInNotice = (voteId: string) =>
  error(
    'ItemNotInNotice',
    voteId,
    `vote ${voteId} (its matter and title) is not on the agenda of its notice; no ballot is taken on an item not in the notice`,
  );

/** Objections are filed within the objection period after closing. */
export const objectionPeriodOver = (voteId: string, endedAt: string) =>
  error('ObjectionPeriodOver', voteId, `the objection period of vote ${voteId} ended at ${endedAt}`);

/** The result is certified only once the objection period has ended. */
export const objectionPeriodNotOver = (voteId: string, endsAt: string, recordedAt: string) =>
  error(
    'ObjectionPeriodNotOver',
    voteId,
    `vote ${voteId}: the objection period runs until ${endsAt}; the result cannot be certified at ${recordedAt}`,
  );

/** Every objection is answered by an inspection of the ballots before certification. */
export const objectionUnanswered = (voteId: string, objectionIds: readonly string[]) =>
  error(
    'ObjectionUnanswered',
    voteId,
    `vote ${voteId}: objection ${objectionIds.join(', ')} has no inspection of the ballots yet; it must be answered before certification`,
  );

/** An objection id is filed once. */
export const objectionAlreadyFiled = (voteId: string, objectionId: string) =>
  error('ObjectionAlreadyFiled', voteId, `objection ${objectionId} on vote ${voteId} was already filed`);

/** An inspection of a vote under the procedure answers a filed objection. */
export const unknownObjection = (voteId: string, objectionRef: string) =>
  error(
    'UnknownObjection',
    voteId,
    `vote ${voteId} has no objection ${objectionRef}; an inspection of its ballots answers a filed objection`,
  );

/** A tally an inspection contradicted is not certified. */
export const inspectionDisagrees = (voteId: string) =>
  error(
    'InspectionDisagrees',
    voteId,
    `an inspection of vote ${voteId} found ballots that disagree with its committed tally; the result cannot be certified`,
  );
