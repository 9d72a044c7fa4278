/**
 * Why a submission was refused: which line, which command, which field or rule. Nothing of
 * the submission was recorded.
 */
import {
  type DecodeProblem,
  describePersonalDataError,
  type PersonalDataError,
  type SubmissionNotAppended,
} from '@govledger/core';
import type { DomainError } from './command.ts';

/** A line is not a command envelope, or its data does not match the command's codec. */
export interface InvalidCommand {
  readonly _tag: 'InvalidCommand';
  readonly line: number;
  readonly command?: string;
  readonly problems: readonly DecodeProblem[];
}

/** No command of that name exists. */
export interface UnknownCommand {
  readonly _tag: 'UnknownCommand';
  readonly line: number;
  readonly command: string;
}

/** The command's rule refused it. */
export interface CommandRejected {
  readonly _tag: 'CommandRejected';
  readonly line: number;
  readonly command: string;
  readonly error: DomainError;
}

/** Personal data could not be sealed (e.g. no key store, or a missing subject id): `error` says which. */
export interface SealingFailed {
  readonly _tag: 'SealingFailed';
  readonly line: number;
  readonly command: string;
  readonly error: PersonalDataError;
}

/** The store refused the batch (after conflict retries ran out, or for size): core's pipeline result. */
export type { SubmissionNotAppended };

/** Why one line of a submission was refused. */
export type LineError = InvalidCommand | UnknownCommand | CommandRejected | SealingFailed;

/** More than one line was refused: each, in line order, found in one pass. */
export interface LinesRefused {
  readonly _tag: 'LinesRefused';
  readonly errors: readonly LineError[];
}

/** Why a submission was refused. */
export type SubmitError = LineError | LinesRefused | SubmissionNotAppended;

/** One line for a person: `line 12: CastBallot: rule VotingClosed: voting on vote-7 closed at …`. */
export function describeSubmitError(error: SubmitError): string {
  switch (error._tag) {
    case 'InvalidCommand':
      return `line ${error.line}${error.command ? `: ${error.command}` : ''}: ${error.problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`;
    case 'LinesRefused':
      return `${error.errors.length} lines refused:\n${error.errors.map((e) => `  ${describeSubmitError(e)}`).join('\n')}`;
    case 'UnknownCommand':
      return `line ${error.line}: unknown command ${JSON.stringify(error.command)}`;
    case 'CommandRejected':
      return `line ${error.line}: ${error.command}: rule ${error.error._tag}: ${error.error.message}`;
    case 'SealingFailed':
      return `line ${error.line}: ${error.command}: personal data not sealed: ${describePersonalDataError(error.error)}`;
    case 'SubmissionNotAppended':
      return `the ledger refused the submission: ${error.error._tag}`;
  }
}
