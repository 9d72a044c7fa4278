import { type Aggregate, MemoryStore, type RecordedEvent, type Upcaster } from '@govledger/core';
import { isLeft, left } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { governanceCatalogue } from './catalogue.ts';
import type { CommandSpec } from './command.ts';
import { CommandRegistry } from './command-registry.ts';
import { CommandExecutor } from './submit.ts';
import { AREA_UPCASTERS, governanceUpcasters, makeGovernanceUpcasters } from './upcasters.ts';
import { ElectorateRegistered, VoteProposed } from './votes/events.ts';

const metadata = { actor: { id: 'oc-1', role: 'owners-committee' }, occurredAt: '2023-03-01T00:00:00Z' };
/** A stored event of schema `schemaVersion` (the fields of a recorded event a fold reads). */
const stored = (type: string, schemaVersion: number, data: Record<string, unknown>): RecordedEvent => ({
  index: 0,
  streamId: 'vote-old',
  streamVersion: 0,
  eventId: 'e-0',
  type,
  schemaVersion,
  data,
  metadata: { ...metadata, recordedAt: '2023-03-01T00:00:00Z' },
});

describe('the ledger-wide upcaster registry', () => {
  it('lifts a vote proposed before the assembly procedure to schema 2, proposed under no procedure', () => {
    const proposal = { voteId: 'v-old', communityId: 'c-1', matter: 4, title: '续聘物业' };
    const lifted = governanceUpcasters.upcast(stored(VoteProposed.type, 1, proposal));
    expect(lifted.schemaVersion).toBe(2);
    expect(lifted.data).toEqual({ ...proposal, convenedBy: null, petitioners: [], grounds: null, procedure: null });
  });

  it('lifts a typed-in electorate of schema 1 to schema 2, with no scope and no register time', () => {
    const units = [{ unitId: 'u-1', ownerId: 'person-1', ownerKind: 'person', areaM2Hundredths: 9000, name: 'x' }];
    const lifted = governanceUpcasters.upcast(stored(ElectorateRegistered.type, 1, { voteId: 'v-old', units }));
    expect(lifted).toMatchObject({ schemaVersion: 2, data: { voteId: 'v-old', scope: null, asOf: null } });
  });

  it('holds every upcaster each area contributes', () => {
    for (const upcaster of Object.values(AREA_UPCASTERS).flat()) {
      const lifted = governanceUpcasters.upcast(
        stored(upcaster.type, upcaster.fromVersion, { voteId: 'v', units: [] }),
      );
      expect(lifted.schemaVersion, `${upcaster.type}@${upcaster.fromVersion}`).toBeGreaterThan(upcaster.fromVersion);
    }
  });

  it('refuses two areas lifting the same event schema: one event has one meaning', () => {
    const twice: Upcaster = { type: 'X', fromVersion: 1, upcast: (data) => data };
    expect(() => makeGovernanceUpcasters({ a: [twice], b: [twice] })).toThrow(/X@1/);
  });

  it('is applied by the executor to the events its rules fold', async () => {
    const store = new MemoryStore();
    const old = { streamId: 'vote-old', type: VoteProposed.type, schemaVersion: 1, data: {}, metadata };
    await store.appendBatch([{ streamId: 'vote-old', expectedVersion: 'no-stream', events: [old] }], {
      recordedAt: '2023-03-01T00:00:00Z',
    });
    /** A fold that remembers the schema versions it was given. */
    const versions: Aggregate<number[]> = { initialState: [], evolve: (seen, event) => [...seen, event.schemaVersion] };
    const NoData = t.type({});
    const probe: CommandSpec<t.TypeOf<typeof NoData>, number[]> = {
      name: 'Probe',
      data: NoData,
      streamId: () => 'vote-old',
      aggregate: versions,
      decide: (_input, seen) => left({ _tag: 'Seen', message: seen.join(',') }),
    };
    const seenWith = async (upcasters?: typeof governanceUpcasters) => {
      const executor = new CommandExecutor(store, {
        registry: new CommandRegistry([probe]),
        catalogue: governanceCatalogue,
        clock: () => new Date('2024-01-01T00:00:00Z'),
        ...(upcasters ? { upcasters } : {}),
      });
      const line = { command: 'Probe', actor: metadata.actor, occurredAt: '2024-01-01T00:00:00Z', data: {} };
      const result = await executor.submit([{ line: 1, value: line }]);
      return isLeft(result) && result.left._tag === 'CommandRejected' ? result.left.error.message : 'accepted';
    };
    expect(await seenWith(governanceUpcasters)).toBe('2');
    expect(await seenWith()).toBe('1');
  });
});
