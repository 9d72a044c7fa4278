/**
 * `govledger start [--db data/govledger.db]`: the main job for a new user. Creates a sample
 * ledger (the deterministic Zhangjiagang demo history) if there is none, verifies it, shows
 * what it holds, and serves the read API at a printed URL. It composes the other verbs, so
 * it does exactly what running them by hand would. With `--db esdb://…?ledger=NAME --key FILE`
 * the ledger lives in EventStoreDB and the signing key in that file.
 */
import { resolve } from 'node:path';
import { isServerLedger } from '../open-ledger.ts';
import type { Command } from 'commander';
import { StepFailed } from '../cli-error.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles, SIGNING_KEY_ENV } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { ledgerExists, redactedLedgerUrl, requireKeyFileForEsdb } from './init-esdb.ts';
import { serveLedger } from './serve.ts';

/** Runs another verb of this command line with the same streams. */
export type RunVerb = (args: readonly string[], io: CliIo) => Promise<number>;

/** Registers `start`; `run` is the command line itself (passed in to avoid an import cycle). */
export function registerStart(program: Command, io: CliIo, run: RunVerb): void {
  program
    .command('start')
    .description('create the sample ledger if missing, verify it, show it and serve the read API')
    .option('--db <file>', 'ledger database, or an EventStoreDB ledger URL (esdb://…)', 'data/govledger.db')
    .option('--key <file>', 'checkpoint signing key (default: beside the database; required for esdb://)')
    .option('--seed <n>', 'seed of the sample history (when it is created)', '1')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '8080')
    .option('--no-serve', 'stop after showing the ledger')
    .action(async (options: { db: string; key?: string; seed: string; host: string; port: string; serve: boolean }) => {
      requireKeyFileForEsdb(options, io.env, 'start');
      const files = ledgerFiles(options, io.env, io.cwd);
      // The verbs below find the signing key (and its verifier key) where --key put it.
      const stepIo: CliIo =
        options.key !== undefined ? { ...io, env: { ...io.env, [SIGNING_KEY_ENV]: resolve(io.cwd, options.key) } } : io;
      const step = async (title: string, args: readonly string[]) => {
        const shown = args.map((arg) => (isServerLedger(arg) ? redactedLedgerUrl(arg, io.cwd) : arg));
        await write(io.stdout, `\n== ${title}: govledger ${shown.join(' ')}\n`);
        const code = await run(args, stepIo);
        if (code !== EXIT.ok) throw new StepFailed(title, code as ExitCode);
      };
      if (!(await ledgerExists(files.db))) {
        await step('creating the sample ledger', ['demo', '--db', options.db, '--seed', options.seed]);
      }
      await step('verifying it', ['verify', '--db', options.db]);
      await step('what it holds', ['replay', '--db', options.db]);
      if (!options.serve) return;
      await write(io.stdout, '\n== serving it\n');
      await serveLedger(files, { host: options.host, port: nonNegativeInteger('--port', options.port) ?? 8080 }, io);
    });
}
