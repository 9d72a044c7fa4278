import { defineEvent, NonEmptyString } from '@govledger/core';
import { left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import type { Aggregate, CommandSpec } from '../command.ts';
import { emitted, event, given } from './scenario.ts';
import { TestLedger } from './test-ledger.ts';

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
const act = { actor: { id: 'a', role: 'system' }, occurredAt: '2024-01-01T00:00:00Z' };

describe('TestLedger', () => {
  it('numbers events across the log and within each stream', () => {
    const ledger = new TestLedger([Noted]);
    ledger.accept(Note, { ...act, data: { id: 'x', text: 'one' } });
    ledger.record('other-x', { type: Noted.type, data: { text: 'aside' } });
    ledger.accept(Note, { ...act, data: { id: 'x', text: 'two' } });
    expect(ledger.events.map((e) => [e.index, e.streamId, e.streamVersion])).toEqual([
      [0, 'note-x', 0],
      [1, 'other-x', 0],
      [2, 'note-x', 1],
    ]);
  });

  it('throws when a decider emits data its event codec refuses', () => {
    const ledger = new TestLedger([Noted]);
    expect(() => ledger.submit(Note, { ...act, data: { id: 'x', text: '' } })).toThrow(/does not match its codec/);
  });

  it('throws when a decider emits data that is not plain JSON', () => {
    const ledger = new TestLedger();
    expect(() => ledger.record('s', { type: 'X', data: { at: undefined } })).toThrow(/not representable in JSON/);
  });

  it('returns a decode error for command data its codec refuses, recording nothing', () => {
    const ledger = new TestLedger([Noted]);
    const result = ledger.submit(Note, { ...act, data: { id: 'x' } as unknown as { id: string; text: string } });
    expect(result._tag === 'Left' && result.left._tag).toBe('DecodeError');
    expect(ledger.events).toHaveLength(0);
  });
});

describe('given / when / then', () => {
  it('folds the acting stream and the related streams from the history', () => {
    const history = [
      event('note-x', Noted, { text: 'a' }),
      event('note-x', Noted, { text: 'b' }),
      event('other-x', Noted, { text: 'c' }),
    ];
    given(...history)
      .when(Note, { ...act, data: { id: 'x', text: 'd' } })
      .thenError('TooMany', 'already 2 notes (related 10)');
  });

  it('checks the events recorded, in order', () => {
    given()
      .when(Note, { ...act, data: { id: 'x', text: 'first' } })
      .thenEvents(emitted(Noted, { text: 'first' }));
  });

  it('fails a scenario expecting an error when the command is accepted', () => {
    expect(() =>
      given()
        .when(Note, { ...act, data: { id: 'x', text: 'ok' } })
        .thenError('TooMany'),
    ).toThrow(/accepted: Noted/);
  });

  it('fails a scenario expecting events when the command is refused', () => {
    const history = [event('note-x', Noted, { text: 'a' }), event('note-x', Noted, { text: 'b' })];
    expect(() =>
      given(...history)
        .when(Note, { ...act, data: { id: 'x', text: 'c' } })
        .thenEvents(),
    ).toThrow(/refused: TooMany/);
  });
});
