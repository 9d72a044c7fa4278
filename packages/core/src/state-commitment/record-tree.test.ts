import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash } from '../merkle/base64.ts';
import { leafHash } from '../merkle/hash.ts';
import { referencePath, referenceRoot, sampleLeaves } from '../merkle/testkit.ts';
import { verifyInclusion } from '../merkle/verify-proofs.ts';
import { RecordTree } from './record-tree.ts';

const hashes = (count: number) => sampleLeaves(count).map((leaf) => leafHash(leaf));

describe('RecordTree', () => {
  it('has the RFC 6962 root and audit paths of its leaves at every size', () => {
    const leaves = hashes(70);
    const tree = new RecordTree();
    expect(encodeHash(tree.root())).toBe(encodeHash(referenceRoot([])));
    leaves.forEach((hash, index) => {
      tree.setLeaf(index, hash);
      const expected = leaves.slice(0, index + 1);
      expect(encodeHash(tree.root())).toBe(encodeHash(referenceRoot(expected)));
      for (const m of [0, Math.floor(index / 2), index]) {
        expect(tree.prove(m).path).toEqual(referencePath(m, expected).map(encodeHash));
      }
    });
  });

  it('replaces a leaf in place: the root is that of the updated leaves and other positions keep their index', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
        (size, writes) => {
          const leaves = hashes(size + 50);
          const current = leaves.slice(0, size);
          const tree = new RecordTree();
          for (const [index, hash] of current.entries()) tree.setLeaf(index, hash);
          for (const [at, value] of writes) {
            const index = at % size;
            current[index] = leaves[size + (value % 50)]!;
            tree.setLeaf(index, current[index]);
          }
          expect(encodeHash(tree.root())).toBe(encodeHash(referenceRoot(current)));
          const proof = tree.prove(size - 1);
          expect(verifyInclusion(proof, current[size - 1])._tag).toBe('Right');
        },
      ),
    );
  });

  it('gives proofs that fail for any other leaf hash', () => {
    const leaves = hashes(9);
    const tree = new RecordTree();
    for (const [index, hash] of leaves.entries()) tree.setLeaf(index, hash);
    const proof = tree.prove(4);
    expect(decodeHash(proof.root)).toEqual(referenceRoot(leaves));
    expect(verifyInclusion(proof, leaves[5])._tag).toBe('Left');
  });

  it('refuses to write past the next leaf', () => {
    const tree = new RecordTree();
    expect(() => tree.setLeaf(1, hashes(1)[0]!)).toThrow(/neither a leaf of 0 nor the next/);
  });
});
