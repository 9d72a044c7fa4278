/**
 * Counting and recounting sealed ballots once they are opened with the vote's inspection
 * key: the counting party's count for CloseVoting, and the inspector's recount on an
 * objection, which names every ballot whose opened content disagrees with its public
 * commitment and says whether the opened ballots add up to the committed tally. Pure.
 */
import { canonicalJson, type RecordedEvent } from '@govledger/core';
import { AuthoritySealedBallot } from './authority-seal.ts';
import { ballotCommitment, sumBlindings } from './ballot-commitment.ts';
import type { BallotCount } from './command-data.ts';
import { publicSealedBallot } from './ballot-schema.ts';
import { type Choice, SealedBallot, SealedBallotV3, type Weight } from './events.ts';

/** One sealed ballot as recorded (public part) and as opened (sealed part). */
export interface OpenedBallot {
  /** Its ledger index (0-based), to name it. */
  readonly leafIndex: number;
  /** The event's actor: the owner (schema 2) or the owner's per-vote pseudonym (schema 3). */
  readonly actorId: string;
  /** 2 or 3: whether the actor names the owner or a pseudonym. */
  readonly schemaVersion: 2 | 3;
  readonly ballotNumber: number;
  readonly areaM2Hundredths: number;
  readonly commitment: string;
  /** The opened sealed part. */
  readonly ownerId: string;
  readonly choice: Choice;
  readonly blinding: string;
}

/** A ballot that does not agree with what was recorded publicly, and why. */
export interface DisagreeingBallot {
  readonly leafIndex: number;
  readonly reason: string;
}

/** What a recount found. */
export interface Recount {
  /** The count of the opened ballots that count (each owner's last). */
  readonly count: BallotCount;
  /** Ballots counted (owners). */
  readonly counted: number;
  readonly disagreeing: readonly DisagreeingBallot[];
  /** True when no ballot disagrees and the count equals the committed one (when given). */
  readonly agrees: boolean;
}

const zero = (): Weight => ({ areaM2Hundredths: 0, owners: 0 });

/** Each owner's last ballot among `ballots` (the highest ballot number, then the latest leaf). */
export function lastBallots(ballots: readonly OpenedBallot[]): OpenedBallot[] {
  const last = new Map<string, OpenedBallot>();
  for (const b of ballots) {
    const seen = last.get(b.actorId);
    if (!seen || b.ballotNumber > seen.ballotNumber) last.set(b.actorId, b);
  }
  return [...last.values()];
}

/**
 * The count of opened ballots: per choice, the area and heads of each owner's last ballot,
 * and the sum of those ballots' blindings. What the counting party brings to CloseVoting.
 */
export function countBallots(ballots: readonly OpenedBallot[]): BallotCount {
  const committed = { approve: zero(), reject: zero(), abstain: zero() };
  const counted = lastBallots(ballots);
  for (const b of counted) {
    committed[b.choice].areaM2Hundredths += b.areaM2Hundredths;
    committed[b.choice].owners++;
  }
  return { committed, blinding: sumBlindings(counted.map((b) => b.blinding)) };
}

/** The pseudonym a vote's key gives an owner (see `ballot-pseudonym.ts`); the inspector holds the key. */
export type PseudonymOf = (ownerId: string) => string;

function disagreement(b: OpenedBallot, pseudonymOf?: PseudonymOf): string | null {
  if (b.schemaVersion === 2 && b.ownerId !== b.actorId) return `sealed for ${b.ownerId} but cast by ${b.actorId}`;
  if (b.schemaVersion === 3 && pseudonymOf === undefined) return 'its pseudonym cannot be checked without the key';
  if (b.schemaVersion === 3 && pseudonymOf?.(b.ownerId) !== b.actorId) {
    return `sealed for ${b.ownerId}, whose pseudonym is not the caster ${b.actorId}`;
  }
  if (ballotCommitment(b.choice, b.areaM2Hundredths, b.blinding) !== b.commitment) {
    return `its opened choice (${b.choice}) and blinding do not give its public commitment`;
  }
  return null;
}

/**
 * Recounts opened ballots against what was recorded: every ballot whose opened owner or
 * choice disagrees with its public commitment (or, for a pseudonymous ballot, whose caster is
 * not its owner's pseudonym under `pseudonymOf`) is named, and the count of the last ballots
 * is compared with `committed` (the closing event's), when given.
 */
export function recountBallots(
  ballots: readonly OpenedBallot[],
  committed?: BallotCount,
  pseudonymOf?: PseudonymOf,
): Recount {
  const disagreeing: DisagreeingBallot[] = [];
  for (const b of ballots) {
    const reason = disagreement(b, pseudonymOf);
    if (reason !== null) disagreeing.push({ leafIndex: b.leafIndex, reason });
  }
  const count = countBallots(ballots);
  const sameCount = committed === undefined || canonicalJson(count) === canonicalJson(committed);
  return { count, counted: lastBallots(ballots).length, disagreeing, agrees: disagreeing.length === 0 && sameCount };
}

/** Why sealed ballots could not be read as opened: the leaf index and what it holds instead. */
export interface UnopenedBallot {
  readonly leafIndex: number;
  readonly reason: string;
}

/**
 * The sealed ballots (schema 2 and 3) of `voteId` among `events` (ledger order), each with
 * its opened sealed part. `events` must already be opened (by `openPersonalData` with the box key, then
 * `openBallotFromAuthority` with the authority's key pair for ballots sealed to it);
 * a ballot whose sealed part is still an envelope or reads as erased is returned in
 * `unopened` instead.
 */
export function openedBallots(
  events: Iterable<RecordedEvent>,
  voteId: string,
): { ballots: OpenedBallot[]; unopened: UnopenedBallot[] } {
  const ballots: OpenedBallot[] = [];
  const unopened: UnopenedBallot[] = [];
  for (const event of events) {
    const ballot = publicSealedBallot(event);
    if (ballot === null || ballot.voteId !== voteId) continue;
    const sealed = ballot.sealed;
    const opened = ballot.schemaVersion === 3 ? SealedBallotV3.is(sealed) : SealedBallot.is(sealed);
    if (!opened) {
      const reason = AuthoritySealedBallot.is(sealed)
        ? "its sealed part is sealed to the inspecting authority's public key (open it with the authority's private key)"
        : 'its sealed part could not be opened (key missing or erased)';
      unopened.push({ leafIndex: event.index, reason });
      continue;
    }
    const content = sealed as SealedBallot & { areaM2Hundredths?: number };
    ballots.push({
      leafIndex: event.index,
      actorId: ballot.caster,
      schemaVersion: ballot.schemaVersion,
      ballotNumber: ballot.ballotNumber,
      areaM2Hundredths: ballot.areaM2Hundredths ?? content.areaM2Hundredths ?? 0,
      commitment: ballot.commitment,
      ownerId: content.ownerId,
      choice: content.choice,
      blinding: content.blinding,
    });
  }
  return { ballots, unopened };
}
