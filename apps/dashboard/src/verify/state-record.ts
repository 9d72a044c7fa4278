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

/** A state note that passed its checks: the state root and its number of records. */
export interface OpenedStateNote {
  readonly stateRoot: Bytes;
  readonly records: number;
}

/**
 * Opens the state note of an answer computed at ledger size `answerSize`, against `checkpoint`
 * (already verified with `key`): the note must be signed by `key`, be format v1 of the
 * checkpoint's log, and name the checkpoint's size and root, which must be the answer's size.
 */
export async function openStateNote(
  note: string | null,
  answerSize: number,
  checkpoint: Checkpoint,
  key: VerifierKey,
): Promise<
  { readonly ok: true; readonly value: OpenedStateNote } | { readonly ok: false; readonly reason: StateReason }
> {
  if (note === null) return { ok: false, reason: 'noNote' };
  // A state note is a signed note whose first three lines read like a checkpoint's.
  const opened = await openCheckpoint(note, key);
  if (!opened.ok)
    return {
      ok: false,
      reason: opened.reason.includes('signature') || opened.reason.includes('signed') ? 'noteSignature' : 'noteFormat',
    };
  const lines = note.slice(0, note.indexOf('\n\n')).split('\n');
  if (lines.length !== 5 || !/^(0|[1-9][0-9]{0,15})$/.test(lines[3] ?? '')) return { ok: false, reason: 'noteFormat' };
  if (opened.value.origin !== `${checkpoint.origin}/state/v1`) return { ok: false, reason: 'otherLog' };
  if (opened.value.size !== checkpoint.size || !sameBytes(opened.value.root, checkpoint.root))
    return { ok: false, reason: 'otherCheckpoint' };
  if (answerSize !== checkpoint.size) return { ok: false, reason: 'otherSize' };
  const stateRoot = fromBase64(lines[4] ?? '');
  if (stateRoot?.length !== 32) return { ok: false, reason: 'noteFormat' };
  return { ok: true, value: { stateRoot, records: Number(lines[3]) } };
}

/** The part of a record proof the page uses: the record, where its leaf is, and the path. */
export interface RecordProof {
  readonly model: string;
  readonly key: string;
  readonly record: unknown;
  readonly index: number;
  readonly size: number;
  readonly path: readonly string[];
}

/** True when `proof`'s record leads through its path to the opened note's state root. */
export async function provesRecord(proof: RecordProof, note: OpenedStateNote): Promise<boolean> {
  if (proof.size !== note.records || !Array.isArray(proof.path)) return false;
  const path = proof.path.map((hash) => (typeof hash === 'string' ? fromBase64(hash) : null));
  if (path.some((hash) => hash?.length !== 32)) return false;
  const leaf = await leafHash(stateLeaf(proof.model, proof.key, proof.record));
  return (await verifyInclusion(proof.index, note.records, leaf, path as Bytes[], note.stateRoot)).ok;
}

/**
 * True when `proof` (a record's proof against the opened note of a later size) shows the
 * record did not exist yet at a size whose state had `recordsThen` records: leaves are
 * appended in order of first existence and never move (docs/audit.md, "Absent records"), so
 * a leaf index at or past that count is a record that came later.
 */
export async function provesAbsence(proof: RecordProof, later: OpenedStateNote, recordsThen: number): Promise<boolean> {
  return Number.isSafeInteger(proof.index) && proof.index >= recordsThen && (await provesRecord(proof, later));
}

/**
 * Whether a figure is what a record that does not exist yet reads as: 0, empty, false or
 * null (or a list or object of only such values). Anything else shown for an absent record
 * is a figure no record commits.
 */
export function isEmptyFigure(shown: unknown): boolean {
  if (shown === 0 || shown === '' || shown === false || shown === null || shown === undefined) return true;
  if (Array.isArray(shown)) return shown.every(isEmptyFigure);
  if (typeof shown === 'object') return Object.values(shown as Record<string, unknown>).every(isEmptyFigure);
  return false;
}

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
  const note = await openStateNote(answer.state.note, answer.asOf.size, checkpoint, key);
  if (!note.ok) return fail(note.reason);
  return (await provesRecord(answer.proof, note.value)) ? { ok: true, record: answer.proof.record } : fail('proof');
}

/** Whether the figure the page shows equals the proven record's field (compared as canonical JSON). */
export function figureMatches(shown: unknown, proven: unknown): boolean {
  return canonicalJson(shown) === canonicalJson(proven);
}
