/**
 * `govledger export --db FILE [--from I] [--to I]`: the log as NDJSON, line `i` exactly the
 * leaf bytes of entry `i` (an auditor hashes these bytes; nothing is re-serialised).
 */
import type { Command } from 'commander';
import { usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { openLedger } from '../open-ledger.ts';
import { startProgress } from '../progress.ts';

const NEWLINE = Buffer.from('\n');

/** Registers `export`. */
export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('print entries as NDJSON, each line exactly the stored leaf bytes')
    .requiredOption('--db <file>', 'ledger database')
    .option('--from <index>', 'first index (inclusive)', '0')
    .option('--to <index>', 'last index (inclusive); default the last entry')
    .action(async (options: { db: string; from: string; to?: string }) => {
      const files = ledgerFiles(options, io.env, io.cwd);
      const store = openLedger(files.db, { readonly: true });
      try {
        const { size } = await store.head();
        const from = nonNegativeInteger('--from', options.from) ?? 0;
        const last = nonNegativeInteger('--to', options.to) ?? size - 1;
        if (from > size) throw usageError(`--from ${from} is beyond the ledger size ${size}`);
        if (options.to !== undefined && last >= size)
          throw usageError(`--to ${last} is beyond the last index ${size - 1}`);
        const end = last + 1;
        const progress = startProgress('export', end - from, io.stderr);
        let done = 0;
        const chunk: Buffer[] = [];
        for await (const { leaf } of store.readLeaves(from, end)) {
          chunk.push(Buffer.from(leaf.buffer, leaf.byteOffset, leaf.byteLength), NEWLINE);
          if (chunk.length >= 2048) {
            await write(io.stdout, Buffer.concat(chunk));
            chunk.length = 0;
          }
          if (++done % 4096 === 0) progress.update(done);
        }
        if (chunk.length > 0) await write(io.stdout, Buffer.concat(chunk));
        progress.update(done);
        progress.stop();
      } finally {
        await store.close();
      }
    });
}
