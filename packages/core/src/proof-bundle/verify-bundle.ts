/**
 * Checking a govledger proof bundle (a C2SP tlog-proof with the leaf bytes as `extra`)
 * offline, with only the log's verifier key and the witness keys the auditor trusts, and
 * saying what it proves: this event, at this index, in the log of this origin, in a tree
 * head seen by these witnesses by these times. Every failure names the part that failed.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { openCheckpoint } from '../checkpoint/checkpoint.ts';
import { describeCosignatureInvalid, verifyCosignatures } from '../checkpoint/cosignature.ts';
import { describeCheckpointError } from '../checkpoint/errors.ts';
import type { VerifierKey } from '../checkpoint/keys.ts';
import { encodeHash } from '../merkle/base64.ts';
import { leafHash } from '../merkle/hash.ts';
import { verifyInclusion } from '../merkle/verify-proofs.ts';
import { parseTlogProof } from './tlog-proof.ts';

/** What a bundle proves once every check passed. */
export interface BundleFacts {
  readonly origin: string;
  readonly index: number;
  /** The checkpoint's tree size and root (base64) the entry is proven in. */
  readonly size: number;
  readonly root: string;
  readonly leafHash: string;
  /** The entry's exact leaf bytes. */
  readonly leaf: Uint8Array;
  /** The event as the leaf states it (when the leaf is a govledger event). */
  readonly event: {
    readonly streamId?: string;
    readonly streamVersion?: number;
    readonly type?: string;
    readonly eventId?: string;
    readonly recordedAt?: string;
  };
  /** Witnesses whose cosignature verified, with the time each states (ISO-8601 UTC). */
  readonly cosigners: readonly { readonly name: string; readonly time: string }[];
}

/** A failed check: `what` names the part (line, signature, proof, quorum), `reason` says why. */
export interface BundleInvalid {
  readonly _tag: 'BundleInvalid';
  readonly what: string;
  readonly reason: string;
}

/** What the auditor trusts. */
export interface BundleTrust {
  readonly logKey: VerifierKey;
  readonly witnesses?: readonly VerifierKey[];
  /** Cosignatures needed from `witnesses` (default 0). */
  readonly quorum?: number;
  /** The leaf bytes held separately; required when the bundle has no `extra`. */
  readonly leaf?: Uint8Array;
  /**
   * The verifier's time (POSIX seconds). When given, a cosignature dated later than this
   * plus {@link BundleTrust.clockSkewSeconds} is refused: a witness vouches only for what it
   * has seen, so a time in the future means a wrong clock or a misbehaving witness.
   */
  readonly now?: number;
  /** How far a cosignature's time may run ahead of `now` (default {@link DEFAULT_CLOCK_SKEW_SECONDS}). */
  readonly clockSkewSeconds?: number;
}

/** The clock difference tolerated between a witness and the verifier: five minutes. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 300;

const isoOf = (seconds: number) => new Date(seconds * 1000).toISOString();

function eventOf(leaf: Uint8Array): BundleFacts['event'] {
  try {
    const value = JSON.parse(Buffer.from(leaf).toString('utf8')) as Record<string, unknown>;
    const metadata = (value.metadata ?? {}) as Record<string, unknown>;
    const pick = <T>(v: unknown, type: string): T | undefined => (typeof v === type ? (v as T) : undefined);
    const event = {
      streamId: pick<string>(value.streamId, 'string'),
      streamVersion: pick<number>(value.streamVersion, 'number'),
      type: pick<string>(value.type, 'string'),
      eventId: pick<string>(value.eventId, 'string'),
      recordedAt: pick<string>(metadata.recordedAt, 'string'),
    };
    return Object.fromEntries(Object.entries(event).filter(([, v]) => v !== undefined));
  } catch {
    return {};
  }
}

/** Checks `text` against `trust`; see the module comment. */
export function verifyBundle(text: string | Uint8Array, trust: BundleTrust): Either<BundleInvalid, BundleFacts> {
  const fail = (what: string, reason: string) => left<BundleInvalid>({ _tag: 'BundleInvalid', what, reason });
  const body = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
  const parsed = parseTlogProof(body);
  if (isLeft(parsed)) return fail(parsed.left.where, parsed.left.reason);
  const { index, path, note, extra } = parsed.right;
  const leaf = extra ?? trust.leaf;
  if (leaf === undefined) return fail('leaf', 'the bundle has no leaf bytes (extra line); give the leaf separately');
  if (extra !== undefined && trust.leaf !== undefined && Buffer.compare(extra, trust.leaf) !== 0) {
    return fail('leaf', 'the leaf bytes in the bundle differ from the leaf given');
  }
  const opened = openCheckpoint(note, [trust.logKey]);
  if (isLeft(opened)) return fail('checkpoint signature', describeCheckpointError(opened.left));
  const { checkpoint } = opened.right;
  if (checkpoint.origin !== trust.logKey.name) {
    return fail('checkpoint origin', `is ${checkpoint.origin}, but the log key is ${trust.logKey.name}`);
  }
  const hash = leafHash(leaf);
  const included = verifyInclusion(
    {
      index,
      size: checkpoint.size,
      leafHash: encodeHash(hash),
      path: path.map(encodeHash),
      root: encodeHash(checkpoint.root),
    },
    hash,
  );
  if (isLeft(included)) return fail('inclusion proof', included.left.reason);
  const witnesses = trust.witnesses ?? [];
  const cosigned = verifyCosignatures(note, witnesses);
  if (isLeft(cosigned)) {
    return fail(
      'witness cosignature',
      cosigned.left._tag === 'CosignatureInvalid' ? describeCosignatureInvalid(cosigned.left) : cosigned.left.reason,
    );
  }
  if (trust.now !== undefined) {
    const latest = trust.now + (trust.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS);
    const ahead = cosigned.right.find((c) => c.timestamp > latest);
    if (ahead) {
      return fail(
        'witness cosignature',
        `${ahead.name} dates its cosignature ${isoOf(ahead.timestamp)}, later than now (${isoOf(trust.now)}) ` +
          'by more than the allowed clock skew: the witness clock is wrong or the witness misbehaves',
      );
    }
  }
  const quorum = trust.quorum ?? 0;
  if (cosigned.right.length < quorum) {
    const who = cosigned.right.map((c) => c.name).join(', ') || 'none of them';
    return fail(
      'witness quorum',
      `${quorum} cosignatures needed from the trusted witnesses, found ${cosigned.right.length} (${who})`,
    );
  }
  return right({
    origin: checkpoint.origin,
    index,
    size: checkpoint.size,
    root: encodeHash(checkpoint.root),
    leafHash: encodeHash(hash),
    leaf,
    event: eventOf(leaf),
    cosigners: cosigned.right.map((c) => ({ name: c.name, time: isoOf(c.timestamp) })),
  });
}
