/**
 * The errors core throws, written once: each has a stable `code`, the JavaScript class it
 * is thrown as (so `instanceof RangeError` keeps working), when it happens and what to do.
 *
 * Core throws only for misuse and broken invariants; every expected failure is a value
 * (see `returned-errors.ts`). I/O errors of `node:fs` inside `FileKeyStore` pass through
 * unchanged with Node's own `code` (`EACCES`, `ENOSPC` …).
 */

/** One kind of thrown error: its code, class, when it happens and what the caller should do. */
export interface ThrownErrorEntry {
  readonly code: string;
  readonly thrownAs: 'Error' | 'RangeError' | 'TypeError';
  readonly when: string;
  readonly remedy: string;
}

/** Every error core throws, by code. Codes are stable: match on `error.code`, never on the message. */
export const THROWN_ERRORS = {
  GL_ARGUMENT_OUT_OF_RANGE: {
    code: 'GL_ARGUMENT_OUT_OF_RANGE',
    thrownAs: 'RangeError',
    when: 'an index, size or count passed to the log, a tree reader or a hash function is outside what exists (an index at or past the ledger size, a negative or fractional number, a hash that is not 32 bytes)',
    remedy:
      'read `store.head()` (or the tree head) first and pass integers within it; validate user input before calling, since the message names the argument and its allowed range',
  },
  GL_NOT_JSON: {
    code: 'GL_NOT_JSON',
    thrownAs: 'TypeError',
    when: 'a value given to the canonical JSON encoder (or sealed as personal data) cannot be represented in JSON: undefined, NaN, Infinity, a function, a symbol, a bigint or a string with a lone surrogate',
    remedy:
      'pass plain JSON data only: finite numbers, well-formed strings, arrays and plain objects; leave optional fields out instead of setting them to undefined',
  },
  GL_NOTE_INPUT_INVALID: {
    code: 'GL_NOTE_INPUT_INVALID',
    thrownAs: 'RangeError',
    when: 'a checkpoint or note to be signed breaks the C2SP format: an empty or multi-line origin, a root that is not 32 bytes, a body without its final newline or with control characters, no signer, or a signer name that is not a valid key name',
    remedy:
      'sign what `store.log.treeHead()` returned under a one-line origin, with a key from `generateSignerKey` or `parseSignerKey` (names without spaces or "+")',
  },
  GL_DUPLICATE_DEFINITION: {
    code: 'GL_DUPLICATE_DEFINITION',
    thrownAs: 'Error',
    when: 'an event type and schema version is defined twice in an `EventCatalogue`, an upcaster is registered twice for the same type and version, or two projections given to one runner share a name',
    remedy:
      'give each (type, schemaVersion) one definition and one upcaster, and each projection a unique `name`; to change a shape, add a new schema version',
  },
  GL_UNKNOWN_PROJECTION: {
    code: 'GL_UNKNOWN_PROJECTION',
    thrownAs: 'Error',
    when: 'a `ProjectionRunner` was asked for the state of a projection it does not run',
    remedy: "ask for the `name` of one of the projections passed to the runner's constructor",
  },
  GL_CHECKPOINT_CONFLICT: {
    code: 'GL_CHECKPOINT_CONFLICT',
    thrownAs: 'Error',
    when: 'a different signed checkpoint was saved for a tree size that already has one (thrown by every store, as core throws it)',
    remedy:
      'a size has exactly one signed checkpoint: read it with `store.log.checkpoint(size)` instead of signing again; two different notes for one size mean two keys or two logs, so investigate',
  },
  GL_KEY_MATERIAL_INVALID: {
    code: 'GL_KEY_MATERIAL_INVALID',
    thrownAs: 'TypeError',
    when: 'personal-data key material is unusable: an empty seed, a subject key that is not 32 bytes, or a key source that produced the same key id twice for one subject',
    remedy:
      'use `randomKeySource()` in production; give `seededKeySource` a non-empty seed; a custom `KeySource` must return 32 fresh random bytes per key',
  },
  GL_CODEC_UNSUPPORTED: {
    code: 'GL_CODEC_UNSUPPORTED',
    thrownAs: 'TypeError',
    when: 'a codec marks personal fields inside a recursive type (`t.recursion`), which the personal-data walk cannot follow',
    remedy: 'mark personal fields only in non-recursive parts of an event codec (a fixed path of objects and arrays)',
  },
  GL_SNAPSHOT_INVALID: {
    code: 'GL_SNAPSHOT_INVALID',
    thrownAs: 'Error',
    when: 'a saved state commitment snapshot does not fit the commitment resuming it: its leaf hashes do not match its records, or it names a model no projection declares',
    remedy:
      "the snapshot was altered or written by other code: delete the ledger file's snapshots (replay rebuilds them), then compare the state roots again",
  },
  GL_INTERNAL: {
    code: 'GL_INTERNAL',
    thrownAs: 'Error',
    when: 'an invariant inside core broke, or a store broke the port: a subtree hash of the wrong length, a missing stored subtree, a tree range that is not a node, a JSON path through a non-object',
    remedy:
      'this is a bug in core or in the store in use: run `verifyLedger` on the store, and report the stack trace with the store and version',
  },
} as const satisfies Record<string, ThrownErrorEntry>;

/** The code of an error core throws. */
export type ThrownErrorCode = keyof typeof THROWN_ERRORS;

/** An error thrown by core: a plain `Error`, `RangeError` or `TypeError` with a stable `code`. */
export type CoreThrownError = Error & { readonly code: ThrownErrorCode };

const CLASSES = { Error, RangeError, TypeError } as const;

/**
 * Makes the error for `code`: the catalogue's class, with `detail` (what exactly was wrong)
 * followed by what to do. Core's throw sites all go through here.
 *
 * @example throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `index must be below 10, got 12`);
 */
export function coreError(code: ThrownErrorCode, detail: string): CoreThrownError {
  const entry: ThrownErrorEntry = THROWN_ERRORS[code];
  const error = new CLASSES[entry.thrownAs](`${detail} [${code}: ${entry.remedy}]`) as Error & {
    code: ThrownErrorCode;
  };
  error.code = code;
  return error;
}

/** Whether `error` was thrown by core (it carries one of {@link THROWN_ERRORS}' codes). */
export function isCoreThrownError(error: unknown): error is CoreThrownError {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && Object.hasOwn(THROWN_ERRORS, code);
}
