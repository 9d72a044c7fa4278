import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash } from '../merkle/base64.ts';
import { referenceRoot } from '../merkle/testkit.ts';
import { verifyInclusion } from '../merkle/verify-proofs.ts';
import type { AnyProjection, SnapshotStore } from '../projection.ts';
import { ProjectionRunner, replayProjections } from '../projection-runner.ts';
import { StateCommitment } from './state-commitment.ts';
import { stateLeafHash } from './state-leaf.ts';
import { clockCount, type StreamSums, storeOf, streamSums, typeCounts } from './test-projections.ts';

/** `value`, failing the test when it is undefined or null. */
function defined<T>(value: T | undefined | null): T {
  expect(value).toBeDefined();
  expect(value).not.toBeNull();
  return value as T;
}

const runnerOf = (store: Awaited<ReturnType<typeof storeOf>>, projections: AnyProjection[], snapshots = false) =>
  new ProjectionRunner(store, projections, {
    commitment: new StateCommitment(projections),
    ...(snapshots ? { snapshots: store, snapshotEvery: 4 } : {}),
  });

describe('StateCommitment', () => {
  it('lays records out in order of first appearance, models and keys sorted within one event', async () => {
    const store = await storeOf(3);
    const runner = runnerOf(store, [typeCounts(), streamSums()]);
    await runner.catchUp();
    const layout = defined(runner.commitment).snapshot(
      (slot) => [runner.state('typeCounts'), runner.state('streamSums')][slot],
    );
    // event 0: stream s-0, type Counted; event 1: s-2, Noted; event 2: s-4, Noted
    expect(layout.records).toEqual([
      ['streamSums', 's-0'],
      ['streamSums', 'totals'],
      ['typeCounts', 'Counted'],
      ['streamSums', 's-2'],
      ['typeCounts', 'Noted'],
      ['streamSums', 's-4'],
    ]);
  });

  it('has the RFC 6962 root of the current records in their stable positions', async () => {
    const store = await storeOf(12);
    const runner = runnerOf(store, [streamSums()]);
    await runner.catchUp(4);
    const early = defined(runner.proveRecord('streamSums', 's-0'));
    await runner.catchUp();
    const late = defined(runner.proveRecord('streamSums', 's-0'));
    expect(late.index).toBe(early.index);
    expect(late.record).not.toEqual(early.record);
    const state = runner.state<{ streams: Map<string, unknown> }>('streamSums');
    const keys = ['s-0', 'totals', 's-2', 's-4', 's-1', 's-3'];
    const leaves = keys.map((key) =>
      stateLeafHash('streamSums', key, defined(runner.proveRecord('streamSums', key)).record),
    );
    expect(encodeHash(defined(runner.stateRoot()).root)).toBe(encodeHash(referenceRoot(leaves)));
    expect(state.streams.size).toBe(5);
  });

  it('proves a record: its leaf hash and path lead to the state root, and an altered record fails', async () => {
    const store = await storeOf(20);
    const runner = runnerOf(store, [streamSums(), typeCounts()]);
    await runner.catchUp();
    const proof = defined(runner.proveRecord('streamSums', 'totals'));
    expect(proof.record).toEqual({ events: 20, sum: 210 });
    expect(proof.root).toBe(encodeHash(defined(runner.stateRoot()).root));
    expect(verifyInclusion(proof, stateLeafHash('streamSums', 'totals', proof.record))._tag).toBe('Right');
    const altered = stateLeafHash('streamSums', 'totals', { events: 20, sum: 211 });
    expect(verifyInclusion(proof, altered)._tag).toBe('Left');
    expect(runner.proveRecord('streamSums', 'no-such-stream')).toBeUndefined();
  });

  it('rereads clock-driven records at every root, whenever roots are taken', async () => {
    const store = await storeOf(17);
    const projections = () => [clockCount(), typeCounts()];
    const often = runnerOf(store, projections());
    for (let size = 1; size <= 17; size += 3) {
      await often.catchUp(size);
      expect(defined(often.proveRecord('clockCount', 'seen')).record).toEqual({ count: size });
      often.stateRoot();
    }
    await often.catchUp();
    const once = runnerOf(store, projections());
    await once.catchUp();
    expect(encodeHash(defined(often.stateRoot()).root)).toBe(encodeHash(defined(once.stateRoot()).root));
    const stateOf = (slot: number) => [once.state('clockCount'), once.state('typeCounts')][slot];
    expect(defined(once.commitment).firstMismatch(stateOf)).toBeUndefined();
    expect(defined(once.proveRecord('clockCount', 'seen')).record).toEqual({ count: 17 });
  });

  it('resumes from its own snapshot and the projections saved with it, though a projection was saved alone later', async () => {
    const store = await storeOf(20);
    const projections = [streamSums(), typeCounts()];
    await runnerOf(store, projections, true).catchUp(8);
    await store.saveSnapshot({ name: 'typeCounts', version: 1, size: 12, state: new Map([['Counted', 1]]) });
    const resumed = runnerOf(store, projections, true);
    await resumed.catchUp();
    expect(resumed.resumedAt).toBe(8);
    const fresh = runnerOf(store, projections);
    await fresh.catchUp();
    expect(encodeHash(defined(resumed.stateRoot()).root)).toBe(encodeHash(defined(fresh.stateRoot()).root));
  });

  it('never commits what a projection does not declare public', async () => {
    const store = await storeOf(5);
    const runner = runnerOf(store, [streamSums()]);
    await runner.catchUp();
    expect(JSON.stringify(defined(runner.proveRecord('streamSums', 's-0')).record)).not.toContain('owner-phone');
  });

  it('gives the same root whatever order the projections are listed in', async () => {
    const store = await storeOf(30);
    const a = await replayProjections(store, [streamSums(), typeCounts()], undefined, {
      commitment: new StateCommitment([streamSums(), typeCounts()]),
    });
    const b = await replayProjections(store, [typeCounts(), streamSums()], undefined, {
      commitment: new StateCommitment([typeCounts(), streamSums()]),
    });
    expect(encodeHash(defined(a.stateRoot).root)).toBe(encodeHash(defined(b.stateRoot).root));
    expect(defined(a.stateRoot).records).toBe(2 + 5 + 1);
  });

  it('resumes from snapshots to the same root as a replay from the first entry, and as of a past size', async () => {
    const store = await storeOf(25);
    const first = runnerOf(store, [streamSums(), typeCounts()], true);
    await first.catchUp(13);
    await first.catchUp();
    const resumed = runnerOf(store, [streamSums(), typeCounts()], true);
    await resumed.catchUp();
    const fresh = runnerOf(store, [streamSums(), typeCounts()]);
    await fresh.catchUp();
    expect(encodeHash(defined(resumed.stateRoot()).root)).toBe(encodeHash(defined(fresh.stateRoot()).root));
    const past = await resumed.replayAsOf({ index: 9 });
    const pastFresh = await replayProjections(
      store,
      [streamSums(), typeCounts()],
      { index: 9 },
      {
        commitment: new StateCommitment([streamSums(), typeCounts()]),
      },
    );
    expect(past.size).toBe(10);
    expect(encodeHash(defined(past.stateRoot).root)).toBe(encodeHash(defined(pastFresh.stateRoot).root));
  });

  it('names the first record whose resumed snapshot was altered', async () => {
    const store = await storeOf(16);
    await runnerOf(store, [streamSums()], true).catchUp();
    // the file's snapshot of the projection was edited: s-2's sum is one more than the log says
    const tampered: SnapshotStore = {
      async loadSnapshot(name, version, maxSize) {
        const saved = await store.loadSnapshot(name, version, maxSize);
        if (saved?.name === 'streamSums') (saved.state as StreamSums).streams.get('s-2')!.sum += 1;
        return saved;
      },
      saveSnapshot: async () => {},
    };
    const projections = [streamSums()];
    const resumed = new ProjectionRunner(store, projections, {
      commitment: new StateCommitment(projections),
      snapshots: tampered,
    });
    await resumed.catchUp();
    expect(resumed.size).toBe(16);
    const stateOf = () => resumed.state('streamSums');
    expect(defined(resumed.commitment).firstMismatch(stateOf)).toEqual({ index: 2, model: 'streamSums', key: 's-2' });
    const fresh = runnerOf(store, [streamSums()]);
    await fresh.catchUp();
    // the snapshot's leaves still agree with the honest replay: only the states were altered
    expect(
      defined(fresh.commitment).firstDifference(defined(resumed.commitment), () => fresh.state('streamSums'), stateOf),
    ).toBeUndefined();
    expect(decodeHash(defined(fresh.proveRecord('streamSums', 's-2')).root)).toEqual(defined(fresh.stateRoot()).root);
  });

  it('names the first record that differs between two commitments', async () => {
    const honest = await storeOf(10);
    const other = await storeOf(11);
    const a = runnerOf(honest, [streamSums()]);
    const b = runnerOf(other, [streamSums()]);
    await a.catchUp();
    await b.catchUp();
    const difference = defined(a.commitment).firstDifference(
      defined(b.commitment),
      () => a.state('streamSums'),
      () => b.state('streamSums'),
    );
    expect(difference).toEqual({ index: 0, model: 'streamSums', key: 's-0' });
  });
});
