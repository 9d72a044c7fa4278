/**
 * `govledger keep --db esdb://… [--key FILE] [--once]`: the log keeper of a ledger in
 * EventStoreDB. It follows `$all` (filtered to the ledger's entries stream) with a catch-up
 * subscription, extends the Merkle tree in its local cache and appends a signed checkpoint
 * after each burst of writes, with the signed state note of the same size (the same state
 * signer every write of the CLI signs with, state/state-signer.ts), until interrupted. `--once` catches up, signs the head and exits
 * (for a scheduler). A second keeper is harmless; see docs/operations/eventstoredb.md.
 */
import { isEsdbUrl } from '@govledger/store-eventstoredb/ledger-url';
import { isPostgresUrl } from '@govledger/store-postgres/ledger-url';
import type { Command } from 'commander';
import { environmentError, usageError } from '../cli-error.ts';
import { asCliError } from '../esdb-errors.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { loadSigningKeyIfPresent } from '../signing-key.ts';
import { stateSignerFor } from '../state/state-signer.ts';

/** Registers `keep`. */
export function registerKeep(program: Command, io: CliIo): void {
  program
    .command('keep')
    .description('keep the verifiable log of an EventStoreDB ledger: follow it and sign checkpoints and state notes')
    .requiredOption('--db <url>', 'the EventStoreDB ledger (esdb://…?ledger=NAME)')
    .option('--key <file>', 'checkpoint signing key (default: <ledger>.key here, or $GOVLEDGER_SIGNING_KEY)')
    .option('--settle-ms <ms>', 'quiet time after writes before signing', '200')
    .option('--once', 'catch up, sign the head if needed, and exit')
    .action(async (options: { db: string; key?: string; settleMs: string; once?: boolean }) => {
      if (isPostgresUrl(options.db)) {
        throw usageError(
          'a PostgreSQL ledger needs no keeper: each append extends its Merkle log in the same transaction; sign checkpoints with govledger checkpoint',
        );
      }
      if (!isEsdbUrl(options.db)) throw usageError('keep runs over an EventStoreDB ledger: give --db esdb://…');
      const files = ledgerFiles(options, io.env, io.cwd);
      const signer = loadSigningKeyIfPresent(files.signingKey);
      if (!signer) throw environmentError(`no signing key at ${files.signingKey}; give --key FILE`);
      const { LogKeeper, openEsdbStore } = await import('@govledger/store-eventstoredb');
      let store: ReturnType<typeof openEsdbStore>;
      try {
        store = openEsdbStore(files.db);
      } catch (error) {
        throw asCliError(error);
      }
      try {
        try {
          const keeper = await LogKeeper.start(store, {
            signer,
            state: stateSignerFor(store, signer),
            settleMs: nonNegativeInteger('--settle-ms', options.settleMs) ?? 200,
            onCheckpoint: (size) => void write(io.stdout, `checkpoint signed at size ${size}\n`),
            onStateNote: (size) => void write(io.stdout, `state note signed at size ${size}\n`),
            onProblem: (error) => void write(io.stderr, `keep: ${(error as Error).message ?? String(error)}\n`),
          });
          await write(io.stdout, `keeping ${store.ledger}: checkpointed up to size ${keeper.checkpointedSize}\n`);
          if (!options.once) {
            await new Promise<void>((done) => {
              const stop = () => {
                process.off('SIGINT', stop);
                process.off('SIGTERM', stop);
                done();
              };
              process.on('SIGINT', stop);
              process.on('SIGTERM', stop);
            });
          }
          await keeper.stop();
        } finally {
          await store.close();
        }
      } catch (error) {
        throw asCliError(error);
      }
    });
}
