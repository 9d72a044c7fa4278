/**
 * `govledger init --db FILE [--origin NAME] [--key FILE]`: create an empty ledger, its
 * checkpoint signing key (mode 0600, beside the database, never inside it) and its first
 * checkpoint. The origin names the log in every checkpoint; it is asked for on a terminal.
 * `--db esdb://…?ledger=NAME --key FILE` creates the ledger in EventStoreDB instead.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { encodeVerifierKey, type SignerKey } from '@govledger/core';
import { isEsdbUrl } from '@govledger/store-eventstoredb/ledger-url';
import { isPostgresUrl } from '@govledger/store-postgres/ledger-url';
import { openSqliteStore } from '@govledger/store-sqlite';
import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles, type LedgerFiles } from '../ledger-files.ts';
import { initEsdbLedger, redactedLedgerUrl, requireKeyFileForEsdb } from './init-esdb.ts';
import { initPostgresLedger } from './init-postgres.ts';
import { chooseSigningKey } from './init-key.ts';
import { writeKeysAndFirstCheckpoint } from './ledger-keys.ts';

/**
 * Creates the ledger's files; returns the signing key. Shared by `init`, `demo` and `start`.
 * A ledger in EventStoreDB (an `esdb://` URL) is created there instead (see init-esdb.ts).
 */
export async function initLedger(
  files: LedgerFiles,
  origin: string | undefined,
  io: CliIo,
  keySeed?: string,
): Promise<SignerKey> {
  if (isEsdbUrl(files.db)) return initEsdbLedger(files, origin, io, keySeed);
  if (isPostgresUrl(files.db)) return initPostgresLedger(files, origin, io, keySeed);
  if (existsSync(files.db)) throw new CliError(`a ledger already exists at ${files.db}`);
  mkdirSync(dirname(files.db), { recursive: true });
  const choice = await chooseSigningKey(files, origin, io);
  return writeKeysAndFirstCheckpoint(files, choice, keySeed, () => openSqliteStore(files.db));
}

/** Registers `init`. */
export function registerInit(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('create an empty ledger, its checkpoint signing key and its first checkpoint')
    .requiredOption('--db <file>', 'ledger database to create, or an EventStoreDB ledger URL (esdb://…?ledger=NAME)')
    .option('--origin <name>', "the log's name in checkpoints (asked for on a terminal when omitted)")
    .option(
      '--key <file>',
      'signing key file (default: beside the database, or $GOVLEDGER_SIGNING_KEY; required for esdb://); created when missing',
    )
    .option(
      '--keystore <file>',
      'personal-data key store (default: beside the database, or $GOVLEDGER_KEYSTORE); created when missing',
    )
    .action(async (options: { db: string; origin?: string; key?: string; keystore?: string }) => {
      requireKeyFileForEsdb(options, io.env, 'init');
      const files = ledgerFiles(options, io.env, io.cwd);
      const signer = await initLedger(files, options.origin, io);
      await write(
        io.stdout,
        [
          `created ledger ${isEsdbUrl(files.db) || isPostgresUrl(files.db) ? redactedLedgerUrl(files.db, io.cwd) : files.db}`,
          `signing key ${files.signingKey} (mode 0600; keep it secret and out of version control)`,
          `personal-data key store ${files.keyStore} (mode 0600; back it up separately from the ledger)`,
          `verifier key: ${encodeVerifierKey(signer)}`,
          '',
        ].join('\n'),
      );
    });
}
