/**
 * `govledger migrate --from FILE.db --to esdb://…`: copy an SQLite ledger into EventStoreDB
 * (or, with `--to postgres://…`, into PostgreSQL: see migrate-postgres.ts)
 * byte for byte, check that the two Merkle roots are equal and copy its signed checkpoints.
 * The target must be a new ledger (or an unfinished migration of the same source, which is
 * resumed); it refuses ordinary use until the roots matched. See docs/operations/eventstoredb.md.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isEsdbUrl, parseLedgerUrl } from '@govledger/store-eventstoredb/ledger-url';
import { isPostgresUrl } from '@govledger/store-postgres/ledger-url';
import { openSqliteStore } from '@govledger/store-sqlite';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError, usageError } from '../cli-error.ts';
import { issueCheckpoint } from '../checkpointing.ts';
import { asCliError } from '../esdb-errors.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { startProgress } from '../progress.ts';
import { keepStateNote, stateNoteAt, stateNoteSizes } from '../state/state-notes.ts';
import { migrateToPostgres } from './migrate-postgres.ts';

/** Registers `migrate`. */
export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('copy an SQLite ledger into EventStoreDB and check that both roots are equal')
    .requiredOption('--from <file>', 'the SQLite ledger to copy (left unchanged)')
    .requiredOption('--to <url>', 'the EventStoreDB ledger, e.g. esdb://n1:2113,n2:2113,n3:2113?tls=true&ledger=zjg')
    .option('--chunk-bytes <n>', 'most leaf bytes per append (default 1000000, under the server cap)')
    .option('--key <file>', 'signing key, to sign the head when the source has no checkpoint for it')
    .option('--chunk-leaves <n>', 'postgres:// only: most entries per import transaction (default 5000)')
    .action(async (options: { from: string; to: string; chunkBytes?: string; chunkLeaves?: string; key?: string }) => {
      if (isPostgresUrl(options.to)) return migrateToPostgres(options, io);
      if (!isEsdbUrl(options.to))
        throw usageError(`--to must be an esdb:// or postgres:// URL, got ${JSON.stringify(options.to)}`);
      const from = resolve(io.cwd, options.from);
      if (!existsSync(from)) throw environmentError(`no ledger at ${from}`);
      const chunkBytes = nonNegativeInteger('--chunk-bytes', options.chunkBytes);
      if (chunkBytes === 0) throw usageError('--chunk-bytes must be at least 1');
      const files = ledgerFiles({ db: options.to, ...(options.key ? { key: options.key } : {}) }, io.env, io.cwd);
      // Loaded here, not at start-up: only runs over EventStoreDB need its client.
      const { describeMigrationFailure, migrateLedger, openEsdbStore } = await import('@govledger/store-eventstoredb');
      const source = openSqliteStore(from, { readonly: true });
      let target: ReturnType<typeof openEsdbStore>;
      try {
        target = openEsdbStore(files.db, { create: true, allowIncompleteMigration: true });
      } catch (error) {
        await source.close();
        throw asCliError(error);
      }
      try {
        try {
          const { size } = await source.head();
          const progress = startProgress('migrate', size, io.stderr);
          const report = await migrateLedger(source, target, {
            sourceName: from,
            ...(chunkBytes ? { chunkBytes } : {}),
            onProgress: (copied) => progress.update(copied),
          });
          progress.stop();
          if (isLeft(report)) throw new CliError(`migration stopped: ${describeMigrationFailure(report.left)}`);
          // The source's state notes sign the same log roots and (replaying the same leaves) the
          // same state roots: they move with the checkpoints, into the state notes stream.
          const noteSizes = await stateNoteSizes(source);
          for (const size of noteSizes) await keepStateNote(target, size, (await stateNoteAt(source, size))!);
          const signed = await issueCheckpoint(target, files);
          const { redacted } = parseLedgerUrl(options.to, io.cwd);
          const { resumedFrom, checkpointsCopied, root } = report.right;
          await write(
            io.stdout,
            [
              `migrated ${size} entries into ${redacted}${resumedFrom > 0 ? ` (resumed after ${resumedFrom})` : ''}`,
              `roots equal: ${root}`,
              `${checkpointsCopied} signed checkpoint(s) and ${noteSizes.length} state note(s) copied${signed ? '; the head has a signed checkpoint' : ''}`,
              '',
            ].join('\n'),
          );
        } finally {
          await source.close();
          await target.close();
        }
      } catch (error) {
        throw asCliError(error);
      }
    });
}
