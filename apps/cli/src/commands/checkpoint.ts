/**
 * `govledger checkpoint --db FILE [--size N]`: print a signed checkpoint note — the latest
 * (signing one for the current head if it has none yet, and asking the witness policy's
 * witnesses for the cosignatures it lacks), or the stored one for a past size.
 * With `--state`, it prints (signing and keeping it when new) the state note of the latest
 * checkpoint instead: the state root of every public record at that size (docs/audit.md).
 */
import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';
import { issueCheckpoint } from '../checkpointing.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { openLedger } from '../open-ledger.ts';
import { loadSigningKey } from '../signing-key.ts';
import { StateSigner } from '../state/state-signer.ts';
import { checkpointOfNote, stateNoteAt } from '../state/state-notes.ts';

/** Registers `checkpoint`. */
export function registerCheckpoint(program: Command, io: CliIo): void {
  program
    .command('checkpoint')
    .description('print the signed checkpoint of the current head, or the stored one for --size')
    .requiredOption('--db <file>', 'ledger database')
    .option('--size <n>', 'a past tree size that was checkpointed')
    .option('--key <file>', 'signing key file (default: beside the database, or $GOVLEDGER_SIGNING_KEY)')
    .option('--state', "print the signed state note of the checkpoint's size instead (signing it when new)")
    .action(async (options: { db: string; size?: string; key?: string; state?: boolean }) => {
      const size = nonNegativeInteger('--size', options.size);
      const files = ledgerFiles(options, io.env, io.cwd);
      const store = openLedger(files.db);
      try {
        if (size !== undefined) {
          const stored = await store.log.checkpoint(size);
          const stateNote = options.state ? await stateNoteAt(store, size) : null;
          if (options.state && stateNote === null) throw new CliError(`no state note was signed at size ${size}`);
          if (stateNote !== null) {
            await write(io.stdout, stateNote);
            return;
          }
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
        const signer = loadSigningKey(files.signingKey);
        const note = (await issueCheckpoint(store, files, io)) as string;
        // issueCheckpoint signed the state note of the same size where the ledger keeps notes.
        const kept = options.state ? await stateNoteAt(store, checkpointOfNote(note)?.size ?? -1) : null;
        const stateNote = options.state ? (kept ?? (await new StateSigner(store, signer, store).signLatest())) : null;
        await write(io.stdout, stateNote ?? note);
      } finally {
        await store.close();
      }
    });
}
