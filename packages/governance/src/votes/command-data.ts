/**
 * What a caller submits for each vote command: the `data` codec of each command line.
 */
import { Id, IsoTime, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { AmountFen, AreaM2Hundredths, Choice, OwnerKind, IdCardNumber } from './events.ts';
import { Matter } from './matters.ts';

/** 提出表决事项: a vote on one art. 278 matter; matter 5 names the amount of the fund requested. */
export const ProposeVoteData = t.intersection(
  [
    t.type({ voteId: Id, communityId: Id, matter: Matter, title: NonEmptyString }),
    t.partial({ requestedAmountFen: AmountFen }),
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

/** 登记表决业主: adds units to the electorate before voting opens (at most 100 a command). */
export const RegisterElectorateData = t.type(
  { voteId: Id, units: t.array(ElectorateUnitInput) },
  'RegisterElectorateData',
);
export type RegisterElectorateData = t.TypeOf<typeof RegisterElectorateData>;

/** 开始表决: opens voting until `closesAt`, registering `electorate` first (may be empty if registered before). */
export const OpenVotingData = t.type(
  { voteId: Id, closesAt: IsoTime, electorate: t.array(ElectorateUnitInput) },
  'OpenVotingData',
);
export type OpenVotingData = t.TypeOf<typeof OpenVotingData>;

/** 投票: the acting owner's one ballot for all their units. */
export const CastBallotData = t.type({ voteId: Id, choice: Choice }, 'CastBallotData');
export type CastBallotData = t.TypeOf<typeof CastBallotData>;

/** 表决结束: closes voting once the closing time has come. */
export const CloseVotingData = t.type({ voteId: Id }, 'CloseVotingData');
export type CloseVotingData = t.TypeOf<typeof CloseVotingData>;

/** 表决结果确认: certifies the computed result; `expectedOutcome`, when given, must agree with it. */
export const CertifyResultData = t.intersection(
  [t.type({ voteId: Id }), t.partial({ expectedOutcome: t.keyof({ passed: null, failed: null }) })],
  'CertifyResultData',
);
export type CertifyResultData = t.TypeOf<typeof CertifyResultData>;
