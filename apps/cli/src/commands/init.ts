/**
 * `govledger init --db FILE [--origin NAME] [--key FILE]`: create an empty ledger, its
 * checkpoint signing key (mode 0600, beside the database, never inside it) and its first
 * checkpoint. The origin names the log in every checkpoint; it is asked for on a terminal.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { encodeVerifierKey, isValidKeyName, type SignerKey } from '@govledger/core';
import { openSqliteStore } from '@govledger/store-sqlite';
import type { Command } from 'commander';
import { CliError, usageError } from '../cli-error.ts';
import { signAndStoreCheckpoint } from '../checkpointing.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles, type LedgerFiles } from '../ledger-files.ts';
import { createKeyStore } from '../key-store.ts';
import { createSigningKey, loadSigningKey } from '../signing-key.ts';

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

/** Creates the ledger's files; returns the signing key. Shared by `init` and `start`. */
export async function initLedger(
  files: LedgerFiles,
  origin: string | undefined,
  io: CliIo,
  keySeed?: string,
): Promise<SignerKey> {
  if (existsSync(files.db)) throw new CliError(`a ledger already exists at ${files.db}`);
  mkdirSync(dirname(files.db), { recursive: true });
  let signer: SignerKey;
  if (existsSync(files.signingKey)) {
    signer = loadSigningKey(files.signingKey);
    if (origin !== undefined && origin !== signer.name) {
      throw usageError(`--origin ${origin} differs from the existing key's name ${signer.name} at ${files.signingKey}`);
    }
  } else {
    const name = origin ?? (await askOrigin(io));
    if (!isValidKeyName(name))
      throw usageError(`origin ${JSON.stringify(name)} must be non-empty, without spaces or '+'`);
    mkdirSync(dirname(files.signingKey), { recursive: true });
    signer = createSigningKey(files.signingKey, name);
  }
  if (!existsSync(files.keyStore)) await createKeyStore(files, keySeed !== undefined ? { keySeed } : {});
  const store = openSqliteStore(files.db);
  try {
    await signAndStoreCheckpoint(store, signer);
  } finally {
    await store.close();
  }
  return signer;
}

/** Registers `init`. */
export function registerInit(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('create an empty ledger, its checkpoint signing key and its first checkpoint')
    .requiredOption('--db <file>', 'ledger database to create')
    .option('--origin <name>', "the log's name in checkpoints (asked for on a terminal when omitted)")
    .option(
      '--key <file>',
      'signing key file (default: beside the database, or $GOVLEDGER_SIGNING_KEY); created when missing',
    )
    .option(
      '--keystore <file>',
      'personal-data key store (default: beside the database, or $GOVLEDGER_KEYSTORE); created when missing',
    )
    .action(async (options: { db: string; origin?: string; key?: string; keystore?: string }) => {
      const files = ledgerFiles(options, io.env, io.cwd);
      const signer = await initLedger(files, options.origin, io);
      await write(
        io.stdout,
        [
          `created ledger ${files.db}`,
          `signing key ${files.signingKey} (mode 0600; keep it secret and out of version control)`,
          `personal-data key store ${files.keyStore} (mode 0600; back it up separately from the ledger)`,
          `verifier key: ${encodeVerifierKey(signer)}`,
          '',
        ].join('\n'),
      );
    });
}
