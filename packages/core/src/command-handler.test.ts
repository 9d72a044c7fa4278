import { isLeft, isRight, left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { handleCommand } from './command-handler.ts';
import type { Decider } from './decider.ts';
import { MemoryStore } from './memory-store.ts';
import type { EventStore } from './store.ts';

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
    const racing: EventStore = Object.create(store);
    racing.append = async (streamId, events, expected) => {
      if (!raced) {
        raced = true;
        await store.append(streamId, [{ ...events[0]!, data: { by: 4 } }]);
      }
      return store.append(streamId, events, expected);
    };
    racing.readStream = (id, options) => store.readStream(id, options);
    const result = await handleCommand(racing, counter, 'c', { by: 2, max: 5 }, metadata);
    expect(isLeft(result) && result.left._tag).toBe('Rejected');
    expect(await store.streamVersion('c')).toBe(0);
  });

  it('gives up after the bounded number of conflicts', async () => {
    const store = new MemoryStore();
    const hostile: EventStore = Object.create(store);
    hostile.readStream = (id, options) => store.readStream(id, options);
    hostile.append = async (streamId) =>
      left({ _tag: 'WrongExpectedVersion', streamId, expected: 'no-stream', actual: 7 });
    const result = await handleCommand(hostile, counter, 'c', { by: 1, max: 5 }, metadata, { maxRetries: 2 });
    expect(isLeft(result) && result.left).toEqual({ _tag: 'TooManyConflicts', streamId: 'c', attempts: 3 });
  });
});
