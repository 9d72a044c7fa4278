/**
 * The inspecting authority's X25519 key pair, to which every ballot's secret part is sealed
 * (docs/privacy.md, "Which key"). Two files:
 *
 * - the **private key file** (the authority's, mode 0600, never beside the ledger in
 *   production, never in the ledger or in git), one JSON document:
 *   `{"format":"govledger-authority-key","version":1,"alg":"X25519","keyId":…,"publicKey":…,"privateKey":…}`
 *   with both keys as standard base64 of their 32 raw bytes;
 * - the **public key file** the ledger seals to (`<db>.authority.pub` by default,
 *   `--authority-public-key FILE` or `GOVLEDGER_AUTHORITY_PUBLIC_KEY`): one line, the
 *   standard base64 of the 32-byte public key. It is public: anyone may hold it.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { type AuthoritySealerSource, votes } from '@govledger/governance';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { CliError, environmentError } from './cli-error.ts';
import { AUTHORITY_PUBLIC_KEY_ENV } from './ledger-files.ts';

/** The `format` of an authority private key file. */
export const AUTHORITY_KEY_FORMAT = 'govledger-authority-key';

const BASE64_KEY = /^[A-Za-z0-9+/]{43}=$/;

/** The text of an authority private key file. */
export function serializeAuthorityKey(pair: votes.AuthorityKeyPair): string {
  return `${JSON.stringify(
    {
      format: AUTHORITY_KEY_FORMAT,
      version: 1,
      alg: 'X25519',
      keyId: pair.keyId,
      publicKey: Buffer.from(pair.publicKey).toString('base64'),
      privateKey: Buffer.from(pair.privateKey).toString('base64'),
    },
    null,
    2,
  )}\n`;
}

/** Reads an authority private key file's text; the reason names what is wrong. */
export function parseAuthorityKey(text: string): Either<string, votes.AuthorityKeyPair> {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return left('it is not JSON');
  }
  if (doc === null || typeof doc !== 'object' || doc.format !== AUTHORITY_KEY_FORMAT)
    return left(`its format is not ${AUTHORITY_KEY_FORMAT} (is it the public key, or another key?)`);
  if (doc.version !== 1) return left(`version ${String(doc.version)} is not known (1 is)`);
  for (const field of ['publicKey', 'privateKey'] as const) {
    const value = doc[field];
    if (typeof value !== 'string' || !BASE64_KEY.test(value))
      return left(`field ${field} is not 32 bytes of standard base64`);
  }
  const checked = votes.checkAuthorityKeyPair({
    keyId: '',
    publicKey: Buffer.from(doc.publicKey as string, 'base64'),
    privateKey: Buffer.from(doc.privateKey as string, 'base64'),
  });
  if (isLeft(checked)) return checked;
  if (doc.keyId !== undefined && doc.keyId !== checked.right.keyId)
    return left(`field keyId ${String(doc.keyId)} is not the id of its public key (${checked.right.keyId})`);
  return right(checked.right);
}

/** Reads an authority public key file's text (one line of base64). */
export function parseAuthorityPublicKey(text: string): Either<string, votes.AuthorityPublicKey> {
  const line = text.trim();
  if (!BASE64_KEY.test(line)) return left('it is not one line of 32 bytes of standard base64');
  return votes.authorityPublicKey(Buffer.from(line, 'base64'));
}

/** Writes a key pair: the private key at `privatePath` (mode 0600) and the public key at `publicPath`; never overwrites. */
export function writeAuthorityKeyFiles(pair: votes.AuthorityKeyPair, privatePath: string, publicPath: string): void {
  for (const path of [privatePath, publicPath]) {
    if (existsSync(path)) throw new CliError(`a file already exists at ${path}; refusing to overwrite it`);
  }
  writeFileSync(privatePath, serializeAuthorityKey(pair), { mode: 0o600, flag: 'wx' });
  writeAuthorityPublicKey(pair, publicPath);
}

/** Writes the public key file at `path` (never overwrites). */
export function writeAuthorityPublicKey(key: votes.AuthorityPublicKey, path: string): void {
  writeFileSync(path, `${Buffer.from(key.publicKey).toString('base64')}\n`, { mode: 0o644, flag: 'wx' });
}

/**
 * Loads the authority's key pair for an inspection. A missing, readable-by-others or damaged
 * file is an environment error (exit 3) naming it.
 */
export function loadAuthorityKeyPair(path: string): votes.AuthorityKeyPair {
  if (!existsSync(path)) throw environmentError(`no authority private key at ${path} (--authority-key FILE)`);
  const mode = statSync(path).mode;
  if ((mode & 0o077) !== 0)
    throw environmentError(
      `authority private key ${path} is readable by others (mode ${(mode & 0o777).toString(8)}); run: chmod 600 ${path}`,
    );
  const pair = parseAuthorityKey(readFileSync(path, 'utf8'));
  if (isLeft(pair)) throw environmentError(`authority private key ${path} cannot be used: ${pair.left}`);
  return pair.right;
}

/** Loads the authority's public key that ballots are sealed to; missing or damaged is an environment error (exit 3). */
export function loadAuthorityPublicKey(path: string): votes.AuthorityPublicKey {
  if (!existsSync(path)) {
    throw environmentError(
      `no inspecting authority's public key at ${path}: ballots are sealed to it (make one with govledger authority-key; choose it with --authority-public-key FILE or ${AUTHORITY_PUBLIC_KEY_ENV})`,
    );
  }
  const key = parseAuthorityPublicKey(readFileSync(path, 'utf8'));
  if (isLeft(key)) throw environmentError(`authority public key ${path} cannot be used: ${key.left}`);
  return key.right;
}

/**
 * The executor's source of the authority sealer: the public key at `path`, loaded when the
 * first ballot is sealed (a submission without ballots never needs it), with ephemerals from
 * `ephemerals` (random unless a seeded demo).
 */
export function authoritySealerSource(path: string, ephemerals: votes.EphemeralSource = null): AuthoritySealerSource {
  return async () => right(votes.authorityBallotSealer(loadAuthorityPublicKey(path), ephemerals));
}
