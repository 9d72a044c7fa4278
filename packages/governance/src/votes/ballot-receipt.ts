/**
 * Ballot receipts: what an owner keeps after casting, and the check they (and only they, who
 * know the choice and blinding) run against any mirror of the log to confirm that their ballot
 * was recorded as cast, whether a later ballot of theirs replaced it, and whether the closing
 * count that the public can check includes it. The receipt holds the ballot's secrets: the
 * owner must keep it private, as it proves how they voted to whoever reads it.
 */
import {
  decodeWith,
  encodeHash,
  Id,
  type InclusionProof,
  leafHash,
  MerkleFrontier,
  parseLeaf,
  type RecordedEvent,
  verifyInclusion,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { ballotCommitment } from './ballot-commitment.ts';
import { publicSealedBallot } from './ballot-schema.ts';
import { BlindingHex, Choice, Quantity, voteStreamId } from './events.ts';
import { auditVotesFromExport } from './public-tally.ts';

/** The receipt format tag. */
export const RECEIPT_FORMAT = 'govledger-ballot-receipt/1';

/**
 * A ballot receipt (JSON). `proof` is the inclusion of the ballot's leaf in a tree the owner saw;
 * `leaf`, when present, is the ballot's exact leaf (UTF-8 text), which the read API withholds
 * from the public: with it, the owner checks the receipt in a browser from public answers only
 * (the dashboard's receipt page), hashing the leaf and proving it into a signed checkpoint.
 * `voter`, on the receipt of a pseudonymous ballot (schema 3), is the owner's per-vote
 * pseudonym, the ballot's recorded actor; `areaM2Hundredths` is then the owner's sealed weight.
 */
export const BallotReceipt = t.intersection(
  [
    t.type({
      format: t.literal(RECEIPT_FORMAT),
      voteId: Id,
      ownerId: Id,
      choice: Choice,
      blinding: BlindingHex,
      areaM2Hundredths: Quantity,
      ballotNumber: Quantity,
      proof: t.type({
        index: Quantity,
        size: Quantity,
        leafHash: t.string,
        path: t.array(t.string),
        root: t.string,
      }),
    }),
    t.partial({ leaf: t.string, voter: Id }),
  ],
  'BallotReceipt',
);
export type BallotReceipt = t.TypeOf<typeof BallotReceipt>;

/**
 * The receipt of the ballot at `event` (as recorded) with its inclusion `proof`, or why it is
 * not that ballot. Given the ballot's `leaf` bytes, the receipt carries them (see {@link BallotReceipt}).
 */
export function makeReceipt(
  event: RecordedEvent,
  secrets: {
    readonly choice: Choice;
    readonly blinding: string;
    /** The owner, for a pseudonymous ballot (schema 3), whose leaf names only the pseudonym. */
    readonly ownerId?: string;
    /** The owner's registered area, for a pseudonymous ballot (schema 3), whose leaf seals it. */
    readonly areaM2Hundredths?: number;
  },
  proof: InclusionProof,
  leaf?: Uint8Array,
): Either<string, BallotReceipt> {
  const ballot = publicSealedBallot(event);
  if (ballot === null) return left(`entry ${event.index} is not a sealed ballot`);
  const area = ballot.areaM2Hundredths ?? secrets.areaM2Hundredths;
  if (area === undefined) return left(`entry ${event.index} seals its weight: give the owner's registered area`);
  if (ballotCommitment(secrets.choice, area, secrets.blinding) !== ballot.commitment) {
    return left(`the choice and blinding given do not open the commitment of entry ${event.index}`);
  }
  const pseudonymous = ballot.schemaVersion === 3;
  if (pseudonymous && secrets.ownerId === undefined)
    return left(`entry ${event.index} is pseudonymous: name its owner`);
  return right({
    format: RECEIPT_FORMAT,
    voteId: ballot.voteId,
    ownerId: pseudonymous ? (secrets.ownerId as string) : ballot.caster,
    ...(pseudonymous ? { voter: ballot.caster } : {}),
    choice: secrets.choice,
    blinding: secrets.blinding,
    areaM2Hundredths: area,
    ballotNumber: ballot.ballotNumber,
    proof: { ...proof, path: [...proof.path] },
    ...(leaf ? { leaf: new TextDecoder().decode(leaf) } : {}),
  });
}

/** What checking a receipt against a mirror found. */
export interface ReceiptCheck {
  /** True when the ballot is in the mirror, recorded as cast. */
  readonly recordedAsCast: boolean;
  /** A later ballot of the same owner in the same vote, which replaced this one; null if none. */
  readonly replacedBy: { readonly index: number; readonly ballotNumber: number } | null;
  /**
   * `counted`: voting closed and the public recount of the closing count holds, with this
   * ballot the owner's last; `replaced`: closed, but a later ballot counts instead; `open`:
   * not closed yet in the mirror; `count-fails`: the closing count does not check out.
   */
  readonly countStatus: 'counted' | 'replaced' | 'open' | 'count-fails';
  /** Every finding, one sentence each, in the order checked. */
  readonly findings: readonly string[];
}

/** Decodes a receipt from JSON text, naming the field that is wrong. */
export function parseReceipt(text: string): Either<string, BallotReceipt> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return left(`not JSON: ${(error as Error).message}`);
  }
  const decoded = decodeWith(BallotReceipt, value);
  return isLeft(decoded)
    ? left(decoded.left.problems.map((p) => `${p.path}: ${p.reason}`).join('; '))
    : right(decoded.right);
}

/**
 * Checks `receipt` against a mirror of the log given as its leaves (`leaves[i]` is the bytes
 * of entry i, as in an export). Fails (left) when the ballot was not recorded as cast: the
 * leaf differs, the proof does not hold, the mirror's tree of the proof's size has another
 * root, or the leaf does not open to the receipt's choice. Otherwise says whether it was
 * replaced and whether the public recount of the closing includes it.
 */
export function checkReceipt(receipt: BallotReceipt, leaves: readonly Uint8Array[]): Either<string, ReceiptCheck> {
  const { proof } = receipt;
  const findings: string[] = [];
  const leaf = leaves[proof.index];
  if (leaf === undefined)
    return left(`the mirror has ${leaves.length} entries; the receipt's entry ${proof.index} is missing`);
  if (proof.size > leaves.length)
    return left(`the mirror has ${leaves.length} entries, fewer than the receipt's tree of ${proof.size}`);
  if (encodeHash(leafHash(leaf)) !== proof.leafHash)
    return left(`entry ${proof.index} of the mirror is not the leaf the receipt names`);
  const included = verifyInclusion(proof);
  if (isLeft(included)) return left(`the inclusion proof does not hold: ${included.left.reason}`);
  const frontier = new MerkleFrontier();
  for (let i = 0; i < proof.size; i++) frontier.append(leafHash(leaves[i] as Uint8Array));
  if (encodeHash(frontier.root()) !== proof.root) {
    return left(
      `the mirror's tree of ${proof.size} entries has another root than the receipt's: the log was rewritten or this is another log`,
    );
  }
  findings.push(`entry ${proof.index} is in the mirror's tree of ${proof.size} entries (root ${proof.root})`);
  const event = parseLeaf(leaf, proof.index);
  const ballot = publicSealedBallot(event);
  const caster = receipt.voter ?? receipt.ownerId;
  if (
    ballot === null ||
    ballot.voteId !== receipt.voteId ||
    ballot.caster !== caster ||
    (ballot.areaM2Hundredths !== null && ballot.areaM2Hundredths !== receipt.areaM2Hundredths)
  ) {
    return left(`entry ${proof.index} is not a sealed ballot of ${caster} on vote ${receipt.voteId}`);
  }
  if (ballotCommitment(receipt.choice, receipt.areaM2Hundredths, receipt.blinding) !== ballot.commitment) {
    return left(`the ballot's commitment does not open to ${receipt.choice}: it was not recorded as cast`);
  }
  findings.push(`the ballot's commitment opens to ${receipt.choice} with ${receipt.areaM2Hundredths} hundredths of m²`);

  const stream = voteStreamId(receipt.voteId);
  const events: RecordedEvent[] = [];
  let replacedBy: ReceiptCheck['replacedBy'] = null;
  let closed = false;
  leaves.forEach((bytes, index) => {
    const e = parseLeaf(bytes, index);
    if (e.streamId !== stream) return;
    events.push(e);
    const later = publicSealedBallot(e);
    if (later && index > proof.index && later.caster === caster && later.ballotNumber > ballot.ballotNumber) {
      replacedBy = { index, ballotNumber: later.ballotNumber };
    }
    if (e.type === 'VotingClosed') closed = true;
  });
  if (replacedBy !== null) {
    const r = replacedBy as { index: number; ballotNumber: number };
    findings.push(
      `REPLACED: a later ballot of the same owner (number ${r.ballotNumber}, entry ${r.index}) replaced this one; the later one counts, not this one`,
    );
  }
  let countStatus: ReceiptCheck['countStatus'];
  if (!closed) countStatus = 'open';
  else {
    const audit = auditVotesFromExport(events).find((a) => a.voteId === receipt.voteId);
    if (!audit || audit.problems.length > 0) countStatus = 'count-fails';
    else countStatus = replacedBy === null ? 'counted' : 'replaced';
    findings.push(
      countStatus === 'count-fails'
        ? `the closing count does not check out: ${audit?.problems.join('; ') ?? 'the vote is missing'}`
        : 'the closing count opens the sum of the counted ballots’ commitments',
    );
  }
  return right({ recordedAsCast: true, replacedBy, countStatus, findings });
}
