/**
 * Sealing a ballot's secret part to the inspecting authority's public key, so that the
 * operator who records ballots cannot open them, not even while the vote is open.
 *
 * The construction is HPKE (RFC 9180), base mode, with DHKEM(X25519, HKDF-SHA256),
 * HKDF-SHA256 and AES-256-GCM, through `@hpke/core`: every ballot gets a fresh ephemeral
 * X25519 key, and only the holder of the authority's private key can open it. The HPKE `info`
 * names this use and the AEAD's associated data is the ballot's public part (vote, ballot box,
 * caster, ballot number, commitment), so a sealed part moved to another ballot fails to open.
 * The result then goes into the ledger inside the ballot box's personal-data envelope (under
 * the vote's key `ballots-<voteId>`), whose destruction after the objection period makes the
 * ballots unreadable for good (docs/privacy.md, "Which key").
 */
import { createHash, createHmac, createPrivateKey, createPublicKey } from 'node:crypto';
import { canonicalJson } from '@govledger/core';
import { Aes256Gcm, CipherSuite, DhkemX25519HkdfSha256, HkdfSha256 } from '@hpke/core';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { type BallotTooLongToPad, padBallotPlaintext, unpadBallotPlaintext } from './ballot-padding.ts';

/** The algorithm of an authority-sealed ballot: HPKE base mode, X25519, HKDF-SHA256, AES-256-GCM. */
export const AUTHORITY_SEAL_ALG = 'HPKE-X25519-SHA256-AES256GCM';

const suite = new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes256Gcm() });
const INFO = new TextEncoder().encode('govledger/ballot-seal/v1');
const KEY_BYTES = 32;
/** A key as the HPKE suite holds it (a WebCrypto key). */
type HpkeKey = Awaited<ReturnType<typeof suite.kem.deserializePublicKey>>;

const Base64 = t.refinement(
  t.string,
  (s) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s),
  'Base64',
);

/**
 * A ballot's secret part as sealed to the authority: `authorityKeyId` names the authority key
 * it was sealed to, `enc` is the HPKE encapsulated (ephemeral public) key and `ct` the AEAD
 * ciphertext with its tag, both standard base64. `v` 2 (every ballot sealed now): the
 * plaintext was padded to one fixed length (`ballot-padding.ts`), so every `ct` has the same
 * length; `v` 1 (ledgers sealed before padding): the plaintext as it was, its length showing.
 */
export const AuthoritySealedBallot = t.type(
  {
    v: t.union([t.literal(1), t.literal(2)]),
    alg: t.literal(AUTHORITY_SEAL_ALG),
    authorityKeyId: t.string,
    enc: Base64,
    ct: Base64,
  },
  'AuthoritySealedBallot',
);
export type AuthoritySealedBallot = t.TypeOf<typeof AuthoritySealedBallot>;

/** The authority's public key as raw X25519 bytes, with its id. */
export interface AuthorityPublicKey {
  readonly keyId: string;
  readonly publicKey: Uint8Array;
}

/** The authority's key pair: only the inspecting authority holds `privateKey`. */
export interface AuthorityKeyPair extends AuthorityPublicKey {
  readonly privateKey: Uint8Array;
}

/** The public part of a ballot its sealed part is bound to (the AEAD's associated data). */
export interface BallotSealContext {
  readonly voteId: string;
  readonly ballotBox: string;
  /** The event's actor: the owner's per-vote pseudonym. */
  readonly caster: string;
  readonly ballotNumber: number;
  readonly commitment: string;
}

/** Why an authority-sealed ballot did not open. */
export type AuthorityOpenError =
  | { readonly _tag: 'WrongAuthorityKey'; readonly sealedTo: string; readonly given: string }
  | { readonly _tag: 'BallotSealUnauthentic'; readonly reason: string }
  | { readonly _tag: 'BallotPaddingMalformed' };

/** The message of an {@link AuthorityOpenError}. */
export function describeAuthorityOpenError(error: AuthorityOpenError): string {
  switch (error._tag) {
    case 'WrongAuthorityKey':
      return `sealed to the authority key ${error.sealedTo}, not to the given key ${error.given}`;
    case 'BallotSealUnauthentic':
      return `the sealed ballot does not open (${error.reason}): changed, or moved from another ballot`;
    case 'BallotPaddingMalformed':
      return 'the sealed ballot opens, but its padding is not 0x80 followed by zeros';
  }
}

/** Why a ballot could not be sealed: its secret part does not fit the padded size. */
export type AuthoritySealError = BallotTooLongToPad;

/**
 * The id of an authority public key: 16 base64url characters of a SHA-256 of the key, so a
 * sealed ballot names the key that opens it without holding it.
 */
export function authorityKeyIdOf(publicKey: Uint8Array): string {
  return createHash('sha256')
    .update('govledger/authority-key/v1\u0000')
    .update(publicKey)
    .digest()
    .subarray(0, 12)
    .toString('base64url');
}

/**
 * A new authority key pair: random, or derived from `ikm` (at least 32 bytes of secret input
 * keying material, HPKE's DeriveKeyPair) for a seeded demo.
 */
export async function generateAuthorityKeyPair(ikm?: Uint8Array): Promise<AuthorityKeyPair> {
  const pair = ikm === undefined ? await suite.kem.generateKeyPair() : await suite.kem.deriveKeyPair(ikm);
  const publicKey = new Uint8Array(await suite.kem.serializePublicKey(pair.publicKey));
  const privateKey = new Uint8Array(await suite.kem.serializePrivateKey(pair.privateKey));
  return { keyId: authorityKeyIdOf(publicKey), publicKey, privateKey };
}

/** The authority public key of raw bytes, refused unless 32 bytes. */
export function authorityPublicKey(publicKey: Uint8Array): Either<string, AuthorityPublicKey> {
  if (publicKey.length !== KEY_BYTES)
    return left(`an X25519 public key is ${KEY_BYTES} bytes, got ${publicKey.length}`);
  return right({ keyId: authorityKeyIdOf(publicKey), publicKey });
}

/** The DER prefix of a PKCS #8 X25519 private key (RFC 8410), before the 32 key bytes. */
const PKCS8_X25519_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');

/** Checks that `pair.privateKey` belongs to `pair.publicKey` (a damaged or mismatched key file is refused). */
export function checkAuthorityKeyPair(pair: AuthorityKeyPair): Either<string, AuthorityKeyPair> {
  if (pair.privateKey.length !== KEY_BYTES) return left(`an X25519 private key is ${KEY_BYTES} bytes`);
  if (pair.publicKey.length !== KEY_BYTES) return left(`an X25519 public key is ${KEY_BYTES} bytes`);
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_X25519_PREFIX, pair.privateKey]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  if (Buffer.compare(spki.subarray(spki.length - KEY_BYTES), Buffer.from(pair.publicKey)) !== 0)
    return left('the private key does not belong to the public key beside it');
  return right({ ...pair, keyId: authorityKeyIdOf(pair.publicKey) });
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function associatedData(context: BallotSealContext): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({
      ballotBox: context.ballotBox,
      ballotNumber: context.ballotNumber,
      caster: context.caster,
      commitment: context.commitment,
      voteId: context.voteId,
    }),
  );
}

/**
 * Where the ephemeral keys of sealing come from: `null` for fresh random keys (every real
 * ledger), or input keying material derived from a demo seed, so a seeded demo writes the same
 * bytes on every run. Whoever knows such a seed can open every ballot: demos only.
 */
export type EphemeralSource = ((plaintext: Uint8Array, aad: Uint8Array) => Uint8Array) | null;

/** Ephemeral keying material derived from `seed`, the ballot's public part and its plaintext (demos only). */
export function seededEphemerals(seed: string): EphemeralSource {
  const key = createHash('sha256').update('govledger/ballot-seal/demo-ephemeral/v1\u0000').update(seed).digest();
  return (plaintext, aad) =>
    createHmac('sha256', key)
      .update(aad)
      .update(Buffer.from([0]))
      .update(plaintext)
      .digest();
}

/**
 * A sealer of ballots to one authority public key; the key is imported once and reused for
 * every ballot (the per-ballot cost is one ephemeral key pair and one X25519 agreement).
 */
export interface AuthorityBallotSealer {
  readonly keyId: string;
  /**
   * Seals the canonical JSON of `plaintext`, padded to the one length of every sealed ballot,
   * bound to the ballot's public part `context`; refused when it does not fit that length.
   */
  seal(plaintext: unknown, context: BallotSealContext): Promise<Either<AuthoritySealError, AuthoritySealedBallot>>;
}

/** The {@link AuthorityBallotSealer} of `key`, with ephemerals from `ephemerals` (random when null). */
export function authorityBallotSealer(
  key: AuthorityPublicKey,
  ephemerals: EphemeralSource = null,
): AuthorityBallotSealer {
  let recipient: Promise<HpkeKey> | null = null;
  return {
    keyId: key.keyId,
    async seal(plaintext, context) {
      recipient ??= suite.kem.deserializePublicKey(toArrayBuffer(key.publicKey));
      const padded = padBallotPlaintext(new TextEncoder().encode(canonicalJson(plaintext)));
      if (padded._tag === 'Left') return padded;
      const bytes = padded.right;
      const aad = associatedData(context);
      const ekm = ephemerals === null ? undefined : await suite.kem.deriveKeyPair(ephemerals(bytes, aad));
      const sealed = await suite.seal(
        { recipientPublicKey: await recipient, info: INFO, ...(ekm !== undefined ? { ekm } : {}) },
        bytes,
        aad,
      );
      return right({
        v: 2,
        alg: AUTHORITY_SEAL_ALG,
        authorityKeyId: key.keyId,
        enc: Buffer.from(sealed.enc).toString('base64'),
        ct: Buffer.from(sealed.ct).toString('base64'),
      });
    },
  };
}

/**
 * An opener of ballots sealed to the authority key pair `pair`: the parsed JSON of the
 * plaintext, or why it did not open (another key, or changed or moved content).
 */
export interface AuthorityBallotOpener {
  readonly keyId: string;
  /** Opens `sealed` if it was sealed to this key for the ballot whose public part is `context`. */
  open(sealed: AuthoritySealedBallot, context: BallotSealContext): Promise<Either<AuthorityOpenError, unknown>>;
}

/** The {@link AuthorityBallotOpener} of `pair`; the private key is imported once. */
export function authorityBallotOpener(pair: AuthorityKeyPair): AuthorityBallotOpener {
  let recipient: Promise<HpkeKey> | null = null;
  return {
    keyId: pair.keyId,
    async open(sealed, context) {
      if (sealed.authorityKeyId !== pair.keyId)
        return left({ _tag: 'WrongAuthorityKey', sealedTo: sealed.authorityKeyId, given: pair.keyId });
      recipient ??= suite.kem.deserializePrivateKey(toArrayBuffer(pair.privateKey));
      try {
        const opened = new Uint8Array(
          await suite.open(
            { recipientKey: await recipient, enc: toArrayBuffer(Buffer.from(sealed.enc, 'base64')), info: INFO },
            toArrayBuffer(Buffer.from(sealed.ct, 'base64')),
            associatedData(context),
          ),
        );
        const plaintext = sealed.v === 1 ? opened : unpadBallotPlaintext(opened);
        if (plaintext === null) return left({ _tag: 'BallotPaddingMalformed' });
        return right(JSON.parse(new TextDecoder().decode(plaintext)) as unknown);
      } catch (e) {
        return left({ _tag: 'BallotSealUnauthentic', reason: (e as Error).name || 'OpenError' });
      }
    },
  };
}
