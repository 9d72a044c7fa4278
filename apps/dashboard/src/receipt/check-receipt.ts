/**
 * Checking a ballot receipt in the browser, from public answers only and the log's proofs:
 * 1. the receipt's leaf is the ballot it claims (owner or, for a pseudonymous ballot, the
 *    owner's per-vote pseudonym; vote; weight where public; ballot number), and its commitment
 *    opens to the receipt's choice and weight under the receipt's blinding;
 * 2. that leaf is in the log: its hash leads through an inclusion proof to the latest
 *    checkpoint, whose signature the page verifies with the published key;
 * 3. the vote's ballot box (`/v1/votes/:id/ballot-box`): while voting runs, OPEN; once closed,
 *    the closing entry's public leaf (proved into the same checkpoint) publishes the committed
 *    count, the counted commitments must add up to it, and the receipt's ballot is COUNTED when
 *    it is among them or REPLACED when a later ballot of the same owner counts instead.
 * Every hash and commitment is recomputed here; the server supplies bytes, never verdicts.
 */
import { getBytes, getJson, HttpError, withQuery } from '../http.ts';
import { checkLatestCheckpoint } from '../verify/checks.ts';
import { fromBase64, toBase64, utf8 } from '../verify/bytes.ts';
import { leafHash, verifyInclusion } from '../verify/merkle.ts';
import type { Checkpoint } from '../verify/note.ts';
import { ballotCommitment, CHOICES, type Choice, type ChoiceWeights, commitmentsOpenTo } from './commitment.ts';

/** The receipt, as `govledger ballot-receipt` prints it. */
export interface Receipt {
  readonly voteId: string;
  readonly ownerId: string;
  readonly choice: Choice;
  readonly blinding: string;
  readonly areaM2Hundredths: number;
  readonly ballotNumber: number;
  readonly proof: { readonly index: number; readonly leafHash: string };
  readonly leaf: string;
  /** The owner's per-vote pseudonym, the recorded caster of a pseudonymous ballot (schema 3). */
  readonly voter?: string;
}

/** Why a receipt fails, each with the words of both languages in i18n (`receipt.why.*`). */
export type FailureReason =
  | 'not-json'
  | 'not-receipt'
  | 'no-leaf'
  | 'leaf-not-hashed'
  | 'not-the-ballot'
  | 'does-not-open'
  | 'not-in-log'
  | 'box-disagrees'
  | 'closing-unproven';

/** What the check found: a verdict, or why the receipt's ballot is not recorded as cast. */
export type ReceiptVerdict =
  | {
      readonly kind: 'recorded';
      /** counted / replaced / open as the ledger says; count-fails when the closing count does not check out. */
      readonly status: 'counted' | 'replaced' | 'open' | 'count-fails';
      readonly voteId: string;
      readonly index: number;
      readonly size: number;
    }
  | { readonly kind: 'not-recorded'; readonly reason: FailureReason; readonly detail: string }
  | { readonly kind: 'unchecked'; readonly detail: string };

const HEX64 = /^[0-9a-f]{64}$/;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Reads a receipt from its JSON text, or names the first field that is wrong. */
export function parseReceipt(
  text: string,
): { ok: true; receipt: Receipt } | { ok: false; reason: FailureReason; detail: string } {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: (error as Error).message };
  }
  const wrong = (field: string) => ({ ok: false as const, reason: 'not-receipt' as const, detail: field });
  if (typeof value !== 'object' || value === null || value.format !== 'govledger-ballot-receipt/1')
    return wrong('format');
  for (const field of ['voteId', 'ownerId'] as const) if (typeof value[field] !== 'string') return wrong(field);
  if (!CHOICES.includes(value.choice as Choice)) return wrong('choice');
  if (typeof value.blinding !== 'string' || !HEX64.test(value.blinding)) return wrong('blinding');
  if (!isCount(value.areaM2Hundredths)) return wrong('areaM2Hundredths');
  if (!isCount(value.ballotNumber)) return wrong('ballotNumber');
  const proof = value.proof as Record<string, unknown> | undefined;
  if (!proof || !isCount(proof.index)) return wrong('proof.index');
  if (typeof proof.leafHash !== 'string') return wrong('proof.leafHash');
  if (value.voter !== undefined && typeof value.voter !== 'string') return wrong('voter');
  if (typeof value.leaf !== 'string') return { ok: false, reason: 'no-leaf', detail: 'leaf' };
  return { ok: true, receipt: value as unknown as Receipt };
}

interface LeafFields {
  readonly type?: unknown;
  readonly schemaVersion?: unknown;
  readonly data?: Record<string, unknown>;
  readonly metadata?: { readonly actor?: { readonly id?: unknown } };
}

function parseLeafText(text: string): LeafFields | null {
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as LeafFields) : null;
  } catch {
    return null;
  }
}

async function proveInto(index: number, leaf: Uint8Array, checkpoint: Checkpoint): Promise<string | null> {
  if (index >= checkpoint.size) return `entry ${index} is newer than the latest checkpoint (size ${checkpoint.size})`;
  const proof = await getJson<{ path: unknown }>(
    withQuery('/v1/ledger/proofs/inclusion', { index, size: checkpoint.size }),
  );
  const path = Array.isArray(proof.path) ? proof.path.map((p) => (typeof p === 'string' ? fromBase64(p) : null)) : null;
  if (!path || path.some((p) => p?.length !== 32)) return 'the inclusion proof is malformed';
  const included = await verifyInclusion(
    index,
    checkpoint.size,
    await leafHash(leaf),
    path as Uint8Array[],
    checkpoint.root,
  );
  return included.ok ? null : included.reason;
}

interface BallotBox {
  readonly closed: boolean;
  readonly closingIndex: number | null;
  readonly ballots: readonly { readonly index: number; readonly commitment: string; readonly counted: boolean }[];
}

/** Checks the receipt in `text` against the read API on the page's origin. */
export async function checkReceipt(text: string): Promise<ReceiptVerdict> {
  const parsed = parseReceipt(text);
  if (!parsed.ok) return { kind: 'not-recorded', reason: parsed.reason, detail: parsed.detail };
  const receipt = parsed.receipt;
  const leaf = utf8(receipt.leaf);
  if (toBase64(await leafHash(leaf)) !== receipt.proof.leafHash)
    return { kind: 'not-recorded', reason: 'leaf-not-hashed', detail: `entry ${receipt.proof.index}` };
  const fields = parseLeafText(receipt.leaf);
  const data = fields?.data;
  // A named ballot (schema 2) shows its owner and weight; a pseudonymous one (schema 3) only
  // the owner's per-vote pseudonym, its weight being sealed (the commitment still binds it).
  const pseudonymous = fields?.schemaVersion === 3;
  if (
    fields?.type !== 'BallotCast' ||
    (fields.schemaVersion !== 2 && !pseudonymous) ||
    data?.voteId !== receipt.voteId ||
    fields.metadata?.actor?.id !== (pseudonymous ? receipt.voter : receipt.ownerId) ||
    (!pseudonymous && data.areaM2Hundredths !== receipt.areaM2Hundredths) ||
    data.ballotNumber !== receipt.ballotNumber
  ) {
    return { kind: 'not-recorded', reason: 'not-the-ballot', detail: `entry ${receipt.proof.index}` };
  }
  if (ballotCommitment(receipt.choice, receipt.areaM2Hundredths, receipt.blinding) !== data.commitment)
    return { kind: 'not-recorded', reason: 'does-not-open', detail: receipt.choice };

  const head = await checkLatestCheckpoint();
  if (!head.ok) return { kind: 'unchecked', detail: head.reason };
  const { checkpoint } = head.value;
  try {
    const notIncluded = await proveInto(receipt.proof.index, leaf, checkpoint);
    if (notIncluded) return { kind: 'not-recorded', reason: 'not-in-log', detail: notIncluded };
    const recorded = {
      kind: 'recorded' as const,
      voteId: receipt.voteId,
      index: receipt.proof.index,
      size: checkpoint.size,
    };
    const box = await getJson<BallotBox>(`/v1/votes/${encodeURIComponent(receipt.voteId)}/ballot-box`);
    if (!box.closed || box.closingIndex === null || box.closingIndex >= checkpoint.size)
      return { ...recorded, status: 'open' };
    const mine = box.ballots.find((b) => b.index === receipt.proof.index);
    if (!mine || mine.commitment !== data.commitment)
      return { kind: 'not-recorded', reason: 'box-disagrees', detail: `entry ${receipt.proof.index}` };
    const closingLeaf = await getBytes(`/v1/ledger/leaves/${box.closingIndex}`);
    const closingUnproven = await proveInto(box.closingIndex, closingLeaf, checkpoint);
    const closing = parseLeafText(new TextDecoder().decode(closingLeaf));
    const closed = closing?.data;
    if (
      closingUnproven ||
      closing?.type !== 'VotingClosed' ||
      closing.schemaVersion !== 2 ||
      closed?.voteId !== receipt.voteId
    ) {
      return {
        kind: 'not-recorded',
        reason: 'closing-unproven',
        detail: closingUnproven ?? `entry ${box.closingIndex}`,
      };
    }
    const counted = box.ballots.filter((b) => b.counted).map((b) => b.commitment);
    const opens =
      counted.length === closed.sealedBallots &&
      typeof closed.blinding === 'string' &&
      commitmentsOpenTo(counted, closed.committed as ChoiceWeights, closed.blinding);
    if (!opens) return { ...recorded, status: 'count-fails' };
    return { ...recorded, status: mine.counted ? 'counted' : 'replaced' };
  } catch (error) {
    return {
      kind: 'unchecked',
      detail: error instanceof HttpError || error instanceof Error ? error.message : String(error),
    };
  }
}
