/**
 * `POST /add-state`, the replaying witness's extension of C2SP tlog-witness (docs/audit.md,
 * "Replaying witnesses"): the body is a state note signed by a log the witness follows. It
 * is cosigned (tlog-cosignature v1 over the note's body) only when
 * 1. its signature verifies with the log's key (else 403; 400 when it is no state note,
 *    404 for a log the witness does not replay);
 * 2. the witness cosigned that log's checkpoint of the same size with the same root, so it
 *    has seen the log prefix the figures claim to follow (else 409);
 * 3. its own replay of exactly those entries gives the same record count and state root
 *    (else 422, naming the first differing record, and the note is kept as evidence; 502
 *    when the log's entries cannot be read or do not hash to the cosigned root).
 */
import { encodeHash, hashEquals, openStateNote, parseStateNote, type VerifierKey } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { firstDifferingRecord } from './first-difference.ts';
import type { StateReplay } from './state-replay.ts';

/** The log heads a witness cosigned, as far as it remembers them. */
export interface CosignedHeads {
  /** The root of the cosigned checkpoint of `origin` at `size`, or undefined. */
  rootAt(origin: string, size: number): Uint8Array | undefined;
  /** The size of the latest checkpoint cosigned for `origin`, or undefined. */
  latestSize(origin: string): number | undefined;
}

/** What `POST /add-state` decides with. */
export interface AddStateContext {
  readonly logs: ReadonlyMap<string, readonly VerifierKey[]>;
  readonly replays: ReadonlyMap<string, StateReplay>;
  readonly cosigned: CosignedHeads;
}

/** A refused state note: the status and reason; `evidence` when the log signed a false state. */
export interface StateRefusal {
  readonly status: 400 | 403 | 404 | 409 | 422 | 502;
  readonly reason: string;
  readonly origin?: string;
  readonly evidence?: boolean;
}

const refuse = (status: StateRefusal['status'], reason: string, more: Partial<StateRefusal> = {}) =>
  left<StateRefusal>({ status, reason, ...more });

/** Decides a state note; right holds the note body to cosign (see the module comment). */
export async function decideAddState(note: string, context: AddStateContext): Promise<Either<StateRefusal, string>> {
  const split = note.indexOf('\n\n');
  if (split < 0) return refuse(400, 'the body is not a signed note');
  const body = note.slice(0, split + 1);
  const parsed = parseStateNote(body);
  if (isLeft(parsed)) return refuse(400, parsed.left.reason);
  const { origin, size, logRoot } = parsed.right;
  const keys = context.logs.get(origin);
  const replay = context.replays.get(origin);
  if (keys === undefined || replay === undefined) return refuse(404, `this witness does not replay the log ${origin}`);
  const opened = openStateNote(note, keys);
  if (isLeft(opened)) return refuse(403, `no signature of the log ${origin} verifies on the state note`);
  const cosignedRoot = context.cosigned.rootAt(origin, size);
  if (cosignedRoot === undefined || !hashEquals(cosignedRoot, logRoot)) {
    const latest = context.cosigned.latestSize(origin);
    return refuse(
      409,
      `this witness has not cosigned the log ${origin} at size ${size} with root ${encodeHash(logRoot)}` +
        ` (its latest cosigned size is ${latest ?? 'none'}): add that checkpoint first`,
    );
  }
  const replayed = await replay.stateRootAt(size, logRoot);
  if (isLeft(replayed)) return refuse(replayed.left.status, replayed.left.reason);
  const head = opened.right.head;
  if (replayed.right.records === head.records && hashEquals(replayed.right.root, head.stateRoot)) return right(body);
  const why =
    replay.size === size
      ? await firstDifferingRecord(replay, head)
      : `the replay has moved on to size ${replay.size}, so it cannot name the record`;
  return refuse(
    422,
    `the state root at size ${size} is not the replay's ${encodeHash(replayed.right.root)} (${replayed.right.records} records): ${why}`,
    { origin, evidence: true },
  );
}
