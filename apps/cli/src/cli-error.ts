/**
 * The one exception type commands throw for an expected failure: it carries the exit code and
 * the message a person needs. `main.ts` prints it without a stack trace.
 */
import { describeSubmitError, type SubmitError } from '@govledger/governance';
import { EXIT, type ExitCode } from './exit-codes.ts';

/** An expected failure of a command, mapped to an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.failed,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage error (exit 2), e.g. a malformed option value. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

/** An environment error (exit 3), e.g. a missing file. */
export function environmentError(message: string): CliError {
  return new CliError(message, EXIT.environment);
}

/**
 * A governance submission the executor refused, kept typed: `program.ts` maps the error to
 * its exit code (a conflict that retries did not resolve is not a refused line).
 */
export class SubmissionRefused extends Error {
  constructor(
    prefix: string,
    readonly error: SubmitError,
  ) {
    super(`${prefix}: ${describeSubmitError(error)}`);
    this.name = 'SubmissionRefused';
  }
}
