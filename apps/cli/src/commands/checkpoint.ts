/**
 * `govledger checkpoint --db FILE [--size N]`: print a signed checkpoint note — the latest
 * (signing one for the current head if it has none yet, and asking the witness policy's
 * witnesses for the cosignatures it lacks), or the stored one for a past size.
 */
import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';
import { issueCheckpoint } from '../checkpointing.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { openLedger } from '../open-ledger.ts';
import { loadSigningKey } from '../signing-key.ts';

/** Registers `checkpoint`. */
export function registerCheckpoint(program: Command, io: CliIo): void {
  program
    .command('checkpoint')
    .description('print the signed checkpoint of the current head, or the stored one for --size')
    .requiredOption('--db <file>', 'ledger database')
    .option('--size <n>', 'a past tree size that was checkpointed')
    .option('--key <file>', 'signing key file (default: beside the database, or $GOVLEDGER_SIGNING_KEY)')
    .action(async (options: { db: string; size?: string; key?: string }) => {
      const size = nonNegativeInteger('--size', options.size);
      const files = ledgerFiles(options, io.env, io.cwd);
      const store = openLedger(files.db);
      try {
        if (size !== undefined) {
          const stored = await store.log.checkpoint(size);
          if (!stored) {
            const sizes = (await store.log.checkpoints()).map((c) => c.size);
            const near =
              sizes
                .filter((s) => s <= size)
                .slice(-3)
                .join(', ') || 'none';
            throw new CliError(`no checkpoint was issued at size ${size} (checkpointed sizes at or below it: ${near})`);
          }
          await write(io.stdout, stored.note);
          return;
        }
        loadSigningKey(files.signingKey);
        await write(io.stdout, (await issueCheckpoint(store, files, io)) as string);
      } finally {
        await store.close();
      }
    });
}
