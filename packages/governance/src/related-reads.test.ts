import { MemoryStore } from '@govledger/core';
import { isLeft, isRight, left } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { governanceCatalogue, governanceRegistry } from './catalogue.ts';
import type { Aggregate, CommandSpec } from './command.ts';
import { CommandRegistry } from './command-registry.ts';
import { committeeElectedBy, REVOCATION_REFERENCE, revokedByCourt } from './committees/test-fixtures.ts';
import { registeredPlaces } from './registry/test-fixtures.ts';
import { readRelatedStatesNow, relatedReads } from './related-reads.ts';
import { CommandExecutor } from './submit.ts';
import { describeSubmitError } from './submit-error.ts';
import type { GivenEvent } from './test-support/scenario.ts';

/** A stream's fold that keeps the `next` field of its last event: the stream it names. */
const pointer: Aggregate<string | null> = {
  initialState: null,
  evolve: (_state, event) => (typeof event.data.next === 'string' ? event.data.next : null),
};
const NoData = t.type({});
type Seen = { readonly first?: string | null; readonly second?: string | null };
/** Reads `first`, then the stream `first`'s state names; refuses with what it saw. */
const probe: CommandSpec<t.TypeOf<typeof NoData>, string | null, Seen> = {
  name: 'Probe',
  data: NoData,
  streamId: () => 'acting',
  aggregate: pointer,
  related: () => [{ key: 'first', streamId: 'first', aggregate: pointer }],
  relatedThrough: (_data, related) =>
    typeof related.first === 'string' ? [{ key: 'second', streamId: related.first, aggregate: pointer }] : [],
  decide: (_input, _state, related) => left({ _tag: 'Seen', message: JSON.stringify(related) }),
};

const at = '2024-06-01T00:00:00Z';

describe('related streams named through related states', () => {
  it('are read after the states that name them, in the order the spec gives', () => {
    const walk = relatedReads(probe, {}, at, null);
    const first = walk.next();
    expect(first.value).toMatchObject({ key: 'first', streamId: 'first' });
    const second = walk.next('stream-b');
    expect(second.value).toMatchObject({ key: 'second', streamId: 'stream-b' });
    const done = walk.next('end');
    expect(done).toEqual({ done: true, value: { first: 'stream-b', second: 'end' } });
  });

  it('are not read when no related state names one', () => {
    const states = readRelatedStatesNow(probe, {}, at, null, () => null);
    expect(states).toEqual({ first: null });
  });

  it('reach the rule through the executor, folded from the store', async () => {
    const store = new MemoryStore({ clock: () => new Date(at) });
    const metadata = { actor: { id: 'op', role: 'system' }, occurredAt: at };
    await store.append('first', [
      { streamId: 'first', type: 'Pointed', schemaVersion: 1, data: { next: 'b' }, metadata },
    ]);
    await store.append('b', [{ streamId: 'b', type: 'Pointed', schemaVersion: 1, data: { next: 'end' }, metadata }]);
    const executor = new CommandExecutor(store, {
      registry: new CommandRegistry([probe]),
      catalogue: governanceCatalogue,
      clock: () => new Date(at),
    });
    const result = await executor.submit([
      { line: 1, value: { command: 'Probe', actor: metadata.actor, occurredAt: at, data: {} } },
    ]);
    expect(isLeft(result) && result.left._tag === 'CommandRejected' ? result.left.error.message : 'accepted').toBe(
      JSON.stringify({ first: 'b', second: 'end' }),
    );
  });
});

describe('ElectionRevoked through the executor and its cache of stream states', () => {
  /** Appends a given history to the store as the events it records. */
  async function record(store: MemoryStore, history: readonly GivenEvent[]): Promise<void> {
    for (const g of history) {
      const { streamId, event, act } = g;
      const appended = await store.append(streamId, [
        {
          streamId,
          type: event.type,
          schemaVersion: event.schemaVersion ?? 1,
          data: event.data,
          metadata: { actor: act.actor, occurredAt: act.occurredAt },
        },
      ]);
      if (isLeft(appended)) throw new Error(JSON.stringify(appended.left));
    }
  }
  const now = '2024-11-01T00:00:00Z';
  const propose = (voteId: string) => ({
    line: 1,
    value: {
      command: 'ProposeVote',
      actor: { id: 'oc-yuesheng', role: 'owners-committee' },
      occurredAt: now,
      data: { voteId, communityId: 'yuesheng', matter: 4, title: '续聘物业服务企业' },
    },
  });

  it('refuses the next vote a committee convenes once its election is revoked, though the executor folded that vote before', async () => {
    const store = new MemoryStore({ clock: () => new Date(now) });
    await record(store, [...registeredPlaces({ communities: ['yuesheng'] }), ...committeeElectedBy('v3')]);
    const executor = new CommandExecutor(store, {
      registry: governanceRegistry,
      catalogue: governanceCatalogue,
      clock: () => new Date(now),
    });
    const first = await executor.submit([propose('v10')]);
    expect(isRight(first), isLeft(first) ? describeSubmitError(first.left) : '').toBe(true);
    await record(store, [revokedByCourt('v3', now)]);
    const second = await executor.submit([propose('v11')]);
    expect(isLeft(second) && second.left._tag === 'CommandRejected' ? second.left.error._tag : 'accepted').toBe(
      'ElectionRevoked',
    );
    expect(isLeft(second) ? describeSubmitError(second.left) : '').toContain(REVOCATION_REFERENCE);
  });
});
