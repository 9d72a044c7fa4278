/**
 * What an adversary holding only public data does with it, against pseudonymous ballots
 * (BallotCast schema 3): the electorate (owner ids, units, areas), the export's leaves (each
 * ballot's pseudonym, number, commitment and sealed envelope), leaf hashes, times, and each
 * closed vote's published per-choice totals. No key of the ledger is used. Test code only.
 */
import { createHash, createHmac } from 'node:crypto';
import { canonicalJson, type RecordedEvent } from '@govledger/core';
import { votes } from '@govledger/governance';

/** One owner of an electorate: the weight their ballot carries (all their units). */
export interface ElectorOwner {
  readonly ownerId: string;
  areaM2Hundredths: number;
  unitCount: number;
}

/** A pseudonymous ballot as an export shows it. */
export interface ExportedBallot {
  readonly index: number;
  readonly voteId: string;
  readonly pseudonym: string;
  readonly ballotNumber: number;
  readonly commitment: string;
  /** Bytes of the sealed envelope's ciphertext (AES-GCM keeps the plaintext's length). */
  readonly sealedBytes: number;
}

/** The three choices of a ballot. */
export const CHOICES = ['approve', 'reject', 'abstain'] as const;

/** Each vote's owners, summed over their units, from the `ElectorateRegistered` leaves. */
export function electoratesOf(events: readonly RecordedEvent[]): Map<string, ElectorOwner[]> {
  const byVote = new Map<string, Map<string, ElectorOwner>>();
  for (const e of events.filter((x) => x.type === 'ElectorateRegistered')) {
    const data = e.data as { voteId: string; units: { ownerId: string; areaM2Hundredths: number }[] };
    const owners = byVote.get(data.voteId) ?? new Map<string, ElectorOwner>();
    for (const unit of data.units) {
      const owner = owners.get(unit.ownerId) ?? { ownerId: unit.ownerId, areaM2Hundredths: 0, unitCount: 0 };
      owner.areaM2Hundredths += unit.areaM2Hundredths;
      owner.unitCount++;
      owners.set(unit.ownerId, owner);
    }
    byVote.set(data.voteId, owners);
  }
  return new Map([...byVote].map(([voteId, owners]) => [voteId, [...owners.values()]]));
}

/** The pseudonymous ballots of an export. */
export function pseudonymousBallotsOf(events: readonly RecordedEvent[]): ExportedBallot[] {
  return events
    .filter((e) => e.type === 'BallotCast' && e.schemaVersion === 3)
    .map((e) => {
      const data = e.data as {
        voteId: string;
        ballotNumber: number;
        commitment: string;
        sealed: { $personal: { ct: string } };
      };
      return {
        index: e.index,
        voteId: data.voteId,
        pseudonym: e.metadata.actor.id,
        ballotNumber: data.ballotNumber,
        commitment: data.commitment,
        sealedBytes: Buffer.from(data.sealed.$personal.ct, 'base64').length,
      };
    });
}

const tagOf = (digest: Buffer): string =>
  `${votes.VOTER_PSEUDONYM_PREFIX}${digest.subarray(0, 16).toString('base64url')}`;

/**
 * Every pseudonym a visitor could compute for `ownerId` in `voteId` without the vote's key:
 * plain and salted hashes of the owner id, HMACs under every public string as key, and the
 * project's own pseudonym function under guessable keys.
 */
export function guessedPseudonyms(voteId: string, ownerId: string): string[] {
  const box = votes.ballotBoxSubject(voteId);
  const publicStrings = ['', voteId, box, `vote-${voteId}`, 'govledger/ballot-pseudonym/v1'];
  const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  const guesses = [
    tagOf(sha(ownerId)),
    ...publicStrings.flatMap((s) => [tagOf(sha(`${s}${ownerId}`)), tagOf(sha(`${s}/${ownerId}`))]),
    ...publicStrings.map((s) => tagOf(createHmac('sha256', s).update(ownerId, 'utf8').digest())),
    ...[new Uint8Array(32), new Uint8Array(32).fill(0xff), ...publicStrings.map(sha)].map((key) =>
      votes.ballotPseudonym(key, box, ownerId),
    ),
  ];
  return [...new Set(guesses)];
}

/**
 * The length in bytes of a ballot's box envelope ciphertext when the secret part inside it is
 * `secretBytes` bytes long, as the pipeline writes it (public code): the HPKE ciphertext (the
 * secret part plus a 16-byte tag, base64) and the 32-byte encapsulated key (base64) in the
 * canonical JSON of the authority-sealed value of format `v`, under AES-GCM, which keeps the
 * length (the envelope's tag is a separate field).
 */
export function sealedBytesFor(secretBytes: number, v: 1 | 2): number {
  const base64 = (n: number) => 'A'.repeat(4 * Math.ceil(n / 3));
  return Buffer.byteLength(
    canonicalJson({
      alg: votes.AUTHORITY_SEAL_ALG,
      authorityKeyId: 'A'.repeat(16),
      ct: base64(secretBytes + 16),
      enc: base64(32),
      v,
    }),
  );
}

/** The bytes of an owner's secret part with `choice` (the blinding is always 64 hex characters). */
function secretBytesOf(owner: ElectorOwner, choice: (typeof CHOICES)[number]): number {
  return Buffer.byteLength(
    canonicalJson({
      areaM2Hundredths: owner.areaM2Hundredths,
      blinding: '0'.repeat(64),
      choice,
      ownerId: owner.ownerId,
      unitCount: owner.unitCount,
    }),
  );
}

/** How an unpadded secret part's length shows in the envelope: its own length (sealed under the box key alone, before authority sealing), or through the authority seal of format 1. */
export type UnpaddedSealing = 'box-key-only' | 'authority-format-1';

/**
 * The (owner, choice) pairs whose sealed ballot would have exactly `sealedBytes` bytes, when
 * the secret part was sealed without padding as `sealing` did: its length depends on
 * everything but the blinding.
 */
export function lengthCandidates(
  sealedBytes: number,
  owners: readonly ElectorOwner[],
  sealing: UnpaddedSealing,
): { ownerId: string; choice: (typeof CHOICES)[number] }[] {
  const lengthOf = (n: number) => (sealing === 'box-key-only' ? n : sealedBytesFor(n, 1));
  return owners.flatMap((owner) =>
    CHOICES.filter((choice) => lengthOf(secretBytesOf(owner, choice)) === sealedBytes).map((choice) => ({
      ownerId: owner.ownerId,
      choice,
    })),
  );
}

/**
 * The sets of `heads` owners whose areas add up to `areaM2Hundredths` (at most `limit` of
 * them): when exactly one exists, a published total names who stands behind it.
 */
export function ownersMaking(
  owners: readonly ElectorOwner[],
  heads: number,
  areaM2Hundredths: number,
  limit = 2,
): string[][] {
  const found: string[][] = [];
  const chosen: string[] = [];
  const walk = (from: number, left: number, area: number): void => {
    if (found.length >= limit) return;
    if (left === 0) {
      if (area === 0) found.push([...chosen]);
      return;
    }
    for (let i = from; i < owners.length && found.length < limit; i++) {
      const owner = owners[i]!;
      if (owner.areaM2Hundredths > area) continue;
      chosen.push(owner.ownerId);
      walk(i + 1, left - 1, area - owner.areaM2Hundredths);
      chosen.pop();
    }
  };
  walk(0, heads, areaM2Hundredths);
  return found;
}
