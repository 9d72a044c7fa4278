/**
 * Ballot commitments: each sealed ballot publishes a Pedersen commitment
 * `C = m·G + r·H` on the prime-order group ristretto255 (RFC 9496), where `m` packs the
 * ballot's weight under its choice and `r` is the ballot's secret blinding. Commitments add:
 * the sum of every counted ballot's `C` is a commitment to the per-choice totals under the
 * sum of the blindings. The closing event publishes the totals and that summed blinding, so
 * anyone holding the export recomputes the sum of the public commitments and checks that it
 * opens to the published tally, without learning any single ballot's choice (hiding rests on
 * `r` being secret; binding on nobody knowing the discrete log of `H` relative to `G`, which
 * comes from hashing a fixed label to the curve).
 *
 * Packing: six 40-bit slots, `m = Σ area_c·2^(40·c) + heads_c·2^(40·(3+c))` for the choices
 * approve (c = 0), reject (1) and abstain (2). One ballot sets one area slot and one head slot;
 * sums stay exact while every total is below 2^40 (about 1.1·10^10 m² in hundredths).
 */
import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';
import type { Choice, Weight } from './events.ts';

const Point = ristretto255.Point;
type RistrettoPoint = InstanceType<typeof Point>;

/** The order of the ristretto255 group: blindings and packed values are taken modulo it. */
const ORDER = Point.Fn.ORDER;
const SLOT_BITS = 40n;
const SLOT_LIMIT = 1n << SLOT_BITS;
const CHOICES: readonly Choice[] = ['approve', 'reject', 'abstain'];

/** The second generator `H`: hashed to the curve from a fixed label, so its discrete log is unknown. */
const H = ristretto255_hasher.hashToCurve(new TextEncoder().encode('govledger/ballot-commitment/v1/H'), {
  DST: 'govledger-ballot-commitment-v1',
});
H.precompute(8);

/** A ballot's blinding: 64 lowercase hex characters (32 bytes) chosen by the voter's client. */
export const BLINDING_PATTERN = /^[0-9a-f]{64}$/;

/** The per-choice weight a tally commits to: area and heads for approve, reject and abstain. */
export type ChoiceWeights = Readonly<Record<Choice, Weight>>;

function scalarOfHex(hex: string): bigint {
  return BigInt(`0x${hex}`) % ORDER;
}

function hexOfScalar(value: bigint): string {
  return (((value % ORDER) + ORDER) % ORDER).toString(16).padStart(64, '0');
}

function times(point: RistrettoPoint, scalar: bigint): RistrettoPoint {
  const s = ((scalar % ORDER) + ORDER) % ORDER;
  return s === 0n ? Point.ZERO : point.multiply(s);
}

/** The packed value `m` of per-choice weights; throws when a total does not fit its slot (a bug). */
export function packWeights(weights: ChoiceWeights): bigint {
  let m = 0n;
  CHOICES.forEach((choice, c) => {
    const area = BigInt(weights[choice].areaM2Hundredths);
    const heads = BigInt(weights[choice].owners);
    if (area >= SLOT_LIMIT || heads >= SLOT_LIMIT) throw new RangeError(`a ${choice} total does not fit 40 bits`);
    m += (area << (SLOT_BITS * BigInt(c))) + (heads << (SLOT_BITS * BigInt(3 + c)));
  });
  return m;
}

/** The weights of one ballot: its owner's area and one head under `choice`, zero elsewhere. */
export function ballotWeights(choice: Choice, areaM2Hundredths: number): ChoiceWeights {
  const none = { areaM2Hundredths: 0, owners: 0 };
  return { approve: none, reject: none, abstain: none, [choice]: { areaM2Hundredths, owners: 1 } };
}

function commitPoint(weights: ChoiceWeights, blindingHex: string): RistrettoPoint {
  return times(Point.BASE, packWeights(weights)).add(times(H, scalarOfHex(blindingHex)));
}

/**
 * The commitment (64 hex characters, the RFC 9496 encoding) to one ballot of `choice` with
 * its owner's `areaM2Hundredths`, under `blindingHex`. Pure and deterministic.
 *
 * @example
 * ballotCommitment('approve', 8950, 'ab…') // '5c1e…'
 */
export function ballotCommitment(choice: Choice, areaM2Hundredths: number, blindingHex: string): string {
  return commitPoint(ballotWeights(choice, areaM2Hundredths), blindingHex).toHex();
}

/** The sum, modulo the group order, of blindings (hex); what a closing event publishes. */
export function sumBlindings(blindings: Iterable<string>): string {
  let sum = 0n;
  for (const b of blindings) sum = (sum + scalarOfHex(b)) % ORDER;
  return hexOfScalar(sum);
}

/**
 * True when the commitments (hex) add up to a commitment to `weights` under `blindingHex`:
 * the check anyone can run on a closed vote from the export alone. False also when a
 * commitment is not a valid ristretto255 encoding.
 */
export function commitmentsOpenTo(commitments: Iterable<string>, weights: ChoiceWeights, blindingHex: string): boolean {
  let sum: RistrettoPoint = Point.ZERO;
  try {
    for (const c of commitments) sum = sum.add(Point.fromHex(c));
    return sum.equals(commitPoint(weights, blindingHex));
  } catch {
    return false;
  }
}
