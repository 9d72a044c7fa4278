/**
 * Resolving the verifier key an audit trusts: given as text (`name+keyid+base64`) or as a file
 * holding it; for an operator checking their own ledger, derived from the signing key beside
 * the database.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseVerifierKey, type VerifierKey, verifierKeyOf } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { environmentError, usageError } from './cli-error.ts';
import { loadSigningKeyIfPresent } from './signing-key.ts';
import { readInputText } from './input-file.ts';

/** Parses `--key VKEY|FILE`; falls back to the signing key at `signingKeyPath` when given. */
export function resolveVerifierKey(
  value: string | undefined,
  signingKeyPath: string | undefined,
  cwd: string,
): VerifierKey {
  if (value === undefined) {
    const signer = signingKeyPath ? loadSigningKeyIfPresent(signingKeyPath) : null;
    if (!signer) throw usageError("give the log's verifier key with --key <name+keyid+base64 | file>");
    return verifierKeyOf(signer);
  }
  const file = resolve(cwd, value);
  const text = existsSync(file) ? readInputText(file, cwd, 'key file', 64 * 1024).trim() : value.trim();
  if (text.startsWith('PRIVATE+KEY+')) {
    throw usageError(
      '--key for verify takes the public verifier key (govledger key prints it), not the private signing key',
    );
  }
  const parsed = parseVerifierKey(text);
  if (isLeft(parsed)) {
    if (!text.includes('+')) throw environmentError(`no such key file: ${value}`);
    throw usageError(`--key is not a verifier key: ${parsed.left.reason}`);
  }
  return parsed.right;
}
