/**
 * The `govledger` command line: one place that lists the verbs (each in commands/<verb>.ts)
 * and maps failures to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { CliError, type FailureKind, PersonalDataRefused, StepFailed, SubmissionRefused } from './cli-error.ts';
import { EXIT, EXIT_CODES_HELP, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { storeFailureOf } from './store-failure.ts';
import { systemFailureOf } from './system-failure.ts';
import { isClosedOutput } from './closed-output.ts';
import { spelledOutOption } from './option-suggestions.ts';
import type { PersonalDataError } from '@govledger/core';
import type { SubmitError } from '@govledger/governance';
import { registerAppend } from './commands/append.ts';
import { registerAuditRead } from './commands/audit-read.ts';
import { registerCheckpoint } from './commands/checkpoint.ts';
import { registerForget } from './commands/forget.ts';
import { registerHistory } from './commands/history.ts';
import { registerSubmit } from './commands/submit.ts';
import { registerServe } from './commands/serve.ts';
import { registerStart } from './commands/start.ts';
import { registerTrail } from './commands/trail.ts';
import { registerDemo } from './commands/demo.ts';
import { registerDiff } from './commands/diff.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerMonitor } from './commands/monitor.ts';
import { registerInit } from './commands/init.ts';
import { registerKey } from './commands/key.ts';
import { registerProofs } from './commands/prove.ts';
import { registerReplay } from './commands/replay.ts';
import { registerReport } from './commands/report.ts';
import { registerVerify } from './commands/verify.ts';
import { registerVerifyBundle } from './commands/verify-bundle.ts';
import { registerVerifyEvidence } from './commands/verify-evidence.ts';
import { registerWitness } from './commands/witness.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerKeep } from './commands/keep.ts';
import { registerInspectBallots } from './commands/inspect-ballots.ts';
import { registerCountBallots } from './commands/count-ballots.ts';
import { registerAuthorityKey } from './commands/authority-key.ts';
import { registerVerifyBallot } from './commands/verify-ballot.ts';

/** Every verb's registration, in the order `--help` lists them. */
const VERBS = [
  registerInit,
  registerSubmit,
  registerAppend,
  registerExport,
  registerImport,
  registerReplay,
  registerHistory,
  registerDiff,
  registerTrail,
  registerReport,
  registerKey,
  registerCheckpoint,
  registerProofs,
  registerVerify,
  registerVerifyBundle,
  registerVerifyEvidence,
  registerForget,
  registerServe,
  registerDemo,
  registerWitness,
  registerMigrate,
  registerKeep,
  registerMonitor,
  registerAuditRead,
  registerVerifyBallot,
  registerInspectBallots,
  registerCountBallots,
  registerAuthorityKey,
];

/** Builds the program for one run; output goes to `io`, never straight to the process. */
export function createProgram(io: CliIo): Command {
  const program = new Command('govledger')
    .description('govledger: an event-sourced governance ledger with a verifiable (RFC 6962) log')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP);
  registerStart(program, io, runCli);
  for (const register of VERBS) register(program, io);
  for (const command of program.commands) {
    command.exitOverride().addHelpText('after', EXIT_CODES_HELP);
    command.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  }
  return program;
}

/**
 * Runs `govledger` with `args` (without node and script) and returns the exit code. Expected
 * failures print their message; a bug prints its stack (it is a bug: report it).
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const program = createProgram(io);
  const spelledOut = spelledOutOption(program, args);
  if (spelledOut) {
    io.stderr.write(spelledOut);
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof SubmissionRefused) {
      io.stderr.write(`govledger: ${error.message}\n`);
      return exitCodeOfSubmission(error.error);
    }
    if (error instanceof PersonalDataRefused) {
      io.stderr.write(`govledger: ${error.message}\n`);
      return exitCodeOfPersonalData(error.error);
    }
    if (error instanceof StepFailed) {
      io.stderr.write(`govledger: ${error.message}\n`);
      return error.stepExitCode;
    }
    if (error instanceof CliError) {
      io.stderr.write(`govledger: ${error.message}\n`);
      return EXIT_BY_KIND[error.kind];
    }
    // A reader that stopped reading (`govledger export | head -1`) is not a failure.
    if (isClosedOutput(error)) return EXIT.ok;
    const storeFailure = storeFailureOf(error);
    if (storeFailure) {
      io.stderr.write(`govledger: ${storeFailure.message}\n`);
      return EXIT_BY_KIND[storeFailure.kind];
    }
    const systemFailure = systemFailureOf(error);
    if (systemFailure) {
      io.stderr.write(`govledger: ${systemFailure.message}\n`);
      return EXIT_BY_KIND[systemFailure.kind];
    }
    io.stderr.write(`govledger: internal error (please report): ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failed;
  }
}

/** The exit code of each kind of failure: the one table that turns failures into numbers. */
const EXIT_BY_KIND: Record<FailureKind, ExitCode> = {
  refused: EXIT.failed,
  usage: EXIT.usage,
  environment: EXIT.environment,
  conflict: EXIT.conflict,
};

/** A key store that is missing, locked or damaged is the environment (exit 3); any other personal-data refusal exits 1. */
function exitCodeOfPersonalData(error: PersonalDataError): ExitCode {
  return error._tag.startsWith('KeyStore') ? EXIT.environment : EXIT.failed;
}

/** A conflict that the executor's retries did not resolve exits 4; every other refusal of a submission exits 1. */
function exitCodeOfSubmission(error: SubmitError): ExitCode {
  return error._tag === 'SubmissionNotAppended' && error.error._tag === 'WrongExpectedVersion'
    ? EXIT.conflict
    : EXIT.failed;
}
