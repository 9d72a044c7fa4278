/**
 * The events of owners' assembly votes 业主大会表决. One stream per vote, `vote-<voteId>`.
 * Areas are integer hundredths of a square metre (`areaM2Hundredths`: 89.5 m² is 8950),
 * money integer fen. Owners are pseudonymous ids; an owner's name is personal data.
 */
import {
  checkedInteger,
  type DataOf,
  defineEvent,
  type EventDefinition,
  type EventOf,
  Id,
  IsoTime,
  isEventOf,
  NonEmptyString,
  personal,
} from '@govledger/core';
import * as t from 'io-ts';
import { PositiveFen } from '../money.ts';
import { ElectorateScope } from '../units/scope-codec.ts';
import { Matter } from './matters.ts';
import { VoteProcedure } from './policy.ts';
import { AuthoritySealedBallot } from './authority-seal.ts';

/** A registered exclusive floor area in hundredths of m²: a positive integer. */
export const AreaM2Hundredths = checkedInteger(
  'AreaM2Hundredths',
  (n) => n >= 1,
  'an area in hundredths of m² (a positive integer)',
);

/** A count or a summed area that may be zero: a non-negative integer. */
export const Quantity = checkedInteger('Quantity', (n) => n >= 0, 'a non-negative integer');

/** An amount of money in fen (1 yuan = 100 fen): a positive integer (the ledger's {@link PositiveFen}). */
export const AmountFen = PositiveFen;

/** How an owner holds units: in person, or as the developer's unsold or undelivered units (one owner together). */
export const OwnerKind = t.keyof({ individual: null, 'developer-unsold': null }, 'OwnerKind');
export type OwnerKind = t.TypeOf<typeof OwnerKind>;

/** A ballot's choice. Abstaining participates but does not approve. */
export const Choice = t.keyof({ approve: null, reject: null, abstain: null }, 'Choice');
export type Choice = t.TypeOf<typeof Choice>;

/**
 * A resident identity card number (居民身份证号码): 17 digits and a check character. Only its
 * shape is checked; it is personal data and never leaves the ledger in plaintext.
 */
export const IdCardNumber = t.refinement(t.string, (s) => /^\d{17}[\dX]$/.test(s), 'IdCardNumber');

/** One exclusive unit of the electorate and its registered owner (ID number where the register has it). */
export const ElectorateUnit = t.intersection(
  [
    t.type({
      unitId: Id,
      ownerId: Id,
      ownerName: personal(t.string, 'ownerId'),
      ownerKind: OwnerKind,
      areaM2Hundredths: AreaM2Hundredths,
    }),
    t.partial({ ownerIdNumber: personal(IdCardNumber, 'ownerId') }),
  ],
  'ElectorateUnit',
);
export type ElectorateUnit = t.TypeOf<typeof ElectorateUnit>;

/** Area and head count of a group of owners (those approving, say). */
export const Weight = t.type({ areaM2Hundredths: Quantity, owners: Quantity }, 'Weight');
export type Weight = t.TypeOf<typeof Weight>;

/** The electorate's totals and the weight behind each choice, counting each owner's last ballot. */
export const Tally = t.type(
  { totalAreaM2Hundredths: Quantity, totalOwners: Quantity, approve: Weight, reject: Weight, abstain: Weight },
  'Tally',
);
export type Tally = t.TypeOf<typeof Tally>;

/** One threshold of art. 278 as applied: `actual` against `needed` (the least value that meets `rule`). */
export const ThresholdCheck = t.type(
  {
    name: t.keyof({
      'participating-area': null,
      'participating-owners': null,
      'approving-area': null,
      'approving-owners': null,
    }),
    rule: t.string,
    actual: Quantity,
    of: Quantity,
    needed: Quantity,
    met: t.boolean,
  },
  'ThresholdCheck',
);
export type ThresholdCheck = t.TypeOf<typeof ThresholdCheck>;

/** The result of a vote under art. 278, with every check and, when it failed, why. */
export const VoteOutcome = t.type(
  {
    matter: Matter,
    tally: Tally,
    participating: Weight,
    participationMet: t.boolean,
    approvalMet: t.boolean,
    passed: t.boolean,
    checks: t.array(ThresholdCheck),
    reasons: t.array(t.string),
  },
  'VoteOutcome',
);
export type VoteOutcome = t.TypeOf<typeof VoteOutcome>;

/** 提出表决事项: a vote on one art. 278 matter was proposed; matter 5 names the amount requested. */
export const VoteProposed = defineEvent(
  'VoteProposed',
  t.intersection([
    t.type({ voteId: Id, communityId: Id, matter: Matter, title: NonEmptyString }),
    t.partial({ requestedAmountFen: AmountFen }),
  ]),
);

/**
 * Who convened a vote, each a role of its own: the owners' committee (业主委员会); a petition
 * of at least the policy's share of the owners (物业管理条例 art. 13, 20 %), proposed by one
 * of the petitioners; the preparatory group (筹备组) of the first assembly; or the street
 * office (街道办事处), which guides the assembly and convenes where the law allows.
 */
export const ConvenedBy = t.keyof(
  { 'owners-committee': null, 'owners-petition': null, 'preparatory-group': null, 'street-office': null },
  'ConvenedBy',
);
export type ConvenedBy = t.TypeOf<typeof ConvenedBy>;

/**
 * 提出表决事项 (schema 2, under the assembly procedure): a vote on one art. 278 matter was
 * proposed by `convenedBy` (the actor's role); `petitioners` are the owners whose petition
 * convened it (empty otherwise); `grounds` say why the street office convened it (null
 * otherwise); `procedure` is the city's procedure in force, which the vote is held to.
 * Both `convenedBy` and `procedure` are null only on a schema-1 proposal lifted by the
 * upcaster (`upcasters.ts`): such a vote predates the procedure and keeps the rules of its time.
 */
export const VoteProposedV2 = defineEvent(
  'VoteProposed',
  t.intersection([
    t.type({
      voteId: Id,
      communityId: Id,
      matter: Matter,
      title: NonEmptyString,
      convenedBy: t.union([ConvenedBy, t.null]),
      petitioners: t.array(Id),
      grounds: t.union([NonEmptyString, t.null]),
      procedure: t.union([VoteProcedure, t.null]),
    }),
    t.partial({ requestedAmountFen: AmountFen }),
  ]),
  2,
);

/** One item of an assembly's agenda: the vote that decides it, its matter and its title. */
export const AgendaItem = t.type({ voteId: Id, matter: Matter, title: NonEmptyString }, 'AgendaItem');
export type AgendaItem = t.TypeOf<typeof AgendaItem>;

/** The SHA-256 digest of a document, as 64 lowercase hex characters. */
export const DocumentSha256 = t.refinement(t.string, (s) => /^[0-9a-f]{64}$/.test(s), 'DocumentSha256');

/**
 * 会议通知 (表决公告): the convener gave the owners notice of the assembly and its agenda,
 * announcing when voting opens and closes. `documentSha256` is the digest of the notice
 * document as posted, or null.
 */
export const VoteNoticeGiven = defineEvent(
  'VoteNoticeGiven',
  t.type({
    voteId: Id,
    agenda: t.array(AgendaItem),
    votingOpensAt: IsoTime,
    closesAt: IsoTime,
    documentSha256: t.union([DocumentSha256, t.null]),
  }),
);

/**
 * 投票询异 / 异议: an owner of the electorate objected to a closed vote's result during the
 * objection period. The objector is the event's actor; `grounds` say what is contested.
 */
export const VoteObjectionFiled = defineEvent(
  'VoteObjectionFiled',
  t.type({ voteId: Id, objectionId: Id, grounds: NonEmptyString }),
);

/** Who revoked a certified decision: a people's court or the administrative authority. */
export const RevokedBy = t.keyof({ court: null, authority: null }, 'RevokedBy');

/**
 * 撤销决定: a people's court (Civil Code art. 280 ¶2) or the authority (物业管理条例 art. 19 ¶2)
 * revoked a certified decision; `reference` names the judgment or decision document.
 */
export const DecisionRevoked = defineEvent(
  'DecisionRevoked',
  t.type({ voteId: Id, revokedBy: RevokedBy, reference: NonEmptyString, grounds: NonEmptyString }),
);

/** 登记表决业主: units and their registered owners joined the electorate (at most 100 units an event). */
export const ElectorateRegistered = defineEvent(
  'ElectorateRegistered',
  t.type({ voteId: Id, units: t.array(ElectorateUnit) }),
);

/** One unit of an electorate derived from the unit register: its owner's pseudonymous id and kind, and its area. */
export const DerivedElectorateUnit = t.type(
  { unitId: Id, ownerId: Id, ownerKind: OwnerKind, areaM2Hundredths: AreaM2Hundredths },
  'DerivedElectorateUnit',
);
export type DerivedElectorateUnit = t.TypeOf<typeof DerivedElectorateUnit>;

/**
 * 登记表决业主 (schema 2): the electorate of the vote's `scope`, derived from the unit register
 * as it stood at `asOf` (the ledger's time of the recording), at most 100 units an event.
 * Nobody types it in. `scope` and `asOf` are null only on an upcast schema-1 event, whose
 * units were typed in by the vote's runner before this rule.
 */
export const ElectorateRegisteredV2 = defineEvent(
  'ElectorateRegistered',
  t.type({
    voteId: Id,
    scope: t.union([ElectorateScope, t.null]),
    asOf: t.union([IsoTime, t.null]),
    units: t.array(DerivedElectorateUnit),
  }),
  2,
);

/** 开始表决: voting opened over the registered electorate until `closesAt` (exclusive). */
export const VotingOpened = defineEvent(
  'VotingOpened',
  t.type({
    voteId: Id,
    closesAt: IsoTime,
    unitCount: Quantity,
    totalAreaM2Hundredths: Quantity,
    totalOwners: Quantity,
  }),
);

/**
 * 投票: an owner cast (or changed) their one ballot, covering all their units.
 * `previousChoice` is the ballot it replaces (null for a first ballot).
 */
export const BallotCast = defineEvent(
  'BallotCast',
  t.type({
    voteId: Id,
    ownerId: Id,
    choice: Choice,
    previousChoice: t.union([Choice, t.null]),
    areaM2Hundredths: Quantity,
    unitCount: Quantity,
  }),
);

/** 表决结束: voting closed; the tally counts each owner's last ballot. */
export const VotingClosed = defineEvent('VotingClosed', t.type({ voteId: Id, tally: Tally }));

/** A ballot's secret blinding, or a sum of them: 64 lowercase hex characters (a ristretto255 scalar). */
export const BlindingHex = t.refinement(t.string, (s) => /^[0-9a-f]{64}$/.test(s), 'BlindingHex');

/** A ballot commitment: 64 lowercase hex characters, the RFC 9496 encoding of a ristretto255 point. */
export const CommitmentHex = t.refinement(t.string, (s) => /^[0-9a-f]{64}$/.test(s), 'CommitmentHex');

/** A positive integer: which ballot of its owner in this vote (1 for the first). */
const BallotNumber = checkedInteger('BallotNumber', (n) => n >= 1, 'a ballot number (a positive integer)');

/** What a sealed ballot hides: whose it is, the choice, and the blinding of its commitment. */
export const SealedBallot = t.type({ ownerId: Id, choice: Choice, blinding: BlindingHex }, 'SealedBallot');
export type SealedBallot = t.TypeOf<typeof SealedBallot>;

const BALLOT_BOX_PREFIX = 'ballots-';

/** The key-store subject that seals a vote's ballots: the vote's inspection key (docs/privacy.md). */
export function ballotBoxSubject(voteId: string): string {
  return `${BALLOT_BOX_PREFIX}${voteId}`;
}

/**
 * True for a vote's inspection-key subject: readers keep such envelopes sealed, because only
 * an inspection on objection (`inspect-ballots`, recorded as BallotsInspected) opens ballots.
 */
export function isBallotBoxSubject(subject: string): boolean {
  return subject.startsWith(BALLOT_BOX_PREFIX);
}

/**
 * 投票 (schema 2, sealed): an owner cast (or changed) their one ballot. Public: the owner's
 * weight (as registered), the ballot's number among the owner's ballots, and a commitment to
 * the weight under the choice; `sealed` (the owner id, the choice and the commitment's
 * blinding) is sealed under the vote's inspection key `ballotBox`. Who cast it is the event's
 * actor, as for every act. See docs/privacy.md for what the public can and cannot learn.
 */
export const BallotCastV2 = defineEvent(
  'BallotCast',
  t.type({
    voteId: Id,
    ballotBox: NonEmptyString,
    areaM2Hundredths: Quantity,
    unitCount: Quantity,
    ballotNumber: BallotNumber,
    commitment: CommitmentHex,
    sealed: personal(SealedBallot, 'ballotBox'),
  }),
  2,
);

/** The recorded actor's role of a pseudonymous ballot (schema 3): a voter, not a named owner or developer. */
export const VOTER_ROLE = 'voter';

/**
 * What a pseudonymous ballot (schema 3) hides: whose it is, the choice, the commitment's
 * blinding and the owner's weight (public, the weight would name the owner through the
 * electorate's areas).
 */
export const SealedBallotV3 = t.type(
  { ownerId: Id, choice: Choice, blinding: BlindingHex, areaM2Hundredths: Quantity, unitCount: Quantity },
  'SealedBallotV3',
);
export type SealedBallotV3 = t.TypeOf<typeof SealedBallotV3>;

/**
 * The content of a pseudonymous ballot's envelope under the vote's key: the secret part
 * itself ({@link SealedBallotV3}, ledgers written before authority sealing, and the rule's
 * decided event before sealing), or that part sealed to the inspecting authority's public key
 * ({@link AuthoritySealedBallot}, every ballot recorded since), which only the authority's
 * private key opens.
 */
export const BallotSecretPart = t.union([AuthoritySealedBallot, SealedBallotV3], 'BallotSecretPart');

/**
 * 投票 (schema 3, sealed and pseudonymous): an owner cast (or changed) their one ballot. The
 * event's actor is the owner's per-vote pseudonym (`voter-…`, role `voter`), an HMAC of the
 * owner id under the vote's box key: stable within the vote, so each owner's last
 * ballot is found by it, and unlinkable to the owner or across votes without the key. Public:
 * the ballot's number among the pseudonym's ballots and the commitment; everything else,
 * including the weight, is in `sealed`: sealed to the inspecting authority's public key, and
 * that under the vote's box key (`ballots-<voteId>`, destroyed after the objection period).
 * See docs/privacy.md.
 */
export const BallotCastV3 = defineEvent(
  'BallotCast',
  t.type({
    voteId: Id,
    ballotBox: NonEmptyString,
    ballotNumber: BallotNumber,
    commitment: CommitmentHex,
    sealed: personal(BallotSecretPart, 'ballotBox'),
  }),
  3,
);

/** Per-choice weights (area and heads) without electorate totals. */
export const ChoiceWeights = t.type({ approve: Weight, reject: Weight, abstain: Weight }, 'ChoiceWeights');

/**
 * 表决结束 (schema 2): voting closed. `committed` is the weight of the counted sealed ballots,
 * opened by `blinding` (the sum of their blindings): the sum of the counted ballots'
 * commitments must equal a commitment to `committed` under `blinding`, which anyone can check
 * from the export. `tally` adds the plain (schema 1) ballots of an older ledger, if any.
 */
export const VotingClosedV2 = defineEvent(
  'VotingClosed',
  t.type({
    voteId: Id,
    tally: Tally,
    committed: ChoiceWeights,
    blinding: BlindingHex,
    sealedBallots: Quantity,
  }),
  2,
);

/**
 * 查验选票 (异议查验): the authorised inspector opened a closed vote's sealed ballots with its
 * inspection key and recounted them, on an objection. Records who (the actor), which vote,
 * why, how many ballots were opened and which disagreed with the committed tally.
 */
export const BallotsInspected = defineEvent(
  'BallotsInspected',
  t.type({
    voteId: Id,
    reason: NonEmptyString,
    objectionRef: NonEmptyString,
    openedBallots: Quantity,
    agrees: t.boolean,
    disagreeingLeafIndices: t.array(Quantity),
  }),
);

/** 表决结果确认: the computed result was certified. */
export const ResultCertified = defineEvent(
  'ResultCertified',
  t.type({ voteId: Id, passed: t.boolean, outcome: VoteOutcome }),
);

/** The `data` of a {@link VoteProposed} event. */
export type VoteProposedData = DataOf<typeof VoteProposed>;
/** The `data` of a {@link VoteProposedV2} event (schema 2). */
export type VoteProposedV2Data = DataOf<typeof VoteProposedV2>;
/** The `data` of a {@link VoteNoticeGiven} event. */
export type VoteNoticeGivenData = DataOf<typeof VoteNoticeGiven>;
/** The `data` of a {@link VoteObjectionFiled} event. */
export type VoteObjectionFiledData = DataOf<typeof VoteObjectionFiled>;
/** The `data` of a {@link DecisionRevoked} event. */
export type DecisionRevokedData = DataOf<typeof DecisionRevoked>;
/** The `data` of a {@link ElectorateRegistered} event. */
export type ElectorateRegisteredData = DataOf<typeof ElectorateRegistered>;
/** The `data` of a {@link ElectorateRegisteredV2} event (schema 2). */
export type ElectorateRegisteredV2Data = DataOf<typeof ElectorateRegisteredV2>;
/** The `data` of a {@link VotingOpened} event. */
export type VotingOpenedData = DataOf<typeof VotingOpened>;
/** The `data` of a {@link BallotCast} event. */
export type BallotCastData = DataOf<typeof BallotCast>;
/** The `data` of a {@link VotingClosed} event. */
export type VotingClosedData = DataOf<typeof VotingClosed>;
/** The `data` of a {@link BallotCastV2} event (schema 2). */
export type BallotCastV2Data = DataOf<typeof BallotCastV2>;
/** The `data` of a {@link BallotCastV3} event (schema 3). */
export type BallotCastV3Data = DataOf<typeof BallotCastV3>;
/** The `data` of a {@link VotingClosedV2} event (schema 2). */
export type VotingClosedV2Data = DataOf<typeof VotingClosedV2>;
/** The `data` of a {@link BallotsInspected} event. */
export type BallotsInspectedData = DataOf<typeof BallotsInspected>;
/** The `data` of a {@link ResultCertified} event. */
export type ResultCertifiedData = DataOf<typeof ResultCertified>;

/** Every vote event definition, for the governance catalogue. */
export const voteEvents = [
  VoteProposed,
  VoteProposedV2,
  VoteNoticeGiven,
  ElectorateRegistered,
  ElectorateRegisteredV2,
  VotingOpened,
  BallotCast,
  BallotCastV2,
  BallotCastV3,
  VotingClosed,
  VotingClosedV2,
  ResultCertified,
  BallotsInspected,
  VoteObjectionFiled,
  DecisionRevoked,
] satisfies EventDefinition[];
/** A vote event (any schema) as the vote's fold receives it. */
export type VoteEvent = EventOf<(typeof voteEvents)[number]>;
/** True for a vote event of the log. */
export const isVoteEvent = isEventOf(voteEvents);

/** The stream of one vote. */
export function voteStreamId(voteId: string): string {
  return `vote-${voteId}`;
}
