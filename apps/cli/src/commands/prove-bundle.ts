/**
 * `govledger prove --index I --bundle [--out FILE]`: the entry's proof bundle, a C2SP
 * tlog-proof with the leaf bytes, the inclusion proof and the latest cosigned checkpoint.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBundle } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';

/** Writes the bundle of entry `index` to `options.out` or standard output. */
export async function writeBundle(
  options: { db: string; size?: string; out?: string },
  index: number,
  io: CliIo,
): Promise<void> {
  if (options.size !== undefined) throw usageError('--bundle proves in the latest checkpoint; leave out --size');
  const store = openLedger(ledgerFiles(options, io.env, io.cwd).db, { readonly: true });
  try {
    const bundle = await buildBundle(store, index);
    if (isLeft(bundle)) throw new CliError(bundle.left.reason);
    if (options.out === undefined) {
      await write(io.stdout, bundle.right);
      return;
    }
    const path = resolve(io.cwd, options.out);
    writeFileSync(path, bundle.right);
    await write(io.stdout, `wrote the proof bundle of entry ${index} to ${path}\n`);
  } finally {
    await store.close();
  }
}
