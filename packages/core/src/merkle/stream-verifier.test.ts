import { describe, expect, it } from 'vitest';
import { MerkleFrontier } from './frontier.ts';
import { leafHash } from './hash.ts';
import { LogRecomputer } from './stream-verifier.ts';
import { blobLog, referenceRoot, sampleLeaves } from './testkit.ts';

const leaves = sampleLeaves(100);

/** Runs a recomputer over (leaf, blob) pairs, stopping at the first mismatch. */
function run(entries: { index: number; leaf: Buffer; hashes: Buffer }[], start?: MerkleFrontier) {
  const recomputer = new LogRecomputer(start);
  for (const { index, leaf, hashes } of entries) {
    const mismatch = recomputer.push(index, leaf, hashes);
    if (mismatch !== null) return { recomputer, mismatch };
  }
  return { recomputer, mismatch: null };
}

const entriesOf = (log: ReturnType<typeof blobLog>) =>
  log.leaves.map((leaf, index) => ({ index, leaf, hashes: log.blobs[index] as Buffer }));

describe('LogRecomputer', () => {
  it('finds nothing wrong with an untouched log and reaches the root of every size', () => {
    const log = blobLog(leaves);
    const recomputer = new LogRecomputer();
    log.leaves.forEach((leaf, index) => {
      expect(recomputer.push(index, leaf, log.blobs[index] as Buffer)).toBeNull();
      expect(recomputer.root().equals(referenceRoot(log.leafHashes.slice(0, index + 1)))).toBe(true);
    });
    expect(recomputer.size).toBe(100);
    expect(recomputer.firstMismatch).toBeUndefined();
  });

  it('names the first index whose leaf bytes were changed', () => {
    const entries = entriesOf(blobLog(leaves));
    entries[42] = { ...(entries[42] as (typeof entries)[number]), leaf: Buffer.from('leaf 42, edited') };
    const { mismatch } = run(entries);
    expect(mismatch).toMatchObject({ _tag: 'LeafHashMismatch', index: 42 });
  });

  it('names the index and level of a stored node hash that was changed', () => {
    const log = blobLog(leaves);
    const blob = Buffer.from(log.blobs[47] as Buffer); // 47 = 0b101111 completes levels 1..4
    blob[32 * 3 + 5] = (blob[32 * 3 + 5] as number) ^ 0xff;
    const entries = entriesOf(log);
    entries[47] = { ...(entries[47] as (typeof entries)[number]), hashes: blob };
    expect(run(entries).mismatch).toMatchObject({ _tag: 'NodeHashMismatch', index: 47, level: 3 });
  });

  it('catches an edited leaf whose stored leaf hash was rewritten to match, at the next completed subtree', () => {
    const log = blobLog(leaves);
    const entries = entriesOf(log);
    const forged = Buffer.from('leaf 40, forged');
    const blob = Buffer.from(log.blobs[40] as Buffer);
    leafHash(forged).copy(blob, 0);
    entries[40] = { index: 40, leaf: forged, hashes: blob };
    expect(run(entries).mismatch).toMatchObject({ _tag: 'NodeHashMismatch', index: 41, level: 1 });
  });

  it('reports a removed entry as an unexpected index', () => {
    const entries = entriesOf(blobLog(leaves));
    entries.splice(10, 1);
    expect(run(entries).mismatch).toEqual({ _tag: 'UnexpectedIndex', expected: 10, actual: 11 });
  });

  it('catches two entries swapped (indexes renumbered) at the first of them', () => {
    const entries = entriesOf(blobLog(leaves));
    const a = entries[20] as (typeof entries)[number];
    const b = entries[21] as (typeof entries)[number];
    entries[20] = { ...b, index: 20 };
    entries[21] = { ...a, index: 21 };
    expect(run(entries).mismatch).toMatchObject({ index: 20 });
  });

  it('reports a hashes blob of the wrong length', () => {
    const entries = entriesOf(blobLog(leaves));
    const e = entries[7] as (typeof entries)[number];
    entries[7] = { ...e, hashes: e.hashes.subarray(0, 64) };
    expect(run(entries).mismatch).toEqual({
      _tag: 'HashesLengthMismatch',
      index: 7,
      expectedBytes: 128,
      storedBytes: 64,
    });
  });

  it('reports a missing blob as a leaf hash mismatch', () => {
    const entries = entriesOf(blobLog(leaves));
    entries[0] = { ...(entries[0] as (typeof entries)[number]), hashes: Buffer.alloc(0) };
    expect(run(entries).mismatch).toMatchObject({ _tag: 'LeafHashMismatch', index: 0 });
  });

  it('keeps recomputing from the true leaves after a mismatch and remembers the first one', () => {
    const log = blobLog(leaves);
    const recomputer = new LogRecomputer();
    log.leaves.forEach((leaf, index) => {
      const blob =
        index === 3 || index === 60
          ? Buffer.alloc(32 * (log.blobs[index] as Buffer).length)
          : (log.blobs[index] as Buffer);
      recomputer.push(index, leaf, blob.length === 0 ? Buffer.alloc(32) : blob);
    });
    expect(recomputer.firstMismatch).toMatchObject({ index: 3 });
    expect(recomputer.root().equals(referenceRoot(log.leafHashes))).toBe(true);
  });

  it('resumes from a trusted frontier and checks only later entries', () => {
    const log = blobLog(leaves);
    const trusted = MerkleFrontier.fromReader(log.read, 64);
    const { recomputer, mismatch } = run(entriesOf(log).slice(64), trusted);
    expect(mismatch).toBeNull();
    expect(recomputer.root().equals(referenceRoot(log.leafHashes))).toBe(true);
    expect(trusted.size).toBe(64);
  });
});
