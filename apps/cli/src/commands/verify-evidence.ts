/**
 * `govledger verify-evidence FILE --key VKEY`: check a monitor's evidence of log misbehaviour
 * (`govledger-evidence/v1`: a split view or a rollback) with the log's verifier key alone, and
 * say what it proves. A court, a journalist or a witness runs it without trusting the monitor
 * that wrote the file: both checkpoints must carry the log's own signature. Exit 0 when the
 * evidence proves misbehaviour; 1 naming why it proves nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkEvidence, parseEvidence } from '@govledger/core';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { resolveVerifierKey } from '../verifier-key.ts';

/** Registers `verify-evidence`. */
export function registerVerifyEvidence(program: Command, io: CliIo): void {
  program
    .command('verify-evidence')
    .description("check a monitor's evidence of a split view or rollback with the log's key, and say what it proves")
    .argument('<file>', 'the evidence file (govledger monitor writes them)')
    .requiredOption('--key <vkey>', "the log's verifier key you trust (or a file holding it)")
    .action(async (file: string, options: { key: string }) => {
      const logKey = resolveVerifierKey(options.key, undefined, io.cwd);
      let text: string;
      try {
        text = readFileSync(resolve(io.cwd, file), 'utf8');
      } catch {
        throw environmentError(`cannot read the evidence file ${file}`);
      }
      const evidence = parseEvidence(text);
      if (isLeft(evidence)) throw new CliError(`${file} is not a govledger evidence file: ${evidence.left}`);
      const checked = checkEvidence(evidence.right, logKey);
      if (isLeft(checked)) throw new CliError(`the evidence proves nothing: ${checked.left}`);
      await write(io.stdout, `PROVEN: ${checked.right}\n`);
    });
}
