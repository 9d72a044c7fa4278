/**
 * `govledger key --db FILE`: print the verifier key (`<name>+<keyid>+<base64>`) auditors use
 * to check checkpoints.
 */
import { encodeVerifierKey } from '@govledger/core';
import type { Command } from 'commander';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { loadSigningKey } from '../signing-key.ts';

/** Registers `key`. */
export function registerKey(program: Command, io: CliIo): void {
  program
    .command('key')
    .description("print the verifier key of the ledger's checkpoint signing key")
    .requiredOption('--db <file>', 'ledger database (locates the key beside it)')
    .option('--key <file>', 'signing key file (default: beside the database, or $GOVLEDGER_SIGNING_KEY)')
    .action(async (options: { db: string; key?: string }) => {
      const files = ledgerFiles(options, io.env, io.cwd);
      await write(io.stdout, `${encodeVerifierKey(loadSigningKey(files.signingKey))}\n`);
    });
}
