/**
 * `govledger migrate --from FILE.db --to postgres://…?ledger=NAME`: copy an SQLite ledger into
 * PostgreSQL byte for byte, check that the two Merkle roots are equal and copy its signed
 * checkpoints and state notes. The target must be a new ledger (or an unfinished migration of the same
 * source, which is resumed after the entries already copied); it refuses ordinary use until
 * the roots matched. See docs/operations/postgres.md.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openSqliteStore } from '@govledger/store-sqlite';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError, usageError } from '../cli-error.ts';
import { issueCheckpoint } from '../checkpointing.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { asPostgresCliError } from '../postgres-ledger.ts';
import { startProgress } from '../progress.ts';
import { keepStateNote, stateNoteAt, stateNoteSizes } from '../state/state-notes.ts';

/** The options `migrate` passes on. */
export interface PostgresMigrateOptions {
  readonly from: string;
  readonly to: string;
  readonly chunkLeaves?: string;
  readonly key?: string;
}

/** Runs a migration into the PostgreSQL ledger `options.to`. */
export async function migrateToPostgres(options: PostgresMigrateOptions, io: CliIo): Promise<void> {
  const from = resolve(io.cwd, options.from);
  if (!existsSync(from)) throw environmentError(`no ledger at ${from}`);
  const chunkLeaves = nonNegativeInteger('--chunk-leaves', options.chunkLeaves);
  if (chunkLeaves === 0) throw usageError('--chunk-leaves must be at least 1');
  const files = ledgerFiles({ db: options.to, ...(options.key ? { key: options.key } : {}) }, io.env, io.cwd);
  const { describePgMigrationFailure, migrateIntoPostgres, openPostgresStore, parsePostgresUrl } = await import(
    '@govledger/store-postgres'
  );
  const source = openSqliteStore(from, { readonly: true });
  try {
    const target = await openPostgresStore(files.db, { create: true, allowIncompleteMigration: true });
    try {
      const { size } = await source.head();
      const progress = startProgress('migrate', size, io.stderr);
      const report = await migrateIntoPostgres(source, target, {
        sourceName: from,
        ...(chunkLeaves ? { chunkLeaves } : {}),
        onProgress: (copied) => progress.update(copied),
      });
      progress.stop();
      if (isLeft(report)) throw new CliError(`migration stopped: ${describePgMigrationFailure(report.left)}`);
      // The source's state notes sign the same log roots and (replaying the same leaves) the
      // same state roots: they move with the checkpoints, into the `state_notes` table.
      const noteSizes = await stateNoteSizes(source);
      for (const size of noteSizes) await keepStateNote(target, size, (await stateNoteAt(source, size))!);
      const signed = await issueCheckpoint(target, files);
      const { resumedFrom, checkpointsCopied, root } = report.right;
      await write(
        io.stdout,
        [
          `migrated ${size} entries into ${parsePostgresUrl(options.to).redacted}${resumedFrom > 0 ? ` (resumed after ${resumedFrom})` : ''}`,
          `roots equal: ${root}`,
          `${checkpointsCopied} signed checkpoint(s) and ${noteSizes.length} state note(s) copied${signed ? '; the head has a signed checkpoint' : ''}`,
          '',
        ].join('\n'),
      );
    } finally {
      await target.close();
    }
  } catch (error) {
    throw asPostgresCliError(error);
  } finally {
    await source.close();
  }
}
