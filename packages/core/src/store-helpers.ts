/**
 * Small pieces every store shares: the monotonic record clock, the readAll filter, the check
 * of a size against the head, the guard against a closed or readonly store, and the words of
 * the errors every store raises alike.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { RecordedEvent } from './envelope.ts';
import type { AppendOptions, ReadAllOptions, RecordedAtBehind } from './store.ts';
import { coreError } from './errors/thrown-errors.ts';

/**
 * The `recordedAt` for a new append: the clock's time, but never earlier than the last one
 * recorded, so "as of a time" is a prefix of the log even if the system clock steps back.
 */
export function monotonicTime(now: Date, last: string | null): string {
  const iso = now.toISOString();
  return last !== null && last > iso ? last : iso;
}

/**
 * The `recordedAt` of an append: the time the caller asked for (refused when the ledger
 * already recorded later), or else the clock's, made monotonic.
 */
export function recordingTime(
  clock: () => Date,
  last: string | null,
  options: AppendOptions | undefined,
): Either<RecordedAtBehind, string> {
  const requested = options?.recordedAt;
  if (requested === undefined) return right(monotonicTime(clock(), last));
  if (last !== null && Date.parse(last) > Date.parse(requested)) {
    return left({ _tag: 'RecordedAtBehind', requested, lastRecordedAt: last });
  }
  return right(requested);
}

/** True when an event passes the `types` and `streamPrefix` filters of a readAll. */
export function matchesFilter(event: RecordedEvent, options: Pick<ReadAllOptions, 'types' | 'streamPrefix'>): boolean {
  if (options.types && !options.types.includes(event.type)) return false;
  if (options.streamPrefix !== undefined && !event.streamId.startsWith(options.streamPrefix)) return false;
  return true;
}

/**
 * Throws `GL_ARGUMENT_OUT_OF_RANGE` (a RangeError) unless `size` is an integer from 0 to
 * `head`: a tree size, checkpoint or snapshot past the ledger's head is a caller's bug, and
 * every store and log view refuses it with the same words.
 *
 * @example checkSizeWithin('checkpoint size', checkpoint.size, head.size)
 */
export function checkSizeWithin(name: string, size: number, head: number): void {
  if (!Number.isSafeInteger(size) || size < 0 || size > head) {
    throw coreError(
      'GL_ARGUMENT_OUT_OF_RANGE',
      `${name} must be an integer from 0 to the ledger size ${head}, got ${size}`,
    );
  }
}

/**
 * Throws as {@link checkSizeWithin} unless the snapshot's size is within the ledger's head, and
 * `GL_ARGUMENT_OUT_OF_RANGE` (a RangeError) unless its version is an integer: what every store
 * checks before saving one.
 */
export function checkSnapshotWithin(snapshot: { readonly size: number; readonly version: number }, head: number): void {
  checkSizeWithin('snapshot size', snapshot.size, head);
  if (!Number.isSafeInteger(snapshot.version)) {
    throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `snapshot version must be an integer, got ${snapshot.version}`);
  }
}

/**
 * The messages of the errors every store raises for the same misuse or damage, written once so
 * that each store's own error catalogue (its class and stable codes) says the same thing.
 */
export const storeMessages = {
  /** A write asked of a store opened readonly. */
  readonlyStore: (where: string, operation: string) => `${where} was opened readonly: cannot ${operation}`,
  /** Any call on a closed store. */
  storeClosed: (where: string) => `the store on ${where} is closed`,
  /** A second, different signed checkpoint for one tree size. */
  checkpointConflict: (size: number) =>
    `a different checkpoint for size ${size} is already stored; a size has exactly one signed checkpoint`,
  /** A stored entry (or the head) that does not read back as written. */
  corruptEntry: (index: number, why: string) => `entry ${index} is damaged: ${why}; run govledger verify`,
} as const;

/** What a {@link StoreGuard} throws, from the store's own catalogue. */
export interface StoreGuardErrors {
  /** The store is closed. */
  closed(): Error;
  /** The store is readonly and was asked to `operation`. */
  readonly(operation: string): Error;
}

/**
 * The check every store makes before an operation: a closed store refuses everything, a
 * readonly one every write, each with the store's own coded error.
 *
 * @example
 * const guard = new StoreGuard(() => !closed, readonly, { closed: () => …, readonly: (op) => … });
 * guard.writable('append events');
 */
export class StoreGuard {
  readonly #isOpen: () => boolean;
  readonly #errors: StoreGuardErrors;
  /** True when every write is refused. */
  readonly readonly: boolean;

  /** A guard asking `isOpen` at each call. */
  constructor(isOpen: () => boolean, readonly: boolean, errors: StoreGuardErrors) {
    this.#isOpen = isOpen;
    this.readonly = readonly;
    this.#errors = errors;
  }

  /** Throws the store's closed error unless it is open. */
  open(): void {
    if (!this.#isOpen()) throw this.#errors.closed();
  }

  /** Throws unless the store is open and writable. */
  writable(operation: string): void {
    this.open();
    if (this.readonly) throw this.#errors.readonly(operation);
  }
}
