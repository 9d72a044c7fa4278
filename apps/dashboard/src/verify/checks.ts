/**
 * The checks a reader runs in the page, end to end over the public read API:
 * - the latest checkpoint, signed by the published verifier key (Ed25519, WebCrypto);
 * - growth since the checkpoint verified on the last visit (a consistency proof);
 * - one event: its exact leaf and its inclusion proof against the verified checkpoint.
 * Every hash is recomputed here; the server supplies bytes, never verdicts.
 */
import { getBytes, getJson, getText, HttpError, withQuery } from '../http.ts';
import { fromBase64, toBase64 } from './bytes.ts';
import { leafHash, verifyConsistency, verifyInclusion } from './merkle.ts';
import { type Checkpoint, openCheckpoint, parseVerifierKey, type VerifierKey } from './note.ts';
import { failed, type Outcome, passed } from './outcome.ts';

/** A checkpoint the reader verified, as remembered between visits. */
export interface RememberedCheckpoint {
  readonly origin: string;
  readonly size: number;
  readonly root: string;
  readonly verifierKey: string;
}

/** The latest checkpoint, verified, and the key that signed it. */
export interface VerifiedHead {
  readonly key: VerifierKey;
  readonly checkpoint: Checkpoint;
}

/** What the growth check established. */
export type Growth =
  | { readonly kind: 'first-visit' }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'grew'; readonly from: number; readonly to: number };

/** The identity of the event a reader clicked, which the leaf must carry. */
export interface ExpectedEvent {
  readonly index: number;
  readonly streamId: string;
  readonly eventId: string;
  readonly type: string;
}

function reasonOf(error: unknown): string {
  return error instanceof HttpError ? error.message : error instanceof Error ? error.message : String(error);
}

/** Fetches the published verifier key and the latest checkpoint, and verifies its signature. */
export async function checkLatestCheckpoint(): Promise<Outcome<VerifiedHead>> {
  try {
    const ledger = await getJson<{ verifierKey: string | null }>('/v1/ledger');
    if (!ledger.verifierKey) return failed('the ledger publishes no verifier key');
    const key = await parseVerifierKey(ledger.verifierKey);
    if (!key.ok) return key;
    const note = await getText('/v1/ledger/checkpoint');
    const checkpoint = await openCheckpoint(note, key.value);
    if (!checkpoint.ok) return checkpoint;
    return passed({ key: key.value, checkpoint: checkpoint.value });
  } catch (error) {
    return failed(`the checkpoint could not be fetched: ${reasonOf(error)}`);
  }
}

function decodePath(path: unknown): Uint8Array[] | null {
  if (!Array.isArray(path)) return null;
  const out: Uint8Array[] = [];
  for (const item of path) {
    const hash = typeof item === 'string' ? fromBase64(item) : null;
    if (hash?.length !== 32) return null;
    out.push(hash);
  }
  return out;
}

/**
 * Checks that the verified `head` extends the checkpoint remembered from the last visit
 * (same origin and key; a consistency proof from its size to the head's).
 */
export async function checkGrowth(
  remembered: RememberedCheckpoint | null,
  head: VerifiedHead,
): Promise<Outcome<Growth>> {
  if (!remembered) return passed({ kind: 'first-visit' });
  const { checkpoint, key } = head;
  if (remembered.verifierKey !== key.text) {
    return failed('the verifier key differs from the one you verified with last time');
  }
  if (remembered.origin !== checkpoint.origin)
    return failed('the log origin differs from the one you verified last time');
  const oldRoot = fromBase64(remembered.root);
  if (oldRoot?.length !== 32) return failed('the remembered checkpoint is unreadable');
  if (remembered.size > checkpoint.size) {
    return failed(`the log shrank: you verified size ${remembered.size}, it now says ${checkpoint.size}`);
  }
  try {
    let path: Uint8Array[] = [];
    if (remembered.size < checkpoint.size) {
      const proof = await getJson<{ path: unknown }>(
        withQuery('/v1/ledger/proofs/consistency', { from: remembered.size, to: checkpoint.size }),
      );
      const decoded = decodePath(proof.path);
      if (!decoded) return failed('the consistency proof is malformed');
      path = decoded;
    }
    const consistent = await verifyConsistency(remembered.size, checkpoint.size, oldRoot, checkpoint.root, path);
    if (!consistent.ok) return consistent;
    return passed(
      remembered.size === checkpoint.size
        ? { kind: 'unchanged' }
        : { kind: 'grew', from: remembered.size, to: checkpoint.size },
    );
  } catch (error) {
    return failed(`the consistency proof could not be fetched: ${reasonOf(error)}`);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function leafNames(leaf: Uint8Array, expected: ExpectedEvent): string | null {
  let parsed: { streamId?: unknown; eventId?: unknown; type?: unknown };
  try {
    parsed = JSON.parse(UTF8.decode(leaf)) as typeof parsed;
  } catch {
    return 'the leaf is not JSON';
  }
  if (parsed.eventId !== expected.eventId || parsed.streamId !== expected.streamId || parsed.type !== expected.type) {
    return `the leaf at index ${expected.index} is not the event shown (${expected.type} ${expected.eventId})`;
  }
  return null;
}

/**
 * Fetches the exact leaf of `expected.index` and its inclusion proof at the verified
 * checkpoint's size, and checks both in the page: the leaf names the event shown, and its
 * hash leads through the proof to the signed root.
 */
export async function checkEvent(expected: ExpectedEvent, checkpoint: Checkpoint): Promise<Outcome<{ size: number }>> {
  if (expected.index >= checkpoint.size) {
    return failed(`entry ${expected.index} is newer than the latest checkpoint (size ${checkpoint.size})`);
  }
  try {
    const [leaf, proof] = await Promise.all([
      getBytes(`/v1/ledger/leaves/${expected.index}`),
      getJson<{ path: unknown }>(
        withQuery('/v1/ledger/proofs/inclusion', { index: expected.index, size: checkpoint.size }),
      ),
    ]);
    const mismatch = leafNames(leaf, expected);
    if (mismatch) return failed(mismatch);
    const path = decodePath(proof.path);
    if (!path) return failed('the inclusion proof is malformed');
    const included = await verifyInclusion(
      expected.index,
      checkpoint.size,
      await leafHash(leaf),
      path,
      checkpoint.root,
    );
    if (!included.ok) return included;
    return passed({ size: checkpoint.size });
  } catch (error) {
    return failed(`the leaf or its proof could not be fetched: ${reasonOf(error)}`);
  }
}

/** The form a verified head is remembered in. */
export function rememberable(head: VerifiedHead): RememberedCheckpoint {
  return {
    origin: head.checkpoint.origin,
    size: head.checkpoint.size,
    root: toBase64(head.checkpoint.root),
    verifierKey: head.key.text,
  };
}
