/**
 * `govledger import --db esdb://… EXPORT`: the whole export is checked before anything is
 * written (a bad line changes nothing and is named). An export that fits in one append of
 * the server (`MaxAppendSize`) is one atomic append. A larger one is written in appends under
 * the server's cap, inside migration markers: the ledger refuses ordinary use until every
 * entry is in and the roots match, and if the import stops half way (a crash, the network)
 * running the same command again checks the entries already written against the export and
 * continues after them. See docs/operations/eventstoredb.md.
 */
import { describeImportError } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError } from '../cli-error.ts';
import { issueCheckpoint } from '../checkpointing.ts';
import { asCliError } from '../esdb-errors.ts';
import { type CliIo, write } from '../io.ts';
import type { LedgerFiles } from '../ledger-files.ts';
import { startProgress } from '../progress.ts';
import { redactedLedgerUrl } from './init-esdb.ts';

/** The lines of an export as leaves, with the line number of each. */
export interface ExportLines {
  readonly leaves: Buffer[];
  readonly lineOf: number[];
}

/** Imports `lines` into the EventStoreDB ledger `files.db` and signs its head. */
export async function importIntoEsdb(files: LedgerFiles, lines: ExportLines, source: string, io: CliIo): Promise<void> {
  const { describeMigrationFailure, importExport, openEsdbStore } = await import('@govledger/store-eventstoredb');
  const where = redactedLedgerUrl(files.db, io.cwd);
  try {
    const store = openEsdbStore(files.db, { allowIncompleteMigration: true });
    try {
      const progress = startProgress('import: writing', lines.leaves.length, io.stderr);
      const result = await importExport(store, lines.leaves, {
        sourceName: source,
        onProgress: (copied) => progress.update(copied),
      });
      progress.stop();
      if (isLeft(result)) {
        const failure = result.left;
        switch (failure._tag) {
          case 'Invalid':
            throw new CliError(
              `nothing was imported: line ${lines.lineOf[failure.error.position]}: ${describeImportError(failure.error)}`,
            );
          case 'NotEmpty':
            throw new CliError(`import needs an empty ledger; ${where} already holds ${failure.size} entries`);
          case 'Stopped':
            throw new CliError(`import stopped: ${describeMigrationFailure(failure.failure)}`);
        }
      }
      const { size, appends, resumedFrom } = result.right;
      const checkpoint = await issueCheckpoint(store, files, io);
      const how =
        appends === 'one'
          ? 'in one append'
          : `in several appends under import markers${resumedFrom > 0 ? `, resumed after ${resumedFrom}` : ''}`;
      await write(
        io.stdout,
        `imported ${size} entries ${how}; ledger size ${size}${checkpoint ? '; checkpoint signed' : ''}\n`,
      );
    } finally {
      await store.close();
    }
  } catch (error) {
    throw asCliError(error);
  }
}
