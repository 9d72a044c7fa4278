/**
 * Checking one figure in the page: the record the read API proves
 * (`/v1/state/records/{model}/{key}`) against the signed state root, the state note's
 * signature, and that the note names the log checkpoint the page verified at the same size
 * (docs/audit.md, "State commitments", format v1). All hashing is WebCrypto SHA-256.
 */
import { type Bytes, fromBase64, sameBytes, utf8 } from './bytes.ts';
import { leafHash, verifyInclusion } from './merkle.ts';
import { type Checkpoint, openCheckpoint, type VerifierKey } from './note.ts';
import type { StateReason } from './state-reasons.ts';

/** The body of `GET /v1/state/records/{model}/{key}`. */
export interface StateRecordAnswer {
  readonly asOf: { readonly size: number; readonly root: string };
  readonly state: { readonly root: string; readonly records: number; readonly note: string | null };
  readonly proof: {
    readonly model: string;
    readonly key: string;
    readonly record: unknown;
    readonly index: number;
    readonly size: number;
    readonly path: readonly string[];
  };
}

/** A check's result: the proven record, or the reason it cannot be trusted. */
export type RecordCheck =
  | { readonly ok: true; readonly record: unknown }
  | { readonly ok: false; readonly reason: StateReason };

/**
 * RFC 8785 canonical JSON of a plain JSON value: object keys sorted by UTF-16 code units,
 * numbers and strings as ECMAScript serialises them (which is what RFC 8785 prescribes).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The leaf bytes of a record (format v1). */
export function stateLeaf(model: string, key: string, record: unknown): Bytes {
  return utf8(canonicalJson({ key, model, record: record === undefined ? null : record }));
}

const fail = (reason: StateReason): RecordCheck => ({ ok: false, reason });

/**
 * Checks `answer` against `checkpoint` (already verified with `key`): the state note must be
 * signed by `key`, be format v1 of the checkpoint's log, name the checkpoint's size and root,
 * and the record's proof must lead to its state root.
 */
export async function checkStateRecord(
  answer: StateRecordAnswer,
  checkpoint: Checkpoint,
  key: VerifierKey,
): Promise<RecordCheck> {
  const note = answer.state.note;
  if (note === null) return fail('noNote');
  // A state note is a signed note whose first three lines read like a checkpoint's.
  const opened = await openCheckpoint(note, key);
  if (!opened.ok)
    return fail(
      opened.reason.includes('signature') || opened.reason.includes('signed') ? 'noteSignature' : 'noteFormat',
    );
  const lines = note.slice(0, note.indexOf('\n\n')).split('\n');
  if (lines.length !== 5 || !/^(0|[1-9][0-9]{0,15})$/.test(lines[3] ?? '')) return fail('noteFormat');
  if (opened.value.origin !== `${checkpoint.origin}/state/v1`) return fail('otherLog');
  if (opened.value.size !== checkpoint.size || !sameBytes(opened.value.root, checkpoint.root))
    return fail('otherCheckpoint');
  if (answer.asOf.size !== checkpoint.size) return fail('otherSize');
  const stateRoot = fromBase64(lines[4] ?? '');
  const records = Number(lines[3]);
  if (stateRoot?.length !== 32) return fail('noteFormat');
  const { proof } = answer;
  if (proof.size !== records) return fail('proof');
  const path = proof.path.map(fromBase64);
  if (path.some((hash) => hash?.length !== 32)) return fail('proof');
  const leaf = await leafHash(stateLeaf(proof.model, proof.key, proof.record));
  const walked = await verifyInclusion(proof.index, records, leaf, path as Bytes[], stateRoot);
  return walked.ok ? { ok: true, record: proof.record } : fail('proof');
}

/** Whether the figure the page shows equals the proven record's field (compared as canonical JSON). */
export function figureMatches(shown: unknown, proven: unknown): boolean {
  return canonicalJson(shown) === canonicalJson(proven);
}
