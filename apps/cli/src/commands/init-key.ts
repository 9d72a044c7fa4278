/**
 * Choosing a new ledger's signing key: the key already at the key path (its name must be the
 * requested origin), or the origin a new key will get — asked for on a terminal. Nothing is
 * written here, so a ledger that cannot be created leaves no key file behind.
 */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { isValidKeyName, type SignerKey } from '@govledger/core';
import { usageError } from '../cli-error.ts';
import type { CliIo } from '../io.ts';
import type { LedgerFiles } from '../ledger-files.ts';
import { loadSigningKey } from '../signing-key.ts';

async function askOrigin(io: CliIo): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  if (!stdin.isTTY) {
    throw usageError('give the log a name with --origin NAME (e.g. --origin zjg.example.gov.cn/property-ledger)');
  }
  const rl = createInterface({ input: stdin, output: io.stderr });
  try {
    return (
      await rl.question("Origin (the log's name in its checkpoints, e.g. zjg.example.gov.cn/property-ledger): ")
    ).trim();
  } finally {
    rl.close();
  }
}

/** The key a new ledger signs with: an existing key file, or the checked origin of a new one. */
export type KeyChoice =
  | { readonly _tag: 'Existing'; readonly signer: SignerKey }
  | { readonly _tag: 'New'; readonly origin: string };

/** Loads the key at `files.signingKey` when present (checking `origin`), else settles the origin of a new one. */
export async function chooseSigningKey(files: LedgerFiles, origin: string | undefined, io: CliIo): Promise<KeyChoice> {
  if (existsSync(files.signingKey)) {
    const signer = loadSigningKey(files.signingKey);
    if (origin !== undefined && origin !== signer.name) {
      throw usageError(`--origin ${origin} differs from the existing key's name ${signer.name} at ${files.signingKey}`);
    }
    return { _tag: 'Existing', signer };
  }
  const name = origin ?? (await askOrigin(io));
  if (!isValidKeyName(name))
    throw usageError(`origin ${JSON.stringify(name)} must be non-empty, without spaces or '+'`);
  return { _tag: 'New', origin: name };
}
