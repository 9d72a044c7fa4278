import { isLeft, isRight, left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { CommandPipeline, type Decide, type HandleError, handleCommand } from './command-pipeline.ts';
import type { Aggregate, Decider } from './decider.ts';
import { MemoryStore } from './memory-store.ts';
import type { EventStore } from './store.ts';
import { UpcasterRegistry } from './upcaster.ts';

type Command = { by: number; max: number };
type Event = { type: 'Incremented'; data: { by: number } };

/** A counter that may not pass `max`. */
const counter: Decider<Command, Event, number, { _tag: 'OverLimit'; message: string }> = {
  initialState: 0,
  decide: (command, state) =>
    state + command.by > command.max
      ? left({ _tag: 'OverLimit', message: `${state} + ${command.by} passes ${command.max}` })
      : right([{ type: 'Incremented', data: { by: command.by } }]),
  evolve: (state, event) => state + Number(event.data.by),
};

/** `store` with its `appendBatch` replaced (every other method still reaches the store itself). */
function withAppendBatch(store: MemoryStore, appendBatch: EventStore['appendBatch']): EventStore {
  return new Proxy(store, {
    get: (target, property) => {
      if (property === 'appendBatch') return appendBatch;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const metadata = { actor: { id: 'tester', role: 'system' }, occurredAt: '2024-01-01T00:00:00Z' };

describe('handleCommand', () => {
  it('decides against the stream state and appends with the expected version', async () => {
    const store = new MemoryStore();
    expect(isRight(await handleCommand(store, counter, 'c', { by: 2, max: 5 }, metadata))).toBe(true);
    expect(isRight(await handleCommand(store, counter, 'c', { by: 3, max: 5 }, metadata))).toBe(true);
    const refused = await handleCommand(store, counter, 'c', { by: 1, max: 5 }, metadata);
    expect(isLeft(refused) && refused.left).toEqual({
      _tag: 'Rejected',
      error: { _tag: 'OverLimit', message: '5 + 1 passes 5' },
    });
    expect(await store.streamVersion('c')).toBe(1);
  });

  it('retries after a conflict and decides again on the newer state', async () => {
    const store = new MemoryStore();
    let raced = false;
    const racing = withAppendBatch(store, async (batch, options) => {
      if (!raced) {
        raced = true;
        await store.append('c', [{ ...batch[0]!.events[0]!, data: { by: 4 } }]);
      }
      return store.appendBatch(batch, options);
    });
    const result = await handleCommand(racing, counter, 'c', { by: 2, max: 5 }, metadata);
    expect(isLeft(result) && result.left._tag).toBe('Rejected');
    expect(await store.streamVersion('c')).toBe(0);
  });

  it('gives up after the bounded number of conflicts', async () => {
    const store = new MemoryStore();
    let attempts = 0;
    const hostile = withAppendBatch(store, async () => {
      attempts++;
      return left({ _tag: 'WrongExpectedVersion', streamId: 'c', expected: 'no-stream', actual: 7 });
    });
    const result = await handleCommand(hostile, counter, 'c', { by: 1, max: 5 }, metadata, { maxRetries: 2 });
    expect(isLeft(result) && result.left).toEqual({
      _tag: 'SubmissionNotAppended',
      error: { _tag: 'WrongExpectedVersion', streamId: 'c', expected: 'no-stream', actual: 7 },
    });
    expect(attempts).toBe(3);
  });

  it('folds the events it decided with the metadata they are recorded with, and no invented position', async () => {
    const store = new MemoryStore();
    const seen: unknown[] = [];
    const watching: Decider<Command, Event, number, { _tag: 'OverLimit'; message: string }> = {
      ...counter,
      evolve: (state, event) => {
        seen.push({ ...event });
        return counter.evolve(state, event);
      },
    };
    const clock = () => new Date('2024-01-02T00:00:00Z');
    expect(isRight(await handleCommand(store, watching, 'c', { by: 2, max: 5 }, metadata, { clock }))).toBe(true);
    expect(seen).toEqual([
      {
        type: 'Incremented',
        schemaVersion: 1,
        data: { by: 2 },
        metadata: { ...metadata, recordedAt: '2024-01-02T00:00:00.000Z' },
      },
    ]);
    for await (const stored of store.readStream('c'))
      expect(stored.metadata.recordedAt).toBe('2024-01-02T00:00:00.000Z');
    expect(await store.streamVersion('c')).toBe(0);
  });
});

describe('the pipeline with the ledger upcasters', () => {
  /** A stream whose one stored event is an older schema: `Incremented` 1 said `step`, 2 says `by`. */
  async function olderStream(): Promise<MemoryStore> {
    const store = new MemoryStore();
    const old = { streamId: 'c', type: 'Incremented', schemaVersion: 1, data: { step: 2 }, metadata };
    const appended = await store.appendBatch([{ streamId: 'c', expectedVersion: 'no-stream', events: [old] }], {
      recordedAt: '2024-01-01T00:00:00Z',
    });
    expect(isRight(appended)).toBe(true);
    return store;
  }
  const upcasters = new UpcasterRegistry().register({
    type: 'Incremented',
    fromVersion: 1,
    upcast: (data) => ({ by: data.step }),
  });

  it('folds every stored event lifted to its newest schema before the rule decides', async () => {
    const refused = await handleCommand(await olderStream(), counter, 'c', { by: 3, max: 4 }, metadata, { upcasters });
    expect(isLeft(refused) && refused.left).toEqual({
      _tag: 'Rejected',
      error: { _tag: 'OverLimit', message: '2 + 3 passes 4' },
    });
  });

  it('folds the stored event as it is without them, which this old event cannot be read by', async () => {
    const accepted = await handleCommand(await olderStream(), counter, 'c', { by: 3, max: 4 }, metadata);
    expect(isRight(accepted)).toBe(true);
  });
});

describe('the pipeline keeping stream states between submissions', () => {
  /** `store` with its version reads and stream reads counted. */
  function counted(store: MemoryStore): { store: EventStore; reads: { versions: string[]; folds: string[] } } {
    const reads = { versions: [] as string[], folds: [] as string[] };
    const watched = new Proxy(store, {
      get: (target, property) => {
        const value = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (property === 'streamVersion') {
          return (id: string) => {
            reads.versions.push(id);
            return target.streamVersion(id);
          };
        }
        if (property === 'readStream') {
          return (id: string) => {
            reads.folds.push(id);
            return target.readStream(id);
          };
        }
        return value.bind(target);
      },
    });
    return { store: watched, reads };
  }

  /** Adds 1 to `streamId`, never past the sum of the stream `limit` (a stream only consulted). */
  const incrementWithin =
    (streamId: string): Decide<HandleError<{ _tag: 'OverLimit'; message: string }>> =>
    async (decision) => {
      const max = await decision.state('limit', counter);
      const decided = counter.decide({ by: 1, max }, await decision.state(streamId, counter));
      if (isLeft(decided)) return left({ _tag: 'Rejected', error: decided.left });
      return right(await decision.record(streamId, counter as Aggregate<unknown>, decided.right, metadata));
    };

  const raise = (store: EventStore, by: number) =>
    store.append('limit', [{ streamId: 'limit', type: 'Incremented', schemaVersion: 1, data: { by }, metadata }]);

  it('given no other writer, when submissions follow each other, then each stream is folded once and no version is read', async () => {
    const memory = new MemoryStore();
    await raise(memory, 5);
    const { store, reads } = counted(memory);
    const pipeline = new CommandPipeline(store);
    for (let i = 0; i < 3; i++) expect(isRight(await pipeline.run(incrementWithin('c')))).toBe(true);
    expect(reads).toEqual({ versions: [], folds: ['limit', 'c'] });
    expect(await memory.streamVersion('c')).toBe(2);
  });

  it('given another writer raised a stream the pipeline only consulted, when the next submission decides, then it sees the raised state', async () => {
    const memory = new MemoryStore();
    await raise(memory, 1);
    const { store, reads } = counted(memory);
    const pipeline = new CommandPipeline(store);
    expect(isRight(await pipeline.run(incrementWithin('c')))).toBe(true);
    // The cached limit (1) would refuse a second increment; the raised one (6) allows it.
    await raise(memory, 5);
    expect(isRight(await pipeline.run(incrementWithin('c')))).toBe(true);
    expect(await memory.streamVersion('c')).toBe(1);
    expect(reads.folds).toEqual(['limit', 'c', 'limit']);
  });

  it('given another writer appended elsewhere, when the next submissions decide, then each cached state is checked once and kept while still current', async () => {
    const memory = new MemoryStore();
    await raise(memory, 9);
    const { store, reads } = counted(memory);
    const pipeline = new CommandPipeline(store);
    expect(isRight(await pipeline.run(incrementWithin('c')))).toBe(true);
    await memory.append('elsewhere', [{ streamId: 'elsewhere', type: 'Noted', schemaVersion: 1, data: {}, metadata }]);
    expect(isRight(await pipeline.run(incrementWithin('c')))).toBe(true);
    expect(isRight(await pipeline.run(incrementWithin('c')))).toBe(true);
    expect(reads).toEqual({ versions: ['limit', 'c'], folds: ['limit', 'c'] });
    expect(await memory.streamVersion('c')).toBe(2);
  });

  it('given another writer appended between its head read and its append, when the next submission decides, then it checks the cached states again', async () => {
    const memory = new MemoryStore();
    await raise(memory, 9);
    let interleave = true;
    const racing = withAppendBatch(memory, async (batch, options) => {
      if (interleave) await raise(memory, -8);
      interleave = false;
      return memory.appendBatch(batch, options);
    });
    const pipeline = new CommandPipeline(racing);
    expect(isRight(await pipeline.run(incrementWithin('c')))).toBe(true);
    // The limit is now 1 and c is 1: a state cached from before the raise would allow 2.
    const refused = await pipeline.run(incrementWithin('c'));
    expect(isLeft(refused) && refused.left).toMatchObject({ _tag: 'Rejected' });
    expect(await memory.streamVersion('c')).toBe(0);
  });
});
