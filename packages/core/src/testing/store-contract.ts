/**
 * The store contract suite: behaviour every EventStore must share, run by each store's tests.
 * Covers ordering, expected versions, atomic batches, gapless indexes, limits, unicode,
 * concurrent appenders, reads with filters, and the verifiable log over the stored leaves.
 */
import { createHash } from 'node:crypto';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseLeaf } from '../leaf.ts';
import { nodeHash } from '../merkle/hash.ts';
import { MAX_LEAF_BYTES, type EventStore } from '../store.ts';
import { sampleEvent } from './sample-events.ts';

/** Makes a fresh, empty store and a function that disposes of it. */
export type StoreFactory = () => Promise<{
  store: EventStore;
  /** Removes whatever the store left behind (files, databases); the suite has closed the store. */
  cleanup(): Promise<void>;
}>;

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function withStore(make: StoreFactory, body: (store: EventStore) => Promise<void>): Promise<void> {
  const { store, cleanup } = await make();
  try {
    await body(store);
  } finally {
    await store.close();
    await cleanup();
  }
}

function sha256(...parts: Uint8Array[]): Buffer {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}

/** RFC 6962 MTH computed naively, independent of the code under test. */
function naiveRoot(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return sha256(Buffer.from([0]), leaves[0]!);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha256(Buffer.from([1]), naiveRoot(leaves.slice(0, k)), naiveRoot(leaves.slice(k)));
}

/**
 * Registers the contract tests for a store under `describe(name)`.
 *
 * @experimental
 */
export function describeEventStoreContract(name: string, make: StoreFactory): void {
  describe(`${name} honours the EventStore contract`, () => {
    it('records events in order with gapless indexes and stream versions', async () => {
      await withStore(make, async (store) => {
        const a = await store.append('a', [sampleEvent('a', { n: 1 }), sampleEvent('a', { n: 2 })], 'no-stream');
        const b = await store.append('b', [sampleEvent('b', { n: 3 })], 'no-stream');
        const c = await store.append('a', [sampleEvent('a', { n: 4 })], 1);
        expect(isRight(a) && isRight(b) && isRight(c)).toBe(true);
        const all = await collect(store.readAll());
        expect(all.map((e) => e.index)).toEqual([0, 1, 2, 3]);
        expect(all.map((e) => [e.streamId, e.streamVersion, e.data.n])).toEqual([
          ['a', 0, 1],
          ['a', 1, 2],
          ['b', 0, 3],
          ['a', 2, 4],
        ]);
        expect(new Set(all.map((e) => e.eventId)).size).toBe(4);
        expect((await store.head()).size).toBe(4);
        expect(await store.streamVersion('a')).toBe(2);
        expect(await store.streamVersion('nope')).toBe('no-stream');
      });
    });

    it('enforces every kind of expected version and reports expected and actual', async () => {
      await withStore(make, async (store) => {
        const exists = await store.append('s', [sampleEvent('s')], 'exists');
        expect(isLeft(exists) && exists.left).toMatchObject({
          _tag: 'WrongExpectedVersion',
          expected: 'exists',
          actual: 'no-stream',
        });
        expect(isRight(await store.append('s', [sampleEvent('s')], 'no-stream'))).toBe(true);
        const again = await store.append('s', [sampleEvent('s')], 'no-stream');
        expect(isLeft(again) && again.left).toMatchObject({ _tag: 'WrongExpectedVersion', streamId: 's', actual: 0 });
        const stale = await store.append('s', [sampleEvent('s')], 5);
        expect(isLeft(stale) && stale.left).toMatchObject({ expected: 5, actual: 0 });
        expect(isRight(await store.append('s', [sampleEvent('s')], 0))).toBe(true);
        expect(isRight(await store.append('s', [sampleEvent('s')], 'exists'))).toBe(true);
        expect(isRight(await store.append('s', [sampleEvent('s')], 'any'))).toBe(true);
        expect(await store.streamVersion('s')).toBe(3);
      });
    });

    it('writes nothing of a batch when any stream expectation fails', async () => {
      await withStore(make, async (store) => {
        await store.append('x', [sampleEvent('x')], 'no-stream');
        const result = await store.appendBatch([
          { streamId: 'y', expectedVersion: 'no-stream', events: [sampleEvent('y'), sampleEvent('y')] },
          { streamId: 'x', expectedVersion: 'no-stream', events: [sampleEvent('x')] },
        ]);
        expect(isLeft(result) && result.left._tag).toBe('WrongExpectedVersion');
        expect((await store.head()).size).toBe(1);
        expect(await store.streamVersion('y')).toBe('no-stream');
        const ok = await store.appendBatch([
          { streamId: 'y', expectedVersion: 'no-stream', events: [sampleEvent('y')] },
          { streamId: 'x', expectedVersion: 0, events: [sampleEvent('x')] },
        ]);
        expect(isRight(ok) && ok.right.events.map((e) => e.index)).toEqual([1, 2]);
      });
    });

    it('writes nothing of a batch holding an invalid event and names its position and field', async () => {
      await withStore(make, async (store) => {
        const bad = { ...sampleEvent('z'), metadata: { actor: { id: 'a', role: 'r' }, occurredAt: 'yesterday' } };
        const result = await store.appendBatch([
          { streamId: 'z', expectedVersion: 'any', events: [sampleEvent('z'), bad as never] },
        ]);
        expect(isLeft(result) && result.left).toMatchObject({ _tag: 'InvalidEvent', position: 1 });
        if (isLeft(result) && result.left._tag === 'InvalidEvent') {
          expect(result.left.problems.map((p) => p.path)).toContain('metadata.occurredAt');
        }
        const nan = await store.append('z', [sampleEvent('z', { amount: Number.NaN })]);
        expect(isLeft(nan) && nan.left).toMatchObject({ _tag: 'InvalidEvent', position: 0 });
        expect((await store.head()).size).toBe(0);
      });
    });

    it('refuses an event whose leaf exceeds 65,535 bytes and accepts one just under', async () => {
      await withStore(make, async (store) => {
        const probe = await store.append('big', [sampleEvent('big', { blob: '' })]);
        expect(isRight(probe)).toBe(true);
        const leaves = await collect(store.readLeaves(0, 1));
        const overhead = leaves[0]!.leaf.length;
        const fits = await store.append('big', [
          sampleEvent('big', { blob: 'x'.repeat(MAX_LEAF_BYTES - overhead - 1) }),
        ]);
        expect(isRight(fits)).toBe(true);
        const tooBig = await store.append('big', [sampleEvent('big', { blob: 'x'.repeat(MAX_LEAF_BYTES) })]);
        expect(isLeft(tooBig) && tooBig.left).toMatchObject({ _tag: 'LeafTooLarge', limit: MAX_LEAF_BYTES });
        expect((await store.head()).size).toBe(2);
      });
    });

    it('keeps unicode data and stores the RFC 8785 canonical leaf verbatim', async () => {
      await withStore(make, async (store) => {
        const data = { 名称: '悦盛花苑', z: 1, a: 'emoji 🏠 and \u2028 separator', n: 1e21, f: 0.1 };
        await store.append('u-小区', [sampleEvent('u-小区', data, '投诉已受理')]);
        const [event] = await collect(store.readAll());
        expect(event!.data).toEqual(data);
        expect(event!.streamId).toBe('u-小区');
        const [stored] = await collect(store.readLeaves(0, 1));
        const text = Buffer.from(stored!.leaf).toString('utf8');
        expect(
          text.startsWith(
            '{"data":{"a":"emoji 🏠 and \u2028 separator","f":0.1,"n":1e+21,"z":1,"名称":"悦盛花苑"},"eventId":',
          ),
        ).toBe(true);
        expect(parseLeaf(stored!.leaf, 0)).toEqual(event);
      });
    });

    it('serialises concurrent appenders: one wins each expected version, the log stays gapless', async () => {
      await withStore(make, async (store) => {
        const attempts = await Promise.all(
          Array.from({ length: 20 }, (_, i) => store.append('race', [sampleEvent('race', { i })], 'no-stream')),
        );
        expect(attempts.filter(isRight)).toHaveLength(1);
        await Promise.all(
          Array.from({ length: 50 }, (_, i) => store.append(`s${i % 5}`, [sampleEvent(`s${i % 5}`, { i })], 'any')),
        );
        const all = await collect(store.readAll());
        expect(all.map((e) => e.index)).toEqual(all.map((_, i) => i));
        expect(all).toHaveLength(51);
        for (let s = 0; s < 5; s++) {
          const stream = await collect(store.readStream(`s${s}`));
          expect(stream.map((e) => e.streamVersion)).toEqual([...Array(10).keys()]);
        }
      });
    });

    it('reads the log forwards and backwards with limits, type and stream-prefix filters', async () => {
      await withStore(make, async (store) => {
        for (let i = 0; i < 30; i++) {
          await store.append(i % 2 ? `odd-${i}` : `even-${i}`, [
            sampleEvent(i % 2 ? `odd-${i}` : `even-${i}`, { i }, i % 3 ? 'T1' : 'T0'),
          ]);
        }
        const ix = (events: { index: number }[]) => events.map((e) => e.index);
        expect(ix(await collect(store.readAll({ from: 25 })))).toEqual([25, 26, 27, 28, 29]);
        expect(ix(await collect(store.readAll({ from: 5, to: 8 })))).toEqual([5, 6, 7]);
        expect(ix(await collect(store.readAll({ direction: 'backwards', limit: 3 })))).toEqual([29, 28, 27]);
        expect(ix(await collect(store.readAll({ direction: 'backwards', from: 4 })))).toEqual([4, 3, 2, 1, 0]);
        expect(ix(await collect(store.readAll({ types: ['T0'], limit: 4 })))).toEqual([0, 3, 6, 9]);
        expect(ix(await collect(store.readAll({ streamPrefix: 'odd-', from: 20, limit: 3 })))).toEqual([21, 23, 25]);
        expect(
          ix(await collect(store.readAll({ streamPrefix: 'even-', types: ['T0'], direction: 'backwards', limit: 2 }))),
        ).toEqual([24, 18]);
        expect(await collect(store.readAll({ from: 30 }))).toEqual([]);
      });
    });

    it('reads one stream from a version with a limit', async () => {
      await withStore(make, async (store) => {
        for (let i = 0; i < 10; i++) await store.append(i % 2 ? 'p' : 'q', [sampleEvent(i % 2 ? 'p' : 'q', { i })]);
        const p = await collect(store.readStream('p', { fromVersion: 1, limit: 2 }));
        expect(p.map((e) => [e.streamVersion, e.data.i])).toEqual([
          [1, 3],
          [2, 5],
        ]);
        expect(await collect(store.readStream('missing'))).toEqual([]);
      });
    });

    it('never records a time earlier than the last one', async () => {
      await withStore(make, async (store) => {
        for (let i = 0; i < 5; i++) await store.append('t', [sampleEvent('t', { i })]);
        const times = (await collect(store.readAll())).map((e) => e.metadata.recordedAt);
        expect([...times].sort()).toEqual(times);
        expect((await store.head()).lastRecordedAt).toBe(times[4]);
      });
    });

    it('records a batch at the time the caller asks for, and refuses a time before the last one recorded', async () => {
      await withStore(make, async (store) => {
        const later = '2999-01-01T00:00:00.000Z';
        const first = await store.appendBatch(
          [{ streamId: 'r', expectedVersion: 'no-stream', events: [sampleEvent('r', { i: 1 })] }],
          {
            recordedAt: later,
          },
        );
        expect(isRight(first) && first.right.events[0]?.metadata.recordedAt).toBe(later);
        const behind = await store.appendBatch(
          [{ streamId: 'r', expectedVersion: 0, events: [sampleEvent('r', { i: 2 })] }],
          {
            recordedAt: '2998-12-31T23:59:59.000Z',
          },
        );
        expect(isLeft(behind) && behind.left).toMatchObject({ _tag: 'RecordedAtBehind', lastRecordedAt: later });
        expect((await store.head()).size).toBe(1);
      });
    });

    it('gives the same head synchronously, where it offers headSync', async () => {
      await withStore(make, async (store) => {
        expect(store.headSync?.() ?? (await store.head())).toEqual(await store.head());
        for (let i = 0; i < 3; i++) await store.append('h', [sampleEvent('h', { i })]);
        expect(store.headSync?.() ?? (await store.head())).toEqual(await store.head());
        expect((await store.head()).size).toBe(3);
      });
    });

    it('keeps an RFC 6962 tree over the stored leaves with verifiable proofs', async () => {
      await withStore(make, async (store) => {
        for (let i = 0; i < 13; i++) await store.append(`m${i % 3}`, [sampleEvent(`m${i % 3}`, { i })]);
        const leaves = (await collect(store.readLeaves(0, 13))).map((l) => l.leaf);
        for (const size of [1, 2, 3, 7, 8, 13]) {
          const head = await store.log.treeHead(size);
          expect(Buffer.from(head.root).toString('hex')).toBe(naiveRoot(leaves.slice(0, size)).toString('hex'));
        }
        expect(Buffer.from(await store.log.leafHash(4)).toString('hex')).toBe(
          sha256(Buffer.from([0]), leaves[4]!).toString('hex'),
        );
        const proof = await store.log.inclusionProof(5, 13);
        expect(proof).toMatchObject({ index: 5, size: 13, root: naiveRoot(leaves).toString('base64') });
        const consistency = await store.log.consistencyProof(7, 13);
        expect(consistency).toMatchObject({
          from: 7,
          to: 13,
          fromRoot: naiveRoot(leaves.slice(0, 7)).toString('base64'),
        });
        await expect(store.log.inclusionProof(13, 13)).rejects.toThrow(RangeError);
        await expect(store.log.treeHead(14)).rejects.toThrow(RangeError);
      });
    });

    it('imports an export into an empty store byte for byte, with the same root', async () => {
      await withStore(make, async (source) => {
        for (let i = 0; i < 9; i++) await source.append(`i${i % 2}`, [sampleEvent(`i${i % 2}`, { i, 名: '张家港' })]);
        const leaves = (await collect(source.readLeaves(0, 9))).map((l) => l.leaf);
        await withStore(make, async (target) => {
          const result = await target.importLeaves(leaves);
          expect(isRight(result) && result.right.size).toBe(9);
          const copied = (await collect(target.readLeaves(0, 9))).map((l) => Buffer.from(l.leaf).toString('hex'));
          expect(copied).toEqual(leaves.map((l) => Buffer.from(l).toString('hex')));
          expect(Buffer.from((await target.log.treeHead()).root)).toEqual(
            Buffer.from((await source.log.treeHead()).root),
          );
          expect(await target.streamVersion('i0')).toBe(4);
        });
      });
    });

    it('refuses an import with a non-canonical leaf or a stream-version gap and writes nothing', async () => {
      await withStore(make, async (source) => {
        for (let i = 0; i < 3; i++) await source.append('g', [sampleEvent('g', { i })]);
        const leaves = (await collect(source.readLeaves(0, 3))).map((l) => Buffer.from(l.leaf));
        await withStore(make, async (target) => {
          const spaced = Buffer.from(leaves[1]!.toString('utf8').replace('{', '{ '));
          const notCanonical = await target.importLeaves([leaves[0]!, spaced, leaves[2]!]);
          expect(isLeft(notCanonical) && notCanonical.left).toMatchObject({ _tag: 'InvalidLeaf', position: 1 });
          const gap = await target.importLeaves([leaves[0]!, leaves[2]!]);
          expect(isLeft(gap) && gap.left).toMatchObject({ _tag: 'InvalidLeaf', position: 1, index: 1 });
          expect((await target.head()).size).toBe(0);
        });
      });
    });

    it('stores checkpoints per size and refuses a different note for a stored size', async () => {
      await withStore(make, async (store) => {
        expect(await store.log.checkpoint()).toBeNull();
        for (let i = 0; i < 3; i++) await store.append('c', [sampleEvent('c', { i })]);
        await store.log.saveCheckpoint({ size: 1, note: 'one\n' });
        await store.log.saveCheckpoint({ size: 3, note: 'three\n' });
        await store.log.saveCheckpoint({ size: 1, note: 'one\n' });
        await expect(store.log.saveCheckpoint({ size: 1, note: 'other\n' })).rejects.toThrow();
        expect(await store.log.checkpoint()).toEqual({ size: 3, note: 'three\n' });
        expect(await store.log.checkpoint(1)).toEqual({ size: 1, note: 'one\n' });
        expect(await store.log.checkpoint(2)).toBeNull();
        expect((await store.log.checkpoints()).map((c) => c.size)).toEqual([1, 3]);
      });
    });

    it('serves runs of subtree hashes (tlog-tiles) equal to leaf and node hashes, within the log only', async () => {
      await withStore(make, async (store) => {
        for (let i = 0; i < 6; i++) await store.append('t', [sampleEvent('t', { i })]);
        const leaves = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => store.log.leafHash(i)));
        const level0 = await store.log.subtreeHashes(0, 1, 5);
        expect(level0.map((h) => Buffer.from(h).toString('hex'))).toEqual(
          leaves.slice(1).map((h) => Buffer.from(h).toString('hex')),
        );
        const [pair] = await store.log.subtreeHashes(1, 2, 1);
        expect(Buffer.from(pair as Uint8Array).equals(nodeHash(leaves[4] as Uint8Array, leaves[5] as Uint8Array))).toBe(
          true,
        );
        expect(Buffer.from((await store.log.subtreeHashes(2, 0, 1))[0] as Uint8Array)).toEqual(
          Buffer.from((await store.log.treeHead(4)).root),
        );
        await expect(store.log.subtreeHashes(1, 2, 2)).rejects.toThrow(RangeError);
        await expect(store.log.subtreeHashes(0, 6, 1)).rejects.toThrow(RangeError);
      });
    });

    it('lets a stored checkpoint gain cosignature lines, and never lose or change them', async () => {
      await withStore(make, async (store) => {
        await store.append('c', [sampleEvent('c', { i: 0 })]);
        const note = 'o\n1\nroot\n\n— o AAAA\n';
        await store.log.saveCheckpoint({ size: 1, note });
        await store.log.saveCheckpoint({ size: 1, note: `${note}— w BBBB\n` });
        expect(await store.log.checkpoint(1)).toEqual({ size: 1, note: `${note}— w BBBB\n` });
        await store.log.saveCheckpoint({ size: 1, note });
        await expect(store.log.saveCheckpoint({ size: 1, note: `${note}— v CCCC\n` })).rejects.toThrow();
        await expect(
          store.log.saveCheckpoint({ size: 1, note: `${note}— w BBBB\nnot a signature\n` }),
        ).rejects.toThrow();
        expect(await store.log.checkpoint(1)).toEqual({ size: 1, note: `${note}— w BBBB\n` });
      });
    });
  });
}
