import fc from 'fast-check';
import { type Either, isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { signCheckpoint } from '../checkpoint/checkpoint.ts';
import { generateSignerKey, verifierKeyOf } from '../checkpoint/keys.ts';
import { blobLog, sampleLeaves } from '../merkle/testkit.ts';
import { TreeReader } from '../merkle/tree-reader.ts';
import { formatAddCheckpoint, parseAddCheckpoint } from './add-checkpoint-request.ts';
import { decideAddCheckpoint, type WitnessedHead, type WitnessRefusal } from './witness-decision.ts';
import { must } from '../testing/must.ts';

const ORIGIN = 'ledger.example/zjg';
const logKey = must(generateSignerKey(ORIGIN));
const impostor = must(generateSignerKey(ORIGIN));
const logs = new Map([[ORIGIN, [verifierKeyOf(logKey)]]]);
const honest = blobLog(sampleLeaves(40));
const honestTree = new TreeReader(honest.read, 40);
const forked = blobLog([...sampleLeaves(20), ...sampleLeaves(20).map((l) => Buffer.concat([l, Buffer.from('!')]))]);
const forkedTree = new TreeReader(forked.read, 40);

function note(size: number, tree = honestTree, signer = logKey): string {
  return signCheckpoint({ origin: ORIGIN, size, root: tree.rootAt(size) }, signer);
}

function request(oldSize: number, size: number, tree = honestTree, signer = logKey): string {
  const proof = oldSize === 0 || oldSize === size ? [] : tree.consistencyPath(oldSize, size);
  return formatAddCheckpoint({ oldSize, proof, note: note(size, tree, signer) });
}

function at(size: number): (origin: string) => WitnessedHead | null {
  return () => (size === 0 ? null : { size, root: honestTree.rootAt(size) });
}

function refusal(result: Either<WitnessRefusal, unknown>): Pick<WitnessRefusal, 'status' | 'latestSize'> {
  if (!isLeft(result)) throw new Error('expected a refusal');
  const { status, latestSize } = result.left;
  return latestSize === undefined ? { status } : { status, latestSize };
}

describe('add-checkpoint request body', () => {
  it('round-trips old size, proof lines and the note', () => {
    const body = request(10, 20);
    expect(body.startsWith('old 10\n')).toBe(true);
    const parsed = must(parseAddCheckpoint(body));
    expect(parsed.oldSize).toBe(10);
    expect(parsed.proof.map((h) => Buffer.from(h))).toEqual(honestTree.consistencyPath(10, 20));
    expect(parsed.note).toBe(note(20));
  });

  it.each([
    ['a missing old line', `\n${note(3)}`, /line 1 must be "old <size>"/],
    ['a leading zero', `old 03\n\n${note(3)}`, /without leading zeros/],
    ['a bad proof line', `old 1\nnot-a-hash\n\n${note(3)}`, /line 2 is not a base64 SHA-256 hash/],
    ['64 proof lines', `old 1\n${`${'A'.repeat(43)}=\n`.repeat(64)}\n${note(3)}`, /at most 63/],
    ['no empty line', 'old 1\n', /no empty line/],
  ])('is refused with %s, naming the line', (_what, body, reason) => {
    expect(parseAddCheckpoint(body)).toMatchObject({ left: expect.stringMatching(reason) });
  });
});

describe('the witness decision, status by status (c2sp.org/tlog-witness)', () => {
  it('400 for a malformed body', () => {
    expect(refusal(decideAddCheckpoint('old x\n\n', logs, at(0)))).toEqual({ status: 400 });
  });

  it('404 for an origin it does not follow', () => {
    const other = must(generateSignerKey('other.example/log'));
    const body = formatAddCheckpoint({
      oldSize: 0,
      proof: [],
      note: signCheckpoint({ origin: 'other.example/log', size: 1, root: honestTree.rootAt(1) }, other),
    });
    expect(refusal(decideAddCheckpoint(body, logs, at(0)))).toEqual({ status: 404 });
  });

  it('403 when no trusted log signature verifies (another key, or a tampered note)', () => {
    expect(refusal(decideAddCheckpoint(request(0, 5, honestTree, impostor), logs, at(0)))).toEqual({ status: 403 });
    const tampered = request(0, 5).replace('\n5\n', '\n6\n');
    expect(refusal(decideAddCheckpoint(tampered, logs, at(0)))).toEqual({ status: 403 });
  });

  it('400 when the old size is above the checkpoint size', () => {
    const body = formatAddCheckpoint({ oldSize: 9, proof: [], note: note(5) });
    expect(refusal(decideAddCheckpoint(body, logs, at(9)))).toEqual({ status: 400 });
  });

  it('409 with the latest cosigned size when the old size is not it', () => {
    expect(refusal(decideAddCheckpoint(request(10, 30), logs, at(20)))).toEqual({ status: 409, latestSize: 20 });
    expect(refusal(decideAddCheckpoint(request(10, 30), logs, at(0)))).toEqual({ status: 409, latestSize: 0 });
  });

  it('422 when the consistency proof does not verify, or is not empty from size 0', () => {
    const body = formatAddCheckpoint({ oldSize: 10, proof: honestTree.consistencyPath(11, 30), note: note(30) });
    expect(refusal(decideAddCheckpoint(body, logs, at(10)))).toEqual({ status: 422 });
    const nonEmpty = formatAddCheckpoint({ oldSize: 0, proof: honestTree.consistencyPath(1, 30), note: note(30) });
    expect(refusal(decideAddCheckpoint(nonEmpty, logs, at(0)))).toEqual({ status: 422 });
  });

  it('409 for the same size with another root (a split view)', () => {
    const result = decideAddCheckpoint(request(30, 30, forkedTree), logs, at(30));
    expect(refusal(result)).toEqual({ status: 409 });
    expect(isLeft(result) && result.left.evidence).toBe(true);
  });

  it('refuses a rollback: a smaller checkpoint after a larger one', () => {
    const smaller = formatAddCheckpoint({ oldSize: 30, proof: [], note: note(20) });
    expect(refusal(decideAddCheckpoint(smaller, logs, at(30)))).toEqual({ status: 400 });
    expect(refusal(decideAddCheckpoint(request(20, 20), logs, at(30)))).toEqual({ status: 409, latestSize: 30 });
  });

  it('refuses a fork that grows from a cosigned size (422, kept as evidence)', () => {
    const forkProof = forkedTree.consistencyPath(25, 40);
    const body = formatAddCheckpoint({ oldSize: 25, proof: forkProof, note: note(40, forkedTree) });
    const result = decideAddCheckpoint(body, logs, at(25));
    expect(refusal(result)).toEqual({ status: 422 });
    expect(isLeft(result) && result.left.evidence).toBe(true);
  });

  it('accepts the first checkpoint, an extension with its proof, and the same one again', () => {
    expect(isRight(decideAddCheckpoint(request(0, 10), logs, at(0)))).toBe(true);
    const accepted = must(decideAddCheckpoint(request(10, 30), logs, at(10)));
    expect(accepted.checkpoint.size).toBe(30);
    expect(accepted.body).toBe(note(30).slice(0, note(30).indexOf('\n\n') + 1));
    expect(isRight(decideAddCheckpoint(request(30, 30), logs, at(30)))).toBe(true);
  });

  it('accepts every honest extension, and a fork exactly when it rewrites what was cosigned, for random sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(isRight(decideAddCheckpoint(request(from, to), logs, at(from)))).toBe(true);
        // The forked log shares its first 20 entries with the honest one and differs after.
        const forkedProof = from === to ? [] : forkedTree.consistencyPath(from, to);
        const body = formatAddCheckpoint({ oldSize: from, proof: forkedProof, note: note(to, forkedTree) });
        expect(isRight(decideAddCheckpoint(body, logs, at(from)))).toBe(from <= 20);
      }),
      { numRuns: 200 },
    );
  });
});
