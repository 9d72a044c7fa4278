/**
 * Owners' assembly votes 业主大会表决 under Civil Code art. 278: convened on a numbered
 * matter, notice given with the agenda, voting opened over a registered electorate, ballots
 * cast (one per owner, the last one counting), voting closed, an objection period, result
 * certified, published, and possibly revoked. The public surface of the area.
 */
import type { AnyProjection } from '@govledger/core';
import { voteResults } from './project.ts';

export {
  BallotCast,
  BallotCastV2,
  type BallotCastV2Data,
  BallotCastV3,
  type BallotCastV3Data,
  BallotsInspected,
  ballotBoxSubject,
  isBallotBoxSubject,
  Choice,
  SealedBallot,
  SealedBallotV3,
  VOTER_ROLE,
  VotingClosedV2,
  type VotingClosedV2Data,
  ConvenedBy,
  DecisionRevoked,
  ElectorateRegistered,
  ElectorateRegisteredV2,
  ResultCertified,
  VoteNoticeGiven,
  VoteObjectionFiled,
  VoteProposedV2,
  type Tally,
  type VoteOutcome,
  VoteProposed,
  VotingClosed,
  VotingOpened,
  voteEvents,
  voteStreamId,
  type Weight,
} from './events.ts';
export {
  CastBallot,
  CertifyResult,
  CloseVoting,
  FileVoteObjection,
  GiveVoteNotice,
  OpenVoting,
  ProposeVote,
  proposeVoteUnder,
  RecordInspection,
  RegisterElectorate,
  RevokeDecision,
  voteCommands,
  voteCommandsWith,
} from './commands.ts';
export { DEFAULT_VOTE_PROCEDURE, makeVoteProcedure, VoteProcedure } from './policy.ts';
export { proposalOf, upcastVoteProposedV1, voteProposedV1Upcaster, voteUpcasters } from './upcasters.ts';
export { type VoteState, type VoteStatus, voteAggregate } from './aggregate.ts';
export type { VoteError } from './errors.ts';
export {
  deriveElectorate,
  electorateRegisteredUpcaster,
  MAX_UNITS_PER_COMMAND as MAX_ELECTORATE_UNITS_PER_COMMAND,
} from './electorate.ts';
export { MATTERS, Matter, needsThreeQuarters } from './matters.ts';
export { computeOutcome } from './tally.ts';
export {
  BLINDING_PATTERN,
  ballotCommitment,
  type ChoiceWeights,
  commitmentsOpenTo,
  sumBlindings,
} from './ballot-commitment.ts';
export {
  countBallots,
  type DisagreeingBallot,
  lastBallots,
  type OpenedBallot,
  openedBallots,
  type Recount,
  recountBallots,
  type UnopenedBallot,
} from './ballot-count.ts';
export type { BallotCount } from './command-data.ts';
export { ballotPseudonym, isVoterPseudonym, VOTER_PSEUDONYM_PREFIX } from './ballot-pseudonym.ts';
export { type PublicSealedBallot, publicSealedBallot } from './ballot-schema.ts';
export { auditVotesFromExport, type PublicVoteAudit } from './public-tally.ts';
export {
  BallotReceipt,
  checkReceipt,
  makeReceipt,
  parseReceipt,
  RECEIPT_FORMAT,
  type ReceiptCheck,
} from './ballot-receipt.ts';
export { whyVoteDoesNotAuthorise } from './certified-decision.ts';
export { whyBallotBoxKeyMustStay } from './ballot-box-lifecycle.ts';
export {
  type ParticipatingAreaWithheld,
  type Participation,
  type ResultNoticeStatus,
  type VoteResult,
  type VoteResultsState,
  voteResults,
} from './project.ts';

/** Every vote projection, for the runner. */
export const voteProjections: AnyProjection[] = [voteResults];
export {
  AUTHORITY_SEAL_ALG,
  type AuthoritySealError,
  type AuthorityBallotOpener,
  type AuthorityBallotSealer,
  type AuthorityKeyPair,
  type AuthorityOpenError,
  type AuthorityPublicKey,
  AuthoritySealedBallot,
  authorityBallotOpener,
  authorityBallotSealer,
  authorityKeyIdOf,
  authorityPublicKey,
  type BallotSealContext,
  checkAuthorityKeyPair,
  describeAuthorityOpenError,
  type EphemeralSource,
  generateAuthorityKeyPair,
  seededEphemerals,
} from './authority-seal.ts';
export {
  type AuthorityUnopened,
  isSealedToAuthority,
  needsAuthoritySeal,
  openBallotFromAuthority,
  sealBallotToAuthority,
} from './ballot-authority.ts';
export {
  type BallotTooLongToPad,
  describeBallotTooLongToPad,
  MAX_ID_CODE_UNITS,
  PADDED_BALLOT_BYTES,
  padBallotPlaintext,
  unpadBallotPlaintext,
} from './ballot-padding.ts';
