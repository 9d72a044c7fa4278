import { defineEvent, NonEmptyString } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import type { Aggregate, CommandSpec } from '../command.ts';
import { emitted, event, given } from './scenario.ts';
import { TestLedger, type TestRejection } from './test-ledger.ts';

const Noted = defineEvent('Noted', t.type({ text: NonEmptyString }));
const count: Aggregate<number> = { initialState: 0, evolve: (n) => n + 1 };
const seen: Aggregate<number> = { initialState: 0, evolve: (n) => n + 10 };

/** Notes `text` on `note-<id>`, after consulting `other-<id>`; refuses a third note. */
const Note: CommandSpec<{ id: string; text: string }, number> = {
  name: 'Note',
  data: t.type({ id: t.string, text: t.string }),
  streamId: (d) => `note-${d.id}`,
  aggregate: count,
  related: (d) => [{ key: 'other', streamId: `other-${d.id}`, aggregate: seen }],
  decide: (input, state, related) =>
    state >= 2
      ? left({ _tag: 'TooMany', message: `already ${state} notes (related ${String(related.other)})` })
      : right([{ type: Noted.type, data: { text: input.data.text } }]),
};
/** The message of a refusal (or of a decode error, its problems), to compare with the rule's. */
const refusal = (result: Either<TestRejection, unknown>): string | null =>
  isLeft(result) ? ('message' in result.left ? result.left.message : result.left._tag) : null;
const act = { actor: { id: 'a', role: 'system' }, occurredAt: '2024-01-01T00:00:00Z' };

describe('TestLedger', () => {
  it('numbers events across the log and within each stream', async () => {
    const ledger = new TestLedger([Noted]);
    await ledger.accept(Note, { ...act, data: { id: 'x', text: 'one' } });
    await ledger.record('other-x', { type: Noted.type, data: { text: 'aside' } });
    await ledger.accept(Note, { ...act, data: { id: 'x', text: 'two' } });
    expect(ledger.events.map((e) => [e.index, e.streamId, e.streamVersion])).toEqual([
      [0, 'note-x', 0],
      [1, 'other-x', 0],
      [2, 'note-x', 1],
    ]);
  });

  it('records in the memory store what the executor appended', async () => {
    const ledger = new TestLedger([Noted]);
    await ledger.accept(Note, { ...act, data: { id: 'x', text: 'one' } });
    const stored = [];
    for await (const e of ledger.store.readStream('note-x')) stored.push(e);
    expect(stored).toEqual(ledger.stream('note-x'));
    expect((await ledger.store.head()).size).toBe(1);
  });

  it('throws when a decider emits data its event codec refuses', async () => {
    const ledger = new TestLedger([Noted]);
    await expect(ledger.submit(Note, { ...act, data: { id: 'x', text: '' } })).rejects.toThrow(/fails its codec/);
  });

  it('throws when a test records data that is not plain JSON', async () => {
    const ledger = new TestLedger();
    await expect(ledger.record('s', { type: 'X', data: { at: undefined } })).rejects.toThrow(
      /not representable in JSON/,
    );
  });

  it('returns a decode error for command data its codec refuses, recording nothing', async () => {
    const ledger = new TestLedger([Noted]);
    const result = await ledger.submit(Note, { ...act, data: { id: 'x' } as unknown as { id: string; text: string } });
    expect(result._tag === 'Left' && result.left._tag).toBe('DecodeError');
    expect(ledger.events).toHaveLength(0);
  });

  it('records a command at its recordedAt, the time its rule decided against', async () => {
    const ledger = new TestLedger([Noted]);
    const [recorded] = await ledger.accept(Note, {
      ...act,
      recordedAt: '2024-01-02T00:00:00.000Z',
      data: { id: 'x', text: 'late' },
    });
    expect(recorded?.metadata.recordedAt).toBe('2024-01-02T00:00:00.000Z');
  });

  it('refuses a command dated before the window of a time policy it is given', async () => {
    const ledger = new TestLedger([Noted], { timePolicy: { maxBackdateMs: 3_600_000 } });
    const late = { ...act, recordedAt: '2024-01-02T00:00:00Z', data: { id: 'x', text: 'late' } };
    const result = await ledger.submit(Note, late);
    expect(result._tag === 'Left' && result.left._tag).toBe('OccurredBeforeSkew');
    expect(await ledger.submit(Note, { ...late, backfilled: true })).toMatchObject({ _tag: 'Right' });
  });
});

describe("the executor's cache of stream states under a TestLedger", () => {
  it('decides on the state another writer left, not on the state it cached after its own append', async () => {
    const ledger = new TestLedger([Noted]);
    await ledger.accept(Note, { ...act, data: { id: 'x', text: 'one' } });
    // Another writer appends to the acting stream: the cached state (one note) is stale.
    await ledger.record('note-x', { type: Noted.type, data: { text: 'by another writer' } });
    const third = await ledger.submit(Note, { ...act, data: { id: 'x', text: 'three' } });
    expect(refusal(third)).toBe('already 2 notes (related 0)');
  });

  it('decides on a related state another writer changed after the cache folded it', async () => {
    // Only the acting stream's version is checked at the append: a stale related state would
    // go unnoticed there, so the cache itself must see that `other-x` moved on.
    const Guarded: CommandSpec<{ id: string; text: string }, number, { other: number }> = {
      ...Note,
      relatedThrough: undefined,
      name: 'Guarded',
      related: (d) => [{ key: 'other', streamId: `other-${d.id}`, aggregate: seen }],
      decide: (input, _state, related) =>
        related.other > 0
          ? left({ _tag: 'OtherMovedOn', message: `other-${input.data.id} moved on` })
          : right([{ type: Noted.type, data: { text: input.data.text } }]),
    };
    const ledger = new TestLedger([Noted]);
    await ledger.accept(Guarded, { ...act, data: { id: 'x', text: 'one' } });
    await ledger.record('other-x', { type: Noted.type, data: { text: 'aside' } });
    const second = await ledger.submit(Guarded, { ...act, data: { id: 'x', text: 'two' } });
    expect(refusal(second)).toBe('other-x moved on');
  });

  it('keeps a cached state that no other writer touched, without folding the stream again', async () => {
    let folds = 0;
    const counting: Aggregate<number> = {
      initialState: 0,
      evolve: (n) => {
        folds++;
        return n + 1;
      },
    };
    const Counted: CommandSpec<{ id: string; text: string }, number> = { ...Note, aggregate: counting };
    const ledger = new TestLedger([Noted]);
    await ledger.accept(Counted, { ...act, data: { id: 'y', text: 'one' } });
    await ledger.accept(Counted, { ...act, data: { id: 'y', text: 'two' } });
    // Each decided event is folded once into the cached state; a replay would fold 1 + 2 events.
    expect(folds).toBe(2);
  });
});

/** A history that only makes the Noted type known to the scenario's catalogue. */
const elsewhere = event('elsewhere', Noted, { text: 'z' });

describe('given / when / then', () => {
  it('folds the acting stream and the related streams from the history', async () => {
    const history = [
      event('note-x', Noted, { text: 'a' }),
      event('note-x', Noted, { text: 'b' }),
      event('other-x', Noted, { text: 'c' }),
    ];
    await given(...history)
      .when(Note, { ...act, data: { id: 'x', text: 'd' } })
      .thenError('TooMany', 'already 2 notes (related 10)');
  });

  it('checks the events recorded, in order', async () => {
    await given(elsewhere)
      .when(Note, { ...act, data: { id: 'x', text: 'first' } })
      .thenEvents(emitted(Noted, { text: 'first' }));
  });

  it('fails a scenario expecting an error when the command is accepted', async () => {
    await expect(
      given(elsewhere)
        .when(Note, { ...act, data: { id: 'x', text: 'ok' } })
        .thenError('TooMany'),
    ).rejects.toThrow(/accepted: Noted/);
  });

  it('fails a scenario expecting events when the command is refused', async () => {
    const history = [event('note-x', Noted, { text: 'a' }), event('note-x', Noted, { text: 'b' })];
    await expect(
      given(...history)
        .when(Note, { ...act, data: { id: 'x', text: 'c' } })
        .thenEvents(),
    ).rejects.toThrow(/refused: TooMany/);
  });
});
