/**
 * The leaf of one public record in a state commitment (format v1, docs/audit.md): the RFC
 * 8785 canonical JSON of `{"key":…,"model":…,"record":…}`, where `model` is the
 * projection's name, `key` the record's key and `record` its public form (`null` once the
 * record no longer exists). The leaf hash is RFC 6962's `SHA-256(0x00 || leaf)`.
 */
import { canonicalJson } from '../canonical-json.ts';
import { leafHash } from '../merkle/hash.ts';
import { type Digest, leafDigest } from './digest.ts';

/** The version of the state commitment format this module writes and reads. */
export const STATE_FORMAT_VERSION = 1;

/** The exact leaf bytes of a record (`record` undefined is written as `null`). */
export function stateLeafBytes(model: string, key: string, record: unknown): Buffer {
  return Buffer.from(stateLeafText(model, key, record), 'utf8');
}

/**
 * The leaf as text: the three members are already in RFC 8785 order (`key` < `model` <
 * `record`), so the record alone is canonicalised and the wrapper is written around it
 * (the same text as `canonicalJson({key, model, record})`, without copying the record).
 * `prefix` is {@link stateLeafPrefix} of the model and key, when the caller keeps it.
 */
export function stateLeafText(model: string, key: string, record: unknown, prefix?: string): string {
  const body = record === undefined || record === null ? 'null' : canonicalJson(record);
  return `${prefix ?? stateLeafPrefix(model, key)}${body}}`;
}

/** The text of a record's leaf before the record: `{"key":…,"model":…,"record":`. */
export function stateLeafPrefix(model: string, key: string): string {
  return `{"key":${canonicalJson(key)},"model":${canonicalJson(model)},"record":`;
}

/**
 * The leaf hash of a record as a digest string (`digest.ts`), hashed from the leaf text
 * without an intermediate Buffer: what the state commitment computes per changed record.
 */
export function stateLeafDigest(model: string, key: string, record: unknown, prefix?: string): Digest {
  return leafDigest(stateLeafText(model, key, record, prefix));
}

/** The RFC 6962 leaf hash of a record's leaf bytes. */
export function stateLeafHash(model: string, key: string, record: unknown): Buffer {
  return leafHash(stateLeafBytes(model, key, record));
}
