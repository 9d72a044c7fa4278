/**
 * Checking recorded leaves in sequence, without trusting whoever produced them: each must be
 * the RFC 8785 canonical leaf of a well-formed recorded event, continue its stream's versions
 * and never go back in recorded time. Used by import and by the offline audit of an export.
 */
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { decodeWith, formatDecodeError } from './decode-error.ts';
import { RecordedEvent } from './envelope.ts';
import { canonicalLeaf, parseLeaf } from './leaf.ts';
import { MAX_LEAF_BYTES, type StreamVersion } from './store.ts';

/** Where the sequence starts: the versions and time already in the ledger. */
export interface SequenceStart {
  /** The stream's current version in the ledger before the sequence starts. */
  versionOf(streamId: string): StreamVersion;
  readonly lastRecordedAt: string | null;
}

/** An empty ledger as a start. */
export const EMPTY_LEDGER: SequenceStart = { versionOf: () => 'no-stream', lastRecordedAt: null };

/**
 * Checks leaves one after another; state carries stream versions and the last time.
 *
 * @experimental
 */
export class LeafSequenceChecker {
  readonly #start: SequenceStart;
  readonly #versions = new Map<string, StreamVersion>();
  #lastTime: string | null;

  constructor(start: SequenceStart = EMPTY_LEDGER) {
    this.#start = start;
    this.#lastTime = start.lastRecordedAt;
  }

  /**
   * Checks the leaf at `index`; returns its event and the canonical bytes, or why it is not a
   * valid next entry. A refused leaf leaves the state unchanged.
   */
  check(bytes: Uint8Array, index: number): Either<string, { event: RecordedEvent; leaf: Buffer }> {
    if (bytes.length > MAX_LEAF_BYTES)
      return left(`leaf is ${bytes.length} bytes, over the ${MAX_LEAF_BYTES}-byte limit`);
    let parsed: RecordedEvent;
    try {
      parsed = parseLeaf(bytes, index);
    } catch (error) {
      return left(`not JSON: ${(error as Error).message}`);
    }
    const decoded = decodeWith(RecordedEvent, parsed);
    if (isLeft(decoded)) return left(formatDecodeError(decoded.left));
    const leaf = canonicalLeaf(parsed);
    if (!leaf.equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) {
      return left('leaf is not in RFC 8785 canonical form (or carries fields outside the leaf)');
    }
    const id = parsed.streamId;
    const current = this.#versions.has(id) ? this.#versions.get(id)! : this.#start.versionOf(id);
    const next = current === 'no-stream' ? 0 : current + 1;
    if (parsed.streamVersion !== next) {
      return left(`stream ${id} continues at version ${next}, but the leaf says ${parsed.streamVersion}`);
    }
    if (this.#lastTime !== null && parsed.metadata.recordedAt < this.#lastTime) {
      return left(`recordedAt ${parsed.metadata.recordedAt} is earlier than the entry before it (${this.#lastTime})`);
    }
    this.#lastTime = parsed.metadata.recordedAt;
    this.#versions.set(id, next);
    return right({ event: parsed, leaf });
  }
}
