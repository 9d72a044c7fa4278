/**
 * The checkpoint signing key file: Go `note` signer-key text
 * (`PRIVATE+KEY+<name>+<keyid>+<base64>`), mode 0600, beside the database and never inside
 * it. Its name is the log's origin.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { encodeSignerKey, generateSignerKey, parseSignerKey, type SignerKey } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError } from './cli-error.ts';

/** Creates a new signing key named `origin` at `path` (mode 0600); refuses to overwrite one. */
export function createSigningKey(path: string, origin: string): SignerKey {
  if (existsSync(path)) throw new CliError(`a signing key already exists at ${path}; refusing to overwrite it`);
  const key = generateSignerKey(origin);
  if (isLeft(key)) throw new CliError(`cannot use origin ${JSON.stringify(origin)}: ${key.left.reason}`);
  writeFileSync(path, `${encodeSignerKey(key.right)}\n`, { mode: 0o600, flag: 'wx' });
  return key.right;
}

/** Loads the signing key at `path`; a missing or malformed file is an environment error. */
export function loadSigningKey(path: string): SignerKey {
  if (!existsSync(path)) {
    throw environmentError(`no checkpoint signing key at ${path}; pass --key FILE or set GOVLEDGER_SIGNING_KEY`);
  }
  const mode = statSync(path).mode & 0o077;
  if (mode !== 0)
    throw environmentError(
      `signing key ${path} is readable by others (mode ${(statSync(path).mode & 0o777).toString(8)}); run: chmod 600 ${path}`,
    );
  const key = parseSignerKey(readFileSync(path, 'utf8').trim());
  if (isLeft(key)) throw environmentError(`signing key ${path} is malformed: ${key.left.reason}`);
  return key.right;
}

/** Loads the signing key when the file exists, else null (a ledger may be kept without signing). */
export function loadSigningKeyIfPresent(path: string): SignerKey | null {
  return existsSync(path) ? loadSigningKey(path) : null;
}
