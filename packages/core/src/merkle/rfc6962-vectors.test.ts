/**
 * The published RFC 6962 test vectors of transparency-dev/merkle (testonly/constants.go and
 * proof/verify_test.go), transcribed: eight leaves, every node hash, the roots of sizes 0–8,
 * and known inclusion and consistency proofs.
 */
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { encodeHash } from './base64.ts';
import { MerkleFrontier } from './frontier.ts';
import { EMPTY_ROOT, leafHash } from './hash.ts';
import { blobLog } from './testkit.ts';
import { TreeReader } from './tree-reader.ts';
import { verifyConsistency, verifyInclusion } from './verify-proofs.ts';

const hex = (h: string): Buffer => Buffer.from(h, 'hex');
const b64 = (h: string): string => hex(h).toString('base64');

const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(
  hex,
);

/** NODE[level][index]: every perfect subtree hash of the 8-leaf tree. */
const NODE = [
  [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
    '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
  ],
  [
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
  ],
  [
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
  ],
  ['5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'],
];

/** ROOT[size] for sizes 0..8. */
const ROOT = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

const n = (level: number, index: number): string => NODE[level]?.[index] as string;

/** Known inclusion proofs (0-based index; the Go file numbers leaves from 1). */
const INCLUSION = [
  { index: 0, size: 1, path: [] as string[] },
  { index: 0, size: 8, path: [n(0, 1), n(1, 1), n(2, 1)] },
  { index: 5, size: 8, path: [n(0, 4), n(1, 3), n(2, 0)] },
  { index: 2, size: 3, path: [n(1, 0)] },
  { index: 1, size: 5, path: [n(0, 0), n(1, 1), n(0, 4)] },
];

/** Known consistency proofs. */
const CONSISTENCY = [
  { from: 1, to: 1, path: [] as string[] },
  { from: 1, to: 8, path: [n(0, 1), n(1, 1), n(2, 1)] },
  { from: 6, to: 8, path: [n(1, 2), n(1, 3), n(2, 0)] },
  { from: 2, to: 5, path: [n(1, 1), n(0, 4)] },
  { from: 6, to: 7, path: [n(1, 2), n(0, 6), n(2, 0)] },
];

describe('RFC 6962 published vectors', () => {
  const log = blobLog(LEAVES);
  const tree = new TreeReader(log.read, LEAVES.length);

  it('hashes each published leaf to its published leaf hash', () => {
    LEAVES.forEach((leaf, i) => {
      expect(leafHash(leaf).toString('hex')).toBe(n(0, i));
    });
  });

  it('stores every published subtree hash where the storage layout says', () => {
    NODE.forEach((level, L) => {
      level.forEach((h, j) => {
        expect(Buffer.from(log.read(L, j)).toString('hex')).toBe(h);
      });
    });
  });

  it('computes the published root of every size 0..8, incrementally and from storage', () => {
    const frontier = new MerkleFrontier();
    expect(frontier.root().toString('hex')).toBe(ROOT[0]);
    expect(EMPTY_ROOT.toString('hex')).toBe(ROOT[0]);
    LEAVES.forEach((leaf, i) => {
      frontier.append(leafHash(leaf));
      expect(frontier.root().toString('hex')).toBe(ROOT[i + 1]);
    });
    ROOT.forEach((root, size) => {
      expect(tree.rootAt(size).toString('hex')).toBe(root);
    });
  });

  it('keeps the published compact range for every size', () => {
    const compact = [
      [],
      [n(0, 0)],
      [n(1, 0)],
      [n(1, 0), n(0, 2)],
      [n(2, 0)],
      [n(2, 0), n(0, 4)],
      [n(2, 0), n(1, 2)],
      [n(2, 0), n(1, 2), n(0, 6)],
      [n(3, 0)],
    ];
    compact.forEach((hashes, size) => {
      const frontier = MerkleFrontier.fromReader(log.read, size);
      expect(frontier.subtreeHashes().map((h) => h.toString('hex'))).toEqual(hashes);
    });
  });

  it.each(INCLUSION)(
    'proves and verifies the published inclusion of index $index in size $size',
    ({ index, size, path }) => {
      expect(tree.inclusionPath(index, size).map((h) => h.toString('hex'))).toEqual(path);
      const proof = { index, size, leafHash: b64(n(0, index)), path: path.map(b64), root: b64(ROOT[size] as string) };
      expect(verifyInclusion(proof, leafHash(LEAVES[index] as Buffer))).toEqual({ _tag: 'Right', right: true });
    },
  );

  it.each(CONSISTENCY)('proves and verifies the published consistency from $from to $to', ({ from, to, path }) => {
    expect(tree.consistencyPath(from, to).map((h) => h.toString('hex'))).toEqual(path);
    const proof = {
      from,
      to,
      path: path.map(b64),
      fromRoot: b64(ROOT[from] as string),
      toRoot: b64(ROOT[to] as string),
    };
    expect(isRight(verifyConsistency(proof))).toBe(true);
  });

  it('rejects the published inclusion proofs when the index, size, leaf, root or path is corrupted', () => {
    const someHash = b64('abacaba000000000000000000000000000000000000000000060061e00123456');
    for (const { index, size, path } of INCLUSION) {
      const good = { index, size, leafHash: b64(n(0, index)), path: path.map(b64), root: b64(ROOT[size] as string) };
      const probes = [
        { ...good, index: index - 1 },
        { ...good, index: index + 1 },
        { ...good, index: index ^ 2 },
        { ...good, size: size * 2 },
        { ...good, size: Math.floor(size / 2) },
        { ...good, leafHash: encodeHash(leafHash(Buffer.from('WrongLeaf'))) },
        { ...good, root: encodeHash(EMPTY_ROOT) },
        { ...good, root: someHash },
        { ...good, path: [...good.path, good.root] },
        { ...good, path: [good.root, ...good.path] },
        ...good.path.map((_, i) => ({ ...good, path: good.path.map((p, j) => (i === j ? flipBit(p, 3) : p)) })),
        ...(good.path.length > 0 ? [{ ...good, path: good.path.slice(0, -1) }] : []),
        ...(good.path.length > 1 ? [{ ...good, path: [good.path[0] as string, someHash, ...good.path.slice(1)] }] : []),
      ];
      for (const probe of probes) expect(isLeft(verifyInclusion(probe)), JSON.stringify(probe)).toBe(true);
    }
  });

  it('rejects the published consistency proofs when a size, root or the path is corrupted', () => {
    for (const { from, to, path } of CONSISTENCY.filter((c) => c.path.length > 0)) {
      const good = {
        from,
        to,
        path: path.map(b64),
        fromRoot: b64(ROOT[from] as string),
        toRoot: b64(ROOT[to] as string),
      };
      const probes = [
        { ...good, from: from - 1 },
        { ...good, from: from + 1 },
        { ...good, from: from ^ 2 },
        { ...good, to: to * 2 },
        { ...good, to: Math.floor(to / 2) },
        { ...good, fromRoot: good.toRoot, toRoot: good.fromRoot },
        { ...good, fromRoot: encodeHash(EMPTY_ROOT) },
        { ...good, toRoot: encodeHash(EMPTY_ROOT) },
        { ...good, path: [] },
        { ...good, path: [...good.path, good.fromRoot] },
        { ...good, path: [...good.path, good.toRoot] },
        { ...good, path: [good.fromRoot, ...good.path] },
        { ...good, path: [good.toRoot, ...good.path] },
        { ...good, path: [good.path[0] as string, ...good.path] },
        { ...good, path: good.path.slice(0, -1) },
        ...good.path.map((_, i) => ({ ...good, path: good.path.map((p, j) => (i === j ? flipBit(p, 4) : p)) })),
      ];
      for (const probe of probes) expect(isLeft(verifyConsistency(probe)), JSON.stringify(probe)).toBe(true);
    }
  });
});

/** Flips bit `bit` of the first byte of a base64 hash. */
function flipBit(base64: string, bit: number): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = (bytes[0] as number) ^ (1 << bit);
  return bytes.toString('base64');
}
