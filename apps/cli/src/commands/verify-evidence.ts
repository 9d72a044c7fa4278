import { checkEvidence, parseEvidence } from '@govledger/core';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { readInputText } from '../input-file.ts';
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
      const evidence = parseEvidence(readInputText(file, io.cwd, 'evidence file'));
      if (isLeft(evidence)) throw new CliError(`${file} is not a govledger evidence file: ${evidence.left}`);
      const checked = checkEvidence(evidence.right, logKey);
      if (isLeft(checked)) throw new CliError(`the evidence proves nothing: ${checked.left}`);
      await write(io.stdout, `PROVEN: ${checked.right}\n`);
    });
}
