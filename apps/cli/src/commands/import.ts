/**
 * `govledger import --db FILE EXPORT`: load an export into an empty ledger. Each line must be
 * a canonical leaf continuing its stream; the result is byte for byte the exported ledger,
 * with the same Merkle root. All or nothing. Into EventStoreDB (`--db esdb://…`) the whole
 * file is checked before anything is written; see import-esdb.ts for imports larger than
 * one append.
 */
import { describeImportError, type ImportError, verifyExport } from '@govledger/core';
import { isEsdbUrl } from '@govledger/store-eventstoredb/ledger-url';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError } from '../cli-error.ts';
import { issueCheckpoint } from '../checkpointing.ts';
import { foldForWrite, snapshotAfterWrite } from '../write-snapshots.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { inputStream, numberedLines } from '../ndjson.ts';
import { type LedgerStore, openLedger } from '../open-ledger.ts';
import { busyLedgerError, isBusyError } from '../write-lock.ts';
import { startProgress } from '../progress.ts';
import { type ExportLines, importIntoEsdb } from './import-esdb.ts';
import { usageError } from '../cli-error.ts';
import { readInputText } from '../input-file.ts';
import { resolveVerifierKey } from '../verifier-key.ts';

/** Where an export's authenticity comes from: the exporter's signed checkpoint and verifier key. */
interface ImportProvenance {
  readonly checkpoint?: string;
  readonly key?: string;
}

/**
 * Checks the whole export against the exporter's signed checkpoint before anything is
 * written: a flipped bit, a deleted or inserted byte, a missing or extra entry is refused.
 * Without a checkpoint and key, says plainly on standard error that the import is unverified.
 */
async function checkProvenance(lines: ExportLines, provenance: ImportProvenance, io: CliIo): Promise<void> {
  if (provenance.checkpoint === undefined && provenance.key === undefined) {
    await write(
      io.stderr,
      'import: UNVERIFIED: no --checkpoint/--verifier given, so nothing shows this export is the one its exporter signed; give --checkpoint FILE --verifier VKEY to verify it first\n',
    );
    return;
  }
  if (provenance.checkpoint === undefined || provenance.key === undefined)
    throw usageError('import needs both --checkpoint FILE and --verifier VKEY to verify the export (or neither)');
  const verifier = resolveVerifierKey(provenance.key, undefined, io.cwd);
  const checkpoint = readInputText(provenance.checkpoint, io.cwd, 'checkpoint file');
  const report = await verifyExport(
    (async function* () {
      yield* lines.leaves;
    })(),
    { checkpoint, verifier },
  );
  if (!report.ok) throw new CliError(`nothing was imported: the export does not verify: ${report.problem?.message}`);
  if (report.size !== lines.leaves.length || report.notes.length > 0)
    throw new CliError(
      `nothing was imported: ${report.notes.join('; ') || 'the checkpoint does not cover the whole export'}; give the checkpoint of the export's full size`,
    );
  await write(io.stderr, `import: verified ${report.size} entries against the signed checkpoint\n`);
}

/** Reads every line of `exportFile` (or standard input for `-`). */
async function readExport(exportFile: string, io: CliIo): Promise<ExportLines> {
  const leaves: Buffer[] = [];
  const lineOf: number[] = [];
  const reading = startProgress('import: reading', 0, io.stderr);
  for await (const { line, text } of numberedLines(inputStream(exportFile, io), exportFile)) {
    leaves.push(Buffer.from(text, 'utf8'));
    lineOf.push(line);
    if (leaves.length % 4096 === 0) reading.update(leaves.length, leaves.length);
  }
  reading.update(leaves.length, leaves.length);
  reading.stop();
  return { leaves, lineOf };
}

/** `importLeaves`, with a write lock held past the busy timeout reported as a conflict naming its holder. */
async function importOrConflict(store: LedgerStore, db: string, leaves: readonly Uint8Array[]) {
  try {
    return await store.importLeaves(leaves);
  } catch (error) {
    if (isBusyError(error)) throw busyLedgerError(db, 'imported');
    throw error;
  }
}

/** Registers `import`. */
export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('load an NDJSON export into an empty ledger, byte for byte')
    .argument('<export>', 'NDJSON export (from govledger export), or - for standard input')
    .requiredOption(
      '--db <file>',
      'ledger database or EventStoreDB ledger URL (created by govledger init, still empty)',
    )
    .option('--key <file>', 'checkpoint signing key (default: beside the database, or $GOVLEDGER_SIGNING_KEY)')
    .option(
      '--checkpoint <file>',
      "the exporter's signed checkpoint: the export is verified against it before anything is written",
    )
    .option('--verifier <vkey>', "the exporter's verifier key (text or file), required with --checkpoint")
    .action(
      async (exportFile: string, options: { db: string; key?: string; checkpoint?: string; verifier?: string }) => {
        const files = ledgerFiles(options, io.env, io.cwd);
        const provenance = { checkpoint: options.checkpoint, key: options.verifier };
        if (isEsdbUrl(files.db)) {
          const lines = await readExport(exportFile, io);
          await checkProvenance(lines, provenance, io);
          await importIntoEsdb(files, lines, exportFile, io);
          return;
        }
        const store = openLedger(files.db, { writer: { verb: 'import', progress: io.stderr } });
        try {
          const held = (await store.head()).size;
          if (held !== 0) throw new CliError(`import needs an empty ledger; ${files.db} already holds ${held} entries`);
          // The whole export is read (and verified, when a checkpoint is given) before the write lock is taken.
          const lines = await readExport(exportFile, io);
          await checkProvenance(lines, provenance, io);
          const { leaves, lineOf } = lines;
          const refuse = (error: ImportError, position: number | undefined) =>
            new CliError(
              `nothing was imported: ${position !== undefined ? `line ${lineOf[position]}: ` : ''}${describeImportError(error)}`,
            );
          // A large import's state note is folded from the entries in hand (see write-snapshots.ts).
          const fold = await foldForWrite(store, leaves.length);
          // One transaction; a large import is pipelined by the store (SQLite's bulk writer).
          const result = await importOrConflict(store, files.db, leaves);
          if (isLeft(result)) throw refuse(result.left, result.left.position);
          const { size } = result.right;
          await fold?.follow(result.right.events);
          const checkpoint = await issueCheckpoint(store, files, io, fold?.runner);
          await snapshotAfterWrite(store, leaves.length, checkpoint !== null, fold?.runner);
          await write(
            io.stdout,
            `imported ${leaves.length} entries; ledger size ${size}${checkpoint ? '; checkpoint signed' : ''}\n`,
          );
        } finally {
          await store.close();
        }
      },
    );
}
