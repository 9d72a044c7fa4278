/**
 * The typed failures commands throw. Each says what kind of failure it is (or carries the typed
 * error it wraps); `program.ts` is the one place that turns them into exit codes, so a verb
 * never chooses a number.
 */
import { describePersonalDataError, type PersonalDataError } from '@govledger/core';
import { describeSubmitError, type SubmitError } from '@govledger/governance';
import type { ExitCode } from './exit-codes.ts';

/**
 * What went wrong, as a person acts on it: the input or a check was refused, the command was
 * used wrongly, the environment is not as required, or another writer got in the way.
 */
export type FailureKind = 'refused' | 'usage' | 'environment' | 'conflict';

/** An expected failure of a command, with the message a person needs and its kind. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind = 'refused',
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage error, e.g. a malformed option value. */
export function usageError(message: string): CliError {
  return new CliError(message, 'usage');
}

/** An environment error, e.g. a missing file. */
export function environmentError(message: string): CliError {
  return new CliError(message, 'environment');
}

/** A conflict with another writer that waiting or retrying may resolve. */
export function conflictError(message: string): CliError {
  return new CliError(message, 'conflict');
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

/**
 * A personal-data operation that failed, kept typed: `program.ts` maps a key store that is
 * missing, locked or damaged to the environment and every other refusal to a refused input.
 */
export class PersonalDataRefused extends Error {
  constructor(
    prefix: string,
    readonly error: PersonalDataError,
  ) {
    super(`${prefix}: ${describePersonalDataError(error)}`);
    this.name = 'PersonalDataRefused';
  }
}

/**
 * A step of a composite verb (`start`) that ended with its own exit code, already mapped by
 * `program.ts` when the step ran; the composite verb ends with the same code.
 */
export class StepFailed extends Error {
  constructor(
    title: string,
    readonly stepExitCode: ExitCode,
  ) {
    super(`${title} failed (exit ${stepExitCode})`);
    this.name = 'StepFailed';
  }
}
