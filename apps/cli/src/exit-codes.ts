/**
 * Exit codes of `govledger`, in one place (documented in docs/cli.md and `--help`).
 */
export const EXIT = {
  /** The command did what was asked; for `verify`, the ledger is sound. */
  ok: 0,
  /** Refused input or a failed check: a bad NDJSON line, a rule broken, a verification failure. */
  failed: 1,
  /** Wrong usage: an unknown option, a missing argument, a value out of range. */
  usage: 2,
  /** The environment is not as required: a missing file, key or key store; an I/O error. */
  environment: 3,
  /** A concurrency conflict that retries did not resolve. */
  conflict: 4,
} as const;

/** One of the {@link EXIT} codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The text appended to every `--help`. */
export const EXIT_CODES_HELP = `
Exit codes:
  0  success (for verify: the ledger is sound)
  1  refused input or failed check (the message names line, field and reason, or the first bad index)
  2  usage error (unknown option, missing or out-of-range argument)
  3  environment error (missing database, key, key store; I/O failure)
  4  concurrency conflict not resolved by retries`;
