/**
 * `govledger prove --db FILE --index I [--size N]` and `govledger consistency --db FILE
 * --from M [--to N]`: print proof JSON in DESIGN.md's format. `prove --bundle [--out FILE]`
 * writes the entry's C2SP tlog-proof bundle instead (leaf, proof, cosigned checkpoint).
 */
import type { Command } from 'commander';
import { usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { openLedger } from '../open-ledger.ts';
import { writeBundle } from './prove-bundle.ts';

/** Registers `prove` (inclusion) and `consistency`. */
export function registerProofs(program: Command, io: CliIo): void {
  program
    .command('prove')
    .description('print an inclusion proof of entry --index in the tree of --size entries')
    .requiredOption('--db <file>', 'ledger database')
    .requiredOption('--index <i>', 'the entry (0-based)')
    .option('--size <n>', 'tree size (default: the current size)')
    .option('--bundle', 'write a c2sp.org/tlog-proof@v1 bundle (leaf, proof, latest cosigned checkpoint)')
    .option('--out <file>', 'with --bundle: the file to write (default: standard output)')
    .action(async (options: { db: string; index: string; size?: string; bundle?: boolean; out?: string }) => {
      const index = nonNegativeInteger('--index', options.index)!;
      if (options.bundle) return writeBundle(options, index, io);
      if (options.out) throw usageError('--out goes with --bundle');
      const store = openLedger(ledgerFiles(options, io.env, io.cwd).db, { readonly: true });
      try {
        const head = (await store.head()).size;
        const size = nonNegativeInteger('--size', options.size) ?? head;
        if (size > head) throw usageError(`--size ${size} is beyond the ledger size ${head}`);
        if (index >= size) throw usageError(`--index ${index} must be below the tree size ${size}`);
        await write(io.stdout, `${JSON.stringify(await store.log.inclusionProof(index, size))}\n`);
      } finally {
        await store.close();
      }
    });
  program
    .command('consistency')
    .description('print a consistency proof from tree size --from to --to')
    .requiredOption('--db <file>', 'ledger database')
    .requiredOption('--from <m>', 'the older tree size (at least 1)')
    .option('--to <n>', 'the newer tree size (default: the current size)')
    .action(async (options: { db: string; from: string; to?: string }) => {
      const from = nonNegativeInteger('--from', options.from)!;
      const store = openLedger(ledgerFiles(options, io.env, io.cwd).db, { readonly: true });
      try {
        const head = (await store.head()).size;
        const to = nonNegativeInteger('--to', options.to) ?? head;
        if (to > head) throw usageError(`--to ${to} is beyond the ledger size ${head}`);
        if (from < 1 || from > to) throw usageError(`--from must be from 1 to --to (${to}), got ${from}`);
        await write(io.stdout, `${JSON.stringify(await store.log.consistencyProof(from, to))}\n`);
      } finally {
        await store.close();
      }
    });
}
