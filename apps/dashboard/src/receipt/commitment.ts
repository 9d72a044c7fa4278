/**
 * The ballot commitments of sealed ballots, recomputed in the browser: a Pedersen commitment
 * `C = m·G + r·H` on ristretto255 (RFC 9496), `m` packing the ballot's weight under its choice
 * in six 40-bit slots (area then heads for approve, reject, abstain) and `r` the ballot's
 * blinding; `H` hashed to the curve from the fixed label the ledger uses
 * (docs/privacy.md, "Ballot commitments"). The page recomputes, never trusts: that a receipt's
 * choice opens its ballot's commitment, and that the counted commitments add up to the
 * count the closing entry publishes.
 */
import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';

const Point = ristretto255.Point;
type RistrettoPoint = InstanceType<typeof Point>;
const ORDER = Point.Fn.ORDER;
const SLOT_BITS = 40n;

/** The choices, in slot order. */
export const CHOICES = ['approve', 'reject', 'abstain'] as const;
/** A ballot's choice. */
export type Choice = (typeof CHOICES)[number];
/** Area (hundredths of m²) and heads under each choice. */
export type ChoiceWeights = Readonly<Record<Choice, { readonly areaM2Hundredths: number; readonly owners: number }>>;

let generatorH: RistrettoPoint | null = null;

function h(): RistrettoPoint {
  generatorH ??= ristretto255_hasher.hashToCurve(new TextEncoder().encode('govledger/ballot-commitment/v1/H'), {
    DST: 'govledger-ballot-commitment-v1',
  });
  return generatorH;
}

function times(point: RistrettoPoint, scalar: bigint): RistrettoPoint {
  const s = ((scalar % ORDER) + ORDER) % ORDER;
  return s === 0n ? Point.ZERO : point.multiply(s);
}

function packed(weights: ChoiceWeights): bigint {
  let m = 0n;
  CHOICES.forEach((choice, c) => {
    m += BigInt(weights[choice].areaM2Hundredths) << (SLOT_BITS * BigInt(c));
    m += BigInt(weights[choice].owners) << (SLOT_BITS * BigInt(3 + c));
  });
  return m;
}

function commitPoint(weights: ChoiceWeights, blindingHex: string): RistrettoPoint {
  return times(Point.BASE, packed(weights)).add(times(h(), BigInt(`0x${blindingHex}`) % ORDER));
}

/** The weights of one ballot: its owner's area and one head under `choice`. */
export function ballotWeights(choice: Choice, areaM2Hundredths: number): ChoiceWeights {
  const none = { areaM2Hundredths: 0, owners: 0 };
  return { approve: none, reject: none, abstain: none, [choice]: { areaM2Hundredths, owners: 1 } };
}

/** The commitment (hex) of one ballot of `choice` with `areaM2Hundredths` under `blindingHex`. */
export function ballotCommitment(choice: Choice, areaM2Hundredths: number, blindingHex: string): string {
  return commitPoint(ballotWeights(choice, areaM2Hundredths), blindingHex).toHex();
}

/** True when `commitments` (hex) add up to a commitment to `weights` under `blindingHex`. */
export function commitmentsOpenTo(commitments: Iterable<string>, weights: ChoiceWeights, blindingHex: string): boolean {
  try {
    let sum: RistrettoPoint = Point.ZERO;
    for (const c of commitments) sum = sum.add(Point.fromHex(c));
    return sum.equals(commitPoint(weights, blindingHex));
  } catch {
    return false;
  }
}
