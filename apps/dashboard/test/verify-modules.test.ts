/**
 * The page's own RFC 6962 and signed-note checks (apps/dashboard/src/verify), run in Node's
 * WebCrypto and held against core's implementation: every inclusion and consistency proof
 * core makes for trees of 1..40 entries verifies, and any changed hash, size or root fails;
 * checkpoints core signs open with the published key and fail with another.
 */
import { encodeVerifierKey, generateSignerKey, MemoryStore, signCheckpoint } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64 } from '../src/verify/bytes.ts';
import { leafHash, verifyConsistency, verifyInclusion } from '../src/verify/merkle.ts';
import { openCheckpoint, parseVerifierKey } from '../src/verify/note.ts';

const SIZE = 40;
const b64 = (text: string) => fromBase64(text)!;

describe('the page verifies RFC 6962 proofs as core makes them', () => {
  const store = new MemoryStore();
  const leaves: Uint8Array[] = [];

  beforeAll(async () => {
    for (let i = 0; i < SIZE; i++) {
      const appended = await store.append(`s-${i % 3}`, [sampleEvent(`s-${i % 3}`, { n: i })]);
      if (isLeft(appended)) throw new Error('append');
    }
    for await (const { leaf } of store.readLeaves(0, SIZE)) leaves.push(leaf);
  });

  it('accepts every inclusion proof of every tree size, computing the leaf hash itself', async () => {
    for (let size = 1; size <= SIZE; size++) {
      for (let index = 0; index < size; index++) {
        const proof = await store.log.inclusionProof(index, size);
        const hash = await leafHash(leaves[index]!);
        expect(Buffer.from(hash).toString('base64')).toBe(proof.leafHash);
        const outcome = await verifyInclusion(index, size, hash, proof.path.map(b64), b64(proof.root));
        expect(outcome, `index ${index} size ${size}`).toEqual({ ok: true, value: true });
      }
    }
  });

  it('refuses an inclusion proof with a changed hash, another leaf or index, or a short path', async () => {
    const proof = await store.log.inclusionProof(13, 37);
    const path = proof.path.map(b64);
    const root = b64(proof.root);
    const leaf = await leafHash(leaves[13]!);
    const changed = path.map((p, i) => (i === 2 ? Uint8Array.from(p, (b, j) => (j === 0 ? b ^ 1 : b)) : p));
    expect((await verifyInclusion(13, 37, leaf, changed, root)).ok).toBe(false);
    expect((await verifyInclusion(13, 37, await leafHash(leaves[14]!), path, root)).ok).toBe(false);
    expect((await verifyInclusion(12, 37, leaf, path, root)).ok).toBe(false);
    expect((await verifyInclusion(13, 37, leaf, path.slice(1), root)).ok).toBe(false);
    expect((await verifyInclusion(37, 37, leaf, path, root)).ok).toBe(false);
  });

  it('accepts every consistency proof between sizes and refuses a changed one', async () => {
    for (let second = 1; second <= SIZE; second++) {
      const secondRoot = b64((await store.log.inclusionProof(0, second)).root);
      for (let first = 1; first <= second; first++) {
        const proof = await store.log.consistencyProof(first, second);
        const outcome = await verifyConsistency(first, second, b64(proof.fromRoot), secondRoot, proof.path.map(b64));
        expect(outcome, `${first} -> ${second}`).toEqual({ ok: true, value: true });
      }
    }
    const proof = await store.log.consistencyProof(11, 29);
    const path = proof.path.map(b64);
    const [fromRoot, toRoot] = [b64(proof.fromRoot), b64(proof.toRoot)];
    const flipped = Uint8Array.from(fromRoot, (b, j) => (j === 5 ? b ^ 4 : b));
    expect((await verifyConsistency(11, 29, flipped, toRoot, path)).ok).toBe(false);
    expect((await verifyConsistency(11, 29, fromRoot, flipped, path)).ok).toBe(false);
    expect((await verifyConsistency(12, 29, fromRoot, toRoot, path)).ok).toBe(false);
    expect((await verifyConsistency(11, 29, fromRoot, toRoot, path.slice(0, -1))).ok).toBe(false);
    expect((await verifyConsistency(29, 11, fromRoot, toRoot, path)).ok).toBe(false);
  });
});

describe('the page opens checkpoints core signs', () => {
  it('reads every verifier key, including keys whose base64 holds "+"', async () => {
    for (let i = 0; i < 64; i++) {
      const key = generateSignerKey('zjg.example.gov.cn/ledger');
      if (isLeft(key)) throw new Error('key');
      const parsed = await parseVerifierKey(encodeVerifierKey(key.right));
      expect(parsed.ok, encodeVerifierKey(key.right)).toBe(true);
    }
  });

  const signer = generateSignerKey('zjg.example.gov.cn/ledger');
  if (isLeft(signer)) throw new Error('key');
  const root = new Uint8Array(32).fill(7);
  const note = signCheckpoint({ origin: 'zjg.example.gov.cn/ledger', size: 15417, root }, signer.right);

  it('parses the published verifier key and verifies the Ed25519 signature', async () => {
    const key = await parseVerifierKey(encodeVerifierKey(signer.right));
    if (!key.ok) throw new Error(key.reason);
    const opened = await openCheckpoint(note, key.value);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.value.origin).toBe('zjg.example.gov.cn/ledger');
    expect(opened.value.size).toBe(15417);
    expect(Buffer.from(opened.value.root).equals(Buffer.from(root))).toBe(true);
  });

  it('refuses a note signed by another key of the same name, or with a changed body', async () => {
    const other = generateSignerKey('zjg.example.gov.cn/ledger');
    if (isLeft(other)) throw new Error('key');
    const key = await parseVerifierKey(encodeVerifierKey(signer.right));
    if (!key.ok) throw new Error(key.reason);
    const forged = signCheckpoint({ origin: 'zjg.example.gov.cn/ledger', size: 15417, root }, other.right);
    expect(await openCheckpoint(forged, key.value)).toEqual({
      ok: false,
      reason: `the checkpoint is not signed by the published key zjg.example.gov.cn/ledger+${key.value.keyIdHex}`,
    });
    const grown = note.replace('\n15417\n', '\n15418\n');
    expect(await openCheckpoint(grown, key.value)).toEqual({
      ok: false,
      reason: 'the checkpoint signature does not verify with the published key',
    });
  });

  it('refuses a verifier key whose key id does not match its key', async () => {
    const text = encodeVerifierKey(signer.right);
    const [name, id] = text.split('+') as [string, string];
    const material = text.slice(name.length + id.length + 2);
    const wrongId = `${name}+${id === '00000000' ? '00000001' : '00000000'}+${material}`;
    expect(await parseVerifierKey(wrongId)).toEqual({
      ok: false,
      reason: 'the verifier key id does not match its key',
    });
  });
});
