/**
 * C2SP tlog-proof v1 (c2sp.org/tlog-proof): an offline-verifiable proof that an entry is in
 * a log, as text:
 *
 *     c2sp.org/tlog-proof@v1
 *     extra <base64 opaque data>        (optional)
 *     index <entry index>
 *     <base64 inclusion proof hash>     (zero or more, leaf's sibling first)
 *
 *     <the checkpoint note, verbatim, with the log's and witnesses' signatures>
 *
 * govledger puts the entry's exact leaf bytes in `extra`, so one file carries the event, its
 * inclusion proof and the cosigned checkpoint (`.tlog-proof`).
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { decodeBase64Strict, decodeHash, encodeHash } from '../merkle/base64.ts';
import { coreError } from '../errors/thrown-errors.ts';

/** The first line of every tlog-proof v1. */
export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';

/** The parts of a tlog-proof. */
export interface TlogProof {
  /** Opaque extra data (for govledger: the entry's leaf bytes); unauthenticated until hashed. */
  readonly extra?: Uint8Array;
  readonly index: number;
  /** RFC 6962 inclusion path, raw 32-byte hashes, leaf's sibling first. */
  readonly path: readonly Uint8Array[];
  /** The signed checkpoint note, verbatim. */
  readonly note: string;
}

/** Why a tlog-proof cannot be read; `where` names the line or part. */
export interface TlogProofMalformed {
  readonly _tag: 'TlogProofMalformed';
  readonly where: string;
  readonly reason: string;
}

/** The proof's text. */
export function formatTlogProof(proof: TlogProof): string {
  if (!Number.isSafeInteger(proof.index) || proof.index < 0)
    throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `index must be >= 0, got ${proof.index}`);
  const extra = proof.extra === undefined ? '' : `extra ${Buffer.from(proof.extra).toString('base64')}\n`;
  const path = proof.path.map((h) => `${encodeHash(h)}\n`).join('');
  return `${TLOG_PROOF_HEADER}\n${extra}index ${proof.index}\n${path}\n${proof.note}`;
}

/** Reads a tlog-proof strictly; the checkpoint note is split off, not yet opened. */
export function parseTlogProof(text: string): Either<TlogProofMalformed, TlogProof> {
  const bad = (where: string, reason: string) =>
    left<TlogProofMalformed>({ _tag: 'TlogProofMalformed', where, reason });
  const blank = text.indexOf('\n\n');
  if (blank < 0) return bad('layout', 'no empty line separates the proof from the checkpoint');
  const lines = text.slice(0, blank).split('\n');
  if (lines[0] !== TLOG_PROOF_HEADER) return bad('line 1', `must be ${TLOG_PROOF_HEADER}`);
  let at = 1;
  let extra: Uint8Array | undefined;
  if (lines[at]?.startsWith('extra ')) {
    extra = decodeBase64Strict((lines[at] as string).slice('extra '.length));
    if (extra === undefined) return bad(`line ${at + 1} (extra)`, 'is not standard base64');
    at += 1;
  }
  const index = /^index (0|[1-9][0-9]*)$/.exec(lines[at] ?? '');
  if (!index || !Number.isSafeInteger(Number(index[1]))) {
    return bad(`line ${at + 1} (index)`, 'must be "index <decimal without leading zeros>"');
  }
  const path: Uint8Array[] = [];
  for (let i = at + 1; i < lines.length; i += 1) {
    const hash = decodeHash(lines[i] as string);
    if (hash === undefined) return bad(`line ${i + 1} (inclusion proof)`, 'is not a base64 SHA-256 hash');
    path.push(hash);
  }
  const note = text.slice(blank + 2);
  if (note === '') return bad('checkpoint', 'is missing after the empty line');
  const proof = { index: Number(index[1]), path, note };
  return right(extra === undefined ? proof : { ...proof, extra });
}
