/**
 * What a caller submits for each vote command: the `data` codec of each command line.
 */
import { Id, IsoTime, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import {
  AgendaItem,
  AmountFen,
  AreaM2Hundredths,
  BlindingHex,
  Choice,
  ChoiceWeights,
  DocumentSha256,
  IdCardNumber,
  OwnerKind,
} from './events.ts';
import { ElectorateScope } from '../units/scope-codec.ts';
import { Matter } from './matters.ts';

/**
 * 提出表决事项: a vote on one art. 278 matter; matter 5 names the amount of the fund requested.
 * The convener is the actor's role; a petition (role `owner`) names its `petitioners`, a
 * street office its `grounds`.
 */
export const ProposeVoteData = t.intersection(
  [
    t.type({ voteId: Id, communityId: Id, matter: Matter, title: NonEmptyString }),
    t.partial({ requestedAmountFen: AmountFen, petitioners: t.array(Id), grounds: NonEmptyString }),
  ],
  'ProposeVoteData',
);
export type ProposeVoteData = t.TypeOf<typeof ProposeVoteData>;

/** One unit as registered: its owner (pseudonymous id, name) and registered area. */
export const ElectorateUnitInput = t.intersection(
  [
    t.type({
      unitId: Id,
      ownerId: Id,
      ownerName: NonEmptyString,
      ownerKind: OwnerKind,
      areaM2Hundredths: AreaM2Hundredths,
    }),
    t.partial({ ownerIdNumber: IdCardNumber }),
  ],
  'ElectorateUnitInput',
);
export type ElectorateUnitInput = t.TypeOf<typeof ElectorateUnitInput>;

/**
 * 登记表决业主: derives the electorate of `scope` (a community, buildings, or the units sharing
 * the repaired part) from the unit register, before voting opens. `units` is accepted only to
 * be refused with the rule's name: an electorate is never typed in.
 */
export const RegisterElectorateData = t.intersection(
  [t.type({ voteId: Id, scope: ElectorateScope }), t.partial({ units: t.array(ElectorateUnitInput) })],
  'RegisterElectorateData',
);
export type RegisterElectorateData = t.TypeOf<typeof RegisterElectorateData>;

/**
 * 开始表决: opens voting until `closesAt` over the electorate registered before. `electorate`
 * must be empty: a typed-in list is refused (the electorate is derived from the unit register).
 */
export const OpenVotingData = t.type(
  { voteId: Id, closesAt: IsoTime, electorate: t.array(ElectorateUnitInput) },
  'OpenVotingData',
);
export type OpenVotingData = t.TypeOf<typeof OpenVotingData>;

/**
 * 投票: the acting owner's one ballot for all their units. `blinding` is 32 random bytes (64
 * lowercase hex) the voter's client draws for this ballot and keeps for its receipt: it hides
 * the choice in the public commitment and is sealed under the vote's inspection key.
 */
export const CastBallotData = t.type({ voteId: Id, choice: Choice, blinding: BlindingHex }, 'CastBallotData');
export type CastBallotData = t.TypeOf<typeof CastBallotData>;

/**
 * The count of a vote's sealed ballots, made by the counting party with the inspection key:
 * the weight behind each choice and the sum of the counted ballots' blindings.
 */
export const BallotCount = t.type({ committed: ChoiceWeights, blinding: BlindingHex }, 'BallotCount');
export type BallotCount = t.TypeOf<typeof BallotCount>;

/** 表决结束: closes voting once the closing time has come; `count` is required when ballots are sealed. */
export const CloseVotingData = t.intersection(
  [t.type({ voteId: Id }), t.partial({ count: BallotCount })],
  'CloseVotingData',
);
export type CloseVotingData = t.TypeOf<typeof CloseVotingData>;

/** 表决结果确认: certifies the computed result; `expectedOutcome`, when given, must agree with it. */
export const CertifyResultData = t.intersection(
  [t.type({ voteId: Id }), t.partial({ expectedOutcome: t.keyof({ passed: null, failed: null }) })],
  'CertifyResultData',
);
export type CertifyResultData = t.TypeOf<typeof CertifyResultData>;

/** 查验选票: the inspector's record of an inspection on objection (made by `inspect-ballots`). */
export const RecordInspectionData = t.type(
  {
    voteId: Id,
    reason: NonEmptyString,
    objectionRef: NonEmptyString,
    openedBallots: t.number,
    agrees: t.boolean,
    disagreeingLeafIndices: t.array(t.number),
  },
  'RecordInspectionData',
);
export type RecordInspectionData = t.TypeOf<typeof RecordInspectionData>;

/** 会议通知: notice of the assembly with its agenda and the announced voting window. */
export const GiveVoteNoticeData = t.intersection(
  [
    t.type({ voteId: Id, agenda: t.array(AgendaItem), votingOpensAt: IsoTime, closesAt: IsoTime }),
    t.partial({ documentSha256: DocumentSha256 }),
  ],
  'GiveVoteNoticeData',
);
export type GiveVoteNoticeData = t.TypeOf<typeof GiveVoteNoticeData>;

/** 投票询异: an owner's objection to a closed vote's result. */
export const FileVoteObjectionData = t.type(
  { voteId: Id, objectionId: Id, grounds: NonEmptyString },
  'FileVoteObjectionData',
);
export type FileVoteObjectionData = t.TypeOf<typeof FileVoteObjectionData>;

/** 撤销决定: a court's judgment or the authority's decision revoking a certified decision. */
export const RevokeDecisionData = t.type(
  { voteId: Id, reference: NonEmptyString, grounds: NonEmptyString },
  'RevokeDecisionData',
);
export type RevokeDecisionData = t.TypeOf<typeof RevokeDecisionData>;
