/**
 * Signed checkpoints (C2SP tlog-checkpoint in a C2SP signed-note), opened in the page with
 * WebCrypto Ed25519 against the published verifier key `name+keyid+base64(0x01||pubkey)`.
 * The key id is recomputed (`SHA-256(name || "\n" || 0x01 || pubkey)`, first 4 bytes), the
 * signature line must name that key, and the signature must verify over the note text.
 */
import { type Bytes, fromBase64, sameBytes, sha256, toHex, utf8 } from './bytes.ts';
import { failed, type Outcome, passed } from './outcome.ts';

/** A parsed verifier key, ready for WebCrypto. */
export interface VerifierKey {
  readonly name: string;
  /** The 4-byte key id, as 8 hex digits. */
  readonly keyIdHex: string;
  readonly publicKey: Bytes;
  /** The key as published. */
  readonly text: string;
}

/** What a verified checkpoint says: the log's origin, size and root. */
export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly root: Bytes;
  /** The root as in the note (standard base64). */
  readonly rootBase64: string;
}

const ED25519_ALG = 0x01;

async function keyIdOf(name: string, publicKey: Uint8Array): Promise<string> {
  const hash = await sha256(utf8(`${name}\n`), new Uint8Array([ED25519_ALG]), publicKey);
  return toHex(hash.slice(0, 4));
}

/** Parses and checks a verifier key (its key id must match its name and public key). */
export async function parseVerifierKey(text: string): Promise<Outcome<VerifierKey>> {
  // The name holds no '+' and the key id is 8 hex digits; the base64 key may hold '+'.
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text.trim());
  if (!match) return failed('the verifier key is not name+keyid+key');
  const [, name, keyIdHex, keyBase64] = match as unknown as [string, string, string, string];
  const key = fromBase64(keyBase64);
  if (key?.length !== 33 || key[0] !== ED25519_ALG) return failed('the verifier key is not an Ed25519 key');
  const publicKey = key.slice(1);
  if ((await keyIdOf(name, publicKey)) !== keyIdHex) return failed('the verifier key id does not match its key');
  return passed({ name, keyIdHex, publicKey, text: text.trim() });
}

function parseBody(body: string): Outcome<Checkpoint> {
  const lines = body.split('\n');
  const [origin, sizeText, rootBase64] = lines;
  if (!origin || !sizeText || !rootBase64) return failed('the checkpoint lacks its origin, size or root');
  if (!/^(0|[1-9][0-9]{0,15})$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    return failed('the checkpoint size is not a number');
  }
  const root = fromBase64(rootBase64);
  if (root?.length !== 32) return failed('the checkpoint root is not a SHA-256 hash');
  return passed({ origin, size: Number(sizeText), root, rootBase64 });
}

/**
 * Opens a signed checkpoint note: the signature by `key` must be present and verify with
 * Ed25519 over the note text. Signatures by other keys are ignored.
 */
export async function openCheckpoint(note: string, key: VerifierKey): Promise<Outcome<Checkpoint>> {
  const split = note.indexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return failed('the checkpoint is not a signed note');
  const body = note.slice(0, split + 1);
  const signatureLines = note.slice(split + 2, -1).split('\n');
  const parsed = parseBody(body);
  if (!parsed.ok) return parsed;
  const publicKey = await crypto.subtle.importKey('raw', key.publicKey, { name: 'Ed25519' }, false, ['verify']);
  let signedByKey = false;
  for (const line of signatureLines) {
    const match = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!match) return failed('the checkpoint has a malformed signature line');
    const [, name, signatureBase64] = match as unknown as [string, string, string];
    const signature = fromBase64(signatureBase64);
    if (!signature || signature.length < 5) return failed('the checkpoint has a malformed signature');
    if (name !== key.name || toHex(signature.slice(0, 4)) !== key.keyIdHex) continue;
    const ok = await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature.slice(4), utf8(body));
    if (!ok) return failed('the checkpoint signature does not verify with the published key');
    signedByKey = true;
  }
  if (!signedByKey) return failed(`the checkpoint is not signed by the published key ${key.name}+${key.keyIdHex}`);
  return passed(parsed.value);
}

/** True when two checkpoints are of the same size and root. */
export function sameCheckpoint(a: Pick<Checkpoint, 'size' | 'root'>, b: Pick<Checkpoint, 'size' | 'root'>): boolean {
  return a.size === b.size && sameBytes(a.root, b.root);
}
