/**
 * Vote histories for tests: vote `v1` of the vote rules' own tests (an electorate of four
 * owners, one holding two units and the developer two unsold units), and `voteHistory` for
 * rules that use a vote as authority (fund disbursements, committee elections). Test code only.
 */
import { event, type GivenEvent } from '../test-support/scenario.ts';
import { TEST_BALLOT_BOX_KEY, type TestLedger } from '../test-support/test-ledger.ts';
import { ballotPseudonym } from './ballot-pseudonym.ts';
import { MAX_UNITS_PER_REGISTRATION, UnitsRegistered, unitRegisterStreamId } from '../units/events.ts';
import { recordRegistered } from '../registry/test-fixtures.ts';
import { GiveVoteNotice, OpenVoting, ProposeVote, RegisterElectorate } from './commands.ts';
import type { ElectorateUnitInput } from './command-data.ts';
import type { RecordedEvent } from '@govledger/core';
import { ballotCommitment } from './ballot-commitment.ts';
import { countBallots, openedBallots } from './ballot-count.ts';
import type { BallotCount } from './command-data.ts';
import {
  BallotCast,
  BallotCastV2,
  BallotCastV3,
  VOTER_ROLE,
  type Choice,
  ElectorateRegistered,
  ResultCertified,
  VoteProposed,
  VotingClosed,
  VotingOpened,
} from './events.ts';
import type { Matter } from './matters.ts';
import { computeOutcome } from './tally.ts';

const streetOffice = { id: 'so-yangshe', role: 'street-office' };
const at = '2024-06-01T00:00:00Z';

/** The stream of vote `v1`. */
export const stream = 'vote-v1';
/** The owners' committee that runs vote `v1`. */
export const committee = { id: 'oc-yuesheng', role: 'owners-committee' };
/** A street office, which may certify results. */
export const street = { id: 'so-jinfeng', role: 'street-office' };
/** Individual owner `n`, acting under the pseudonymous id `person-<n>`. */
export const owner = (n: number) => ({ id: `person-${n}`, role: 'owner' });
/** The developer, voting for its unsold units. */
export const developer = { id: 'dev-huaxia', role: 'developer' };
/** When vote `v1` is proposed and opened. */
export const t0 = '2024-05-01T00:00:00Z';
/** A time while vote `v1` is open. */
export const during = '2024-05-05T00:00:00Z';
/** Vote `v1`'s closing time (ballots at or after it are refused). */
export const closesAt = '2024-05-10T00:00:00Z';
/** A time once vote `v1` may be closed. */
export const after = '2024-05-10T00:00:00Z';

/** A unit of individual owner `n`. */
export const unit = (unitId: string, n: number, areaM2Hundredths: number) => ({
  unitId,
  ownerId: `person-${n}`,
  ownerName: `业主${n}`,
  ownerKind: 'individual' as const,
  areaM2Hundredths,
});
/** An unsold unit of the developer. */
export const unsold = (unitId: string, areaM2Hundredths: number) => ({
  unitId,
  ownerId: 'dev-huaxia',
  ownerName: '华夏置业',
  ownerKind: 'developer-unsold' as const,
  areaM2Hundredths,
});
/** Individual owners' units: owner 1 holds two; 100 m² each. With the developer's: 4 owners. */
export const electorate = [
  unit('1-101', 1, 10_000),
  unit('1-102', 1, 10_000),
  unit('1-201', 2, 10_000),
  unit('1-202', 3, 10_000),
];
/** The developer's two unsold units of 100 m². */
export const developerUnits = [unsold('2-101', 10_000), unsold('2-102', 10_000)];

/** The proposal of vote `v1`: matter 4, dismissing the property company. */
export const proposal = {
  voteId: 'v1',
  communityId: 'yuesheng',
  matter: 4 as const,
  title: 'Dismiss the property company',
};
/** Vote `v1` proposed. */
export const proposed = event(stream, VoteProposed, proposal, { actor: committee, occurredAt: t0 });
/** The whole electorate of `v1` registered. */
export const registered = event(
  stream,
  ElectorateRegistered,
  { voteId: 'v1', units: [...electorate, ...developerUnits] },
  { actor: committee, occurredAt: t0 },
);
/** Voting on `v1` opened: 6 units, 600 m², 4 owners. */
export const opened = event(
  stream,
  VotingOpened,
  { voteId: 'v1', closesAt, unitCount: 6, totalAreaM2Hundredths: 60_000, totalOwners: 4 },
  { actor: committee, occurredAt: t0 },
);
/** Owner `n`'s plain ballot on `v1` (schema 1, as older ledgers hold them; owner 1 covers two units). */
export const ballot = (
  n: number,
  choice: 'approve' | 'reject' | 'abstain',
  previousChoice: 'approve' | 'reject' | 'abstain' | null = null,
) =>
  event(
    stream,
    BallotCast,
    {
      voteId: 'v1',
      ownerId: `person-${n}`,
      choice,
      previousChoice,
      areaM2Hundredths: n === 1 ? 20_000 : 10_000,
      unitCount: n === 1 ? 2 : 1,
    },
    { actor: owner(n), occurredAt: during },
  );
/** A fixed blinding for ballot `k` of owner `n` (64 hex), standing in for a client's random bytes. */
export const blindingOf = (n: number, k = 1): string =>
  `${String(n).padStart(2, '0')}${String(k).padStart(2, '0')}`.repeat(16);

/** Owner `n`'s area on `v1` (owner 1 holds two units). */
export const areaOf = (n: number): number => (n === 1 ? 20_000 : 10_000);

/** The data of owner `n`'s sealed ballot number `k` of `choice` on `v1`, as decided (before sealing). */
export const sealedBallotData = (n: number, choice: Choice, k = 1) => ({
  voteId: 'v1',
  ballotBox: 'ballots-v1',
  areaM2Hundredths: areaOf(n),
  unitCount: n === 1 ? 2 : 1,
  ballotNumber: k,
  commitment: ballotCommitment(choice, areaOf(n), blindingOf(n, k)),
  sealed: { ownerId: `person-${n}`, choice, blinding: blindingOf(n, k) },
});

/** Owner `n`'s sealed ballot number `k` on `v1` (schema 2). */
export const sealedBallot = (n: number, choice: Choice, k = 1) =>
  event(stream, BallotCastV2, sealedBallotData(n, choice, k), { actor: owner(n), occurredAt: during });

/** Owner `n`'s per-vote pseudonym on `v1`, as the executor makes it under the test ballot box key. */
export const voterOf = (n: number) => ballotPseudonym(TEST_BALLOT_BOX_KEY, 'ballots-v1', `person-${n}`);

/** The recorded actor of owner `n`'s pseudonymous ballots on `v1`. */
export const voter = (n: number) => ({ id: voterOf(n), role: VOTER_ROLE });

/** The data of owner `n`'s pseudonymous ballot number `k` on `v1` (schema 3, sealed part as decided). */
export const pseudonymousBallotData = (n: number, choice: Choice, k = 1) => ({
  voteId: 'v1',
  ballotBox: 'ballots-v1',
  ballotNumber: k,
  commitment: ballotCommitment(choice, areaOf(n), blindingOf(n, k)),
  sealed: {
    ownerId: `person-${n}`,
    choice,
    blinding: blindingOf(n, k),
    areaM2Hundredths: areaOf(n),
    unitCount: n === 1 ? 2 : 1,
  },
});

/** Owner `n`'s pseudonymous ballot number `k` on `v1` (schema 3), recorded under their pseudonym. */
export const pseudonymousBallot = (n: number, choice: Choice, k = 1) =>
  event(stream, BallotCastV3, pseudonymousBallotData(n, choice, k), { actor: voter(n), occurredAt: during });

/** A tally of `v1`'s electorate from [area, owners] of approvals and rejections. */
export const tallyOf = (
  approve: [number, number],
  reject: [number, number],
  total: [number, number] = [60_000, 4],
) => ({
  totalAreaM2Hundredths: total[0],
  totalOwners: total[1],
  approve: { areaM2Hundredths: approve[0], owners: approve[1] },
  reject: { areaM2Hundredths: reject[0], owners: reject[1] },
  abstain: { areaM2Hundredths: 0, owners: 0 },
});
/** Voting on `v1` closed with the tally given. */
export const closedEvent = (approve: [number, number], reject: [number, number]) =>
  event(
    stream,
    VotingClosed,
    { voteId: 'v1', tally: tallyOf(approve, reject) },
    { actor: committee, occurredAt: after },
  );
/** Vote `v1` open for ballots. */
export const open = [proposed, registered, opened];

/**
 * A vote's history up to `status`: proposed on `matter` (amount `amountFen` for matter 5),
 * over one owner of 300 m² who approves when `passes`, else rejects.
 */
export function voteHistory(
  voteId: string,
  options: {
    matter?: Matter;
    amountFen?: number;
    passes?: boolean;
    status?: 'proposed' | 'closed' | 'certified';
    communityId?: string;
    /** The units of the electorate, all held by the one owner (default: unit `a`). */
    unitIds?: readonly string[];
  },
): GivenEvent[] {
  const { matter = 5, amountFen = 100_000, passes = true, status = 'certified', communityId = 'yuesheng' } = options;
  const unitIds = options.unitIds ?? ['a'];
  const areas = unitIds.map((_, i) =>
    i === 0 ? 30_000 - Math.floor(30_000 / unitIds.length) * (unitIds.length - 1) : Math.floor(30_000 / unitIds.length),
  );
  const stream = `vote-${voteId}`;
  const tally = {
    totalAreaM2Hundredths: 30_000,
    totalOwners: 1,
    approve: { areaM2Hundredths: passes ? 30_000 : 0, owners: passes ? 1 : 0 },
    reject: { areaM2Hundredths: passes ? 0 : 30_000, owners: passes ? 0 : 1 },
    abstain: { areaM2Hundredths: 0, owners: 0 },
  };
  const proposal = {
    voteId,
    communityId,
    matter,
    title: 'Repair the roof',
    ...(matter === 5 ? { requestedAmountFen: amountFen } : {}),
  };
  const history = [
    event(stream, VoteProposed, proposal, { actor: committee, occurredAt: at }),
    event(
      stream,
      ElectorateRegistered,
      {
        voteId,
        units: unitIds.map((unitId, i) => ({
          unitId,
          ownerId: 'person-1',
          ownerName: 'x',
          ownerKind: 'individual' as const,
          areaM2Hundredths: areas[i] ?? 1,
        })),
      },
      { actor: committee, occurredAt: at },
    ),
    event(stream, VotingOpened, {
      voteId,
      closesAt: '2024-06-02T00:00:00Z',
      unitCount: unitIds.length,
      totalAreaM2Hundredths: 30_000,
      totalOwners: 1,
    }),
    event(stream, VotingClosed, { voteId, tally }, { actor: committee, occurredAt: '2024-06-02T00:00:00Z' }),
    event(
      stream,
      ResultCertified,
      { voteId, passed: passes, outcome: computeOutcome(matter, tally) },
      { actor: streetOffice, occurredAt: '2024-06-03T00:00:00Z' },
    ),
  ];
  return status === 'proposed' ? history.slice(0, 1) : status === 'closed' ? history.slice(0, 4) : history;
}

/**
 * The count the counting party would bring to CloseVoting for `voteId`, made from the test
 * ledger's events (a test ledger does not seal, so every ballot reads as opened).
 */
export function countOf(events: readonly RecordedEvent[], voteId: string): BallotCount {
  return countBallots(openedBallots(events, voteId).ballots);
}

/** A unit of a test electorate, as the unit register will hold it (a name, if any, is dropped). */
export interface TestElectorateUnit {
  readonly unitId: string;
  readonly ownerId: string;
  readonly ownerKind: 'individual' | 'developer-unsold';
  readonly areaM2Hundredths: number;
}

/**
 * Records `communityId` as registered with `units` in its unit register, then derives the
 * electorate of vote `voteId` from it (RegisterElectorate over the whole community), as the
 * vote's runner `actor` at `occurredAt` (the community is registered first unless
 * `registerCommunity` is false). The vote must be proposed or noticed.
 */
export async function deriveTestElectorate(
  ledger: TestLedger,
  voteId: string,
  communityId: string,
  units: readonly TestElectorateUnit[],
  actor: { id: string; role: string },
  occurredAt: string,
  registerCommunity = true,
): Promise<void> {
  if (registerCommunity) await recordRegistered(ledger, { communities: [communityId] });
  for (let i = 0; i < units.length; i += MAX_UNITS_PER_REGISTRATION) {
    const part = units.slice(i, i + MAX_UNITS_PER_REGISTRATION).map((u) => ({
      unitId: u.unitId,
      buildingId: 'b1',
      ownerId: u.ownerId,
      ownerKind: u.ownerKind,
      areaM2Hundredths: u.areaM2Hundredths,
    }));
    await ledger.record(
      unitRegisterStreamId(communityId),
      { type: UnitsRegistered.type, data: { communityId, units: part } },
      { actor: { id: 'bureau-zjg', role: 'housing-bureau' }, occurredAt: '2020-01-02T00:00:00Z' },
    );
  }
  await ledger.accept(RegisterElectorate, {
    actor,
    occurredAt,
    data: { voteId, scope: { kind: 'community', communityId } },
  });
}

/**
 * The times of a vote held under the default procedure: proposed and noticed on 15 April,
 * voting from 1 May (15 days' notice) until 10 May, the objection period of 7 days ending on
 * 17 May, when the result may be certified.
 */
export const procedureTimes = {
  noticedAt: '2024-04-15T00:00:00Z',
  opensAt: '2024-05-01T00:00:00Z',
  during: '2024-05-05T00:00:00Z',
  closesAt: '2024-05-10T00:00:00Z',
  objectionsEndAt: '2024-05-17T00:00:00Z',
} as const;

/** What {@link convene} holds a vote on. */
export interface ConveneOptions {
  readonly voteId: string;
  readonly communityId: string;
  readonly matter: Matter;
  readonly title: string;
  readonly electorate: readonly ElectorateUnitInput[];
  readonly requestedAmountFen?: number;
}

/**
 * Registers the community, then the committee proposes the vote, gives notice, derives the
 * electorate from `electorate` registered as the community's units, and opens voting at
 * {@link procedureTimes}: a vote open under the default procedure.
 */
export async function convene(ledger: TestLedger, options: ConveneOptions): Promise<void> {
  const { voteId, communityId, matter, title } = options;
  await recordRegistered(ledger, { communities: [communityId] });
  const convener = { id: `oc-${communityId}`, role: 'owners-committee' };
  await ledger.accept(ProposeVote, {
    actor: convener,
    occurredAt: procedureTimes.noticedAt,
    data: {
      voteId,
      communityId,
      matter,
      title,
      ...(options.requestedAmountFen !== undefined ? { requestedAmountFen: options.requestedAmountFen } : {}),
    },
  });
  await ledger.accept(GiveVoteNotice, {
    actor: convener,
    occurredAt: procedureTimes.noticedAt,
    data: {
      voteId,
      agenda: [{ voteId, matter, title }],
      votingOpensAt: procedureTimes.opensAt,
      closesAt: procedureTimes.closesAt,
    },
  });
  await deriveTestElectorate(
    ledger,
    voteId,
    communityId,
    options.electorate,
    convener,
    procedureTimes.noticedAt,
    false,
  );
  await ledger.accept(OpenVoting, {
    actor: convener,
    occurredAt: procedureTimes.opensAt,
    data: { voteId, closesAt: procedureTimes.closesAt, electorate: [] },
  });
}
