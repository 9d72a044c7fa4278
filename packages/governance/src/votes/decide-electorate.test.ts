import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { emitted, event, given } from '../test-support/scenario.ts';
import { registeredPlaces } from '../registry/test-fixtures.ts';
import { UnitEnded, UnitOwnershipTransferred, UnitsRegistered, unitRegisterStreamId } from '../units/events.ts';
import { unitRegisterHistory } from '../units/test-fixtures.ts';
import { voteAggregate } from './aggregate.ts';
import { RegisterElectorate } from './commands.ts';
import { electorateRegisteredUpcaster } from './electorate.ts';
import { ElectorateRegistered, ElectorateRegisteredV2, isVoteEvent } from './events.ts';
import { committee, electorate, open, proposed, registered, t0 } from './test-fixtures.ts';

const community = 'yuesheng';
const whole = { kind: 'community' as const, communityId: community };
const registerHistory = unitRegisterHistory(community);
const derived = [
  { unitId: 'a', ownerId: 'person-1', ownerKind: 'individual' as const, areaM2Hundredths: 5_000 },
  { unitId: 'b', ownerId: 'person-2', ownerKind: 'individual' as const, areaM2Hundredths: 10_000 },
  { unitId: 'c', ownerId: 'person-3', ownerKind: 'individual' as const, areaM2Hundredths: 15_000 },
  { unitId: 'd', ownerId: 'dev-huaxia', ownerKind: 'developer-unsold' as const, areaM2Hundredths: 10_000 },
];

describe('RegisterElectorate derives the electorate from the unit register (who votes is who pays)', () => {
  it('given a unit register, when the committee names the community as scope, then owners and areas come from the register as of the recording', async () => {
    await given(...registerHistory, proposed)
      .when(RegisterElectorate, { data: { voteId: 'v1', scope: whole }, actor: committee, occurredAt: t0 })
      .thenEvents(emitted(ElectorateRegisteredV2, { voteId: 'v1', scope: whole, asOf: t0, units: derived }));
  });

  it('given a building scope, when registered, then only that building’s units vote', async () => {
    const scope = { kind: 'buildings' as const, communityId: community, buildingIds: ['b2'] };
    await given(...registerHistory, proposed)
      .when(RegisterElectorate, { data: { voteId: 'v1', scope }, actor: committee, occurredAt: t0 })
      .thenEvents(emitted(ElectorateRegisteredV2, { voteId: 'v1', scope, asOf: t0, units: derived.slice(2) }));
  });

  it('given the units sharing a repaired lift (列支范围), when registered, then those units and their registered owners vote', async () => {
    const scope = { kind: 'shared-part' as const, communityId: community, part: '1号楼电梯', unitIds: ['a', 'b'] };
    await given(...registerHistory, proposed)
      .when(RegisterElectorate, { data: { voteId: 'v1', scope }, actor: committee, occurredAt: t0 })
      .thenEvents(emitted(ElectorateRegisteredV2, { voteId: 'v1', scope, asOf: t0, units: derived.slice(0, 2) }));
  });

  it('given a transfer and an ended unit before the vote, then the new owner votes and the ended unit does not', async () => {
    const stream = unitRegisterStreamId(community);
    const history = [
      ...registerHistory,
      event(stream, UnitOwnershipTransferred, {
        communityId: community,
        unitId: 'a',
        fromOwnerId: 'person-1',
        toOwnerId: 'person-7',
        ownerKind: 'individual',
      }),
      event(stream, UnitEnded, { communityId: community, unitId: 'b', reason: '拆除' }),
      proposed,
    ];
    await given(...history)
      .when(RegisterElectorate, { data: { voteId: 'v1', scope: whole }, actor: committee, occurredAt: t0 })
      .thenEvents(
        emitted(ElectorateRegisteredV2, {
          voteId: 'v1',
          scope: whole,
          asOf: t0,
          units: [{ ...derived[0]!, ownerId: 'person-7' }, derived[2]!, derived[3]!],
        }),
      );
  });

  it('refuses a typed-in list of units, naming ElectorateNotDerived', async () => {
    await given(...registerHistory, proposed)
      .when(RegisterElectorate, {
        data: { voteId: 'v1', scope: whole, units: electorate },
        actor: committee,
        occurredAt: t0,
      })
      .thenError('ElectorateNotDerived');
  });

  it('refuses a scope in another community than the vote’s', async () => {
    await given(...unitRegisterHistory('other'), proposed)
      .when(RegisterElectorate, {
        data: { voteId: 'v1', scope: { kind: 'community', communityId: 'other' } },
        actor: committee,
        occurredAt: t0,
      })
      .thenError('InvalidElectorate', 'the vote is of yuesheng');
  });

  it('refuses a scope the register cannot fill: no units, an unknown building, an unknown unit', async () => {
    await given(proposed)
      .when(RegisterElectorate, { data: { voteId: 'v1', scope: whole }, actor: committee, occurredAt: t0 })
      .thenError('InvalidElectorate', 'holds no active unit');
    await given(...registerHistory, proposed)
      .when(RegisterElectorate, {
        data: { voteId: 'v1', scope: { kind: 'buildings', communityId: community, buildingIds: ['b9'] } },
        actor: committee,
        occurredAt: t0,
      })
      .thenError('InvalidElectorate', 'building b9');
    await given(...registerHistory, proposed)
      .when(RegisterElectorate, {
        data: { voteId: 'v1', scope: { kind: 'shared-part', communityId: community, part: '水泵', unitIds: ['zz'] } },
        actor: committee,
        occurredAt: t0,
      })
      .thenError('InvalidElectorate', 'unit zz');
  });

  it('refuses a second registration, and any once voting opened', async () => {
    await given(...registerHistory, proposed, registered)
      .when(RegisterElectorate, { data: { voteId: 'v1', scope: whole }, actor: committee, occurredAt: t0 })
      .thenError('InvalidElectorate', 'already registered');
    await given(...registerHistory, ...open)
      .when(RegisterElectorate, { data: { voteId: 'v1', scope: whole }, actor: committee, occurredAt: t0 })
      .thenError('VoteStatusForbids', 'while it is open');
  });

  it('lets only the owners’ committee register the electorate (Forbidden)', async () => {
    await given(...registerHistory, proposed)
      .when(RegisterElectorate, {
        data: { voteId: 'v1', scope: whole },
        actor: { id: 'pc-1', role: 'property-company' },
        occurredAt: t0,
      })
      .thenError('Forbidden');
  });

  it('records 250 units as three events of at most 100, and the vote counts them all', async () => {
    const units = Array.from({ length: 250 }, (_, i) => ({
      unitId: `u${i}`,
      buildingId: 'b1',
      ownerId: `person-${i}`,
      ownerKind: 'individual' as const,
      areaM2Hundredths: 100,
    }));
    const stream = unitRegisterStreamId(community);
    const history = [...registeredPlaces({ communities: [community] })];
    for (let i = 0; i < units.length; i += 100) {
      history.push(event(stream, UnitsRegistered, { communityId: community, units: units.slice(i, i + 100) }));
    }
    const events = await given(...history, proposed)
      .when(RegisterElectorate, { data: { voteId: 'v1', scope: whole }, actor: committee, occurredAt: t0 })
      .thenAccepted();
    expect(events.map((e) => (e.data as { units: unknown[] }).units.length)).toEqual([100, 100, 50]);
    const ledger = new TestLedger();
    let state = voteAggregate.initialState;
    for (const e of [proposed.event, ...events]) {
      const recorded = await ledger.record('vote-v1', e, { actor: committee, occurredAt: t0 });
      if (!isVoteEvent(recorded)) throw new Error(`${recorded.type} is not a vote event`);
      state = voteAggregate.evolve(state, recorded);
    }
    expect(state.tally.totalOwners).toBe(250);
    expect(state.tally.totalAreaM2Hundredths).toBe(25_000);
  });
});

describe('electorateRegisteredUpcaster', () => {
  it('lifts a typed-in schema-1 electorate to schema 2 with no scope, keeping ids, kinds and areas but no name', () => {
    const data = registered.event.data as Record<string, unknown>;
    const lifted = electorateRegisteredUpcaster.upcast(data, {} as never);
    expect(electorateRegisteredUpcaster.type).toBe(ElectorateRegistered.type);
    expect(ElectorateRegisteredV2.codec.is(lifted)).toBe(true);
    expect(lifted).toMatchObject({ voteId: 'v1', scope: null, asOf: null });
    expect(JSON.stringify(lifted)).not.toContain('ownerName');
  });
});
