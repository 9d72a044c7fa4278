/**
 * Validating recorded leaves for import: each must be the canonical leaf of a well-formed
 * recorded event that continues its stream, so an imported ledger is exactly as valid as
 * one built by appends (and, for an export, byte for byte the same).
 */
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { LeafSequenceChecker, type SequenceStart } from './leaf-sequence.ts';
import type { PreparedEntry } from './prepare-append.ts';
import { type ImportError, MAX_LEAF_BYTES } from './store.ts';

/** What a store tells {@link prepareImport}: its size, stream versions and last time. */
export interface ImportContext extends SequenceStart {
  readonly size: number;
}

/**
 * Checks every leaf and returns the entries to write, or the first problem.
 *
 * @experimental
 */
export function prepareImport(
  leaves: readonly Uint8Array[],
  context: ImportContext,
): Either<ImportError, PreparedEntry[]> {
  const checker = new LeafSequenceChecker(context);
  const prepared: PreparedEntry[] = [];
  for (let position = 0; position < leaves.length; position++) {
    const bytes = leaves[position]!;
    const index = context.size + position;
    if (bytes.length > MAX_LEAF_BYTES) {
      return left({
        _tag: 'LeafTooLarge',
        position,
        streamId: '?',
        type: '?',
        bytes: bytes.length,
        limit: MAX_LEAF_BYTES,
      });
    }
    const checked = checker.check(bytes, index);
    if (isLeft(checked)) return left({ _tag: 'InvalidLeaf', position, index, reason: checked.left });
    prepared.push(checked.right);
  }
  return right(prepared);
}

/** Formats an import error for a person. */
export function describeImportError(error: ImportError): string {
  if (error._tag === 'LeafTooLarge')
    return `entry ${error.position}: leaf is ${error.bytes} bytes, over the ${error.limit}-byte limit`;
  return `entry ${error.position} (index ${error.index}): ${error.reason}`;
}
