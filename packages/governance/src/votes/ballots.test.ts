import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { voteAggregate } from './aggregate.ts';
import { registryEvents } from '../registry/index.ts';
import { CastBallot, CertifyResult, CloseVoting } from './commands.ts';
import type { ElectorateUnitInput } from './command-data.ts';
import { type Choice, type ResultCertifiedData, type Tally, type VotingClosedData, voteEvents } from './events.ts';
import { voteResults } from './project.ts';
import { convene, countOf, procedureTimes } from './test-fixtures.ts';

const committee = { id: 'oc', role: 'owners-committee' };
const DEVELOPER = 'dev-1';

/** An electorate: per owner, the areas of their units; the last owner may be the developer. */
const electorateArb = fc.record({
  owners: fc.array(fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 10,
  }),
  withDeveloper: fc.boolean(),
});
const choiceArb = fc.constantFrom<Choice>('approve', 'reject', 'abstain');

function units(e: { owners: number[][]; withDeveloper: boolean }): ElectorateUnitInput[] {
  return e.owners.flatMap((areas, i) => {
    const developer = e.withDeveloper && i === e.owners.length - 1;
    return areas.map((areaM2Hundredths, j) => ({
      unitId: `u${i}-${j}`,
      ownerId: developer ? DEVELOPER : `person-${i}`,
      ownerName: `owner ${i}`,
      ownerKind: developer ? ('developer-unsold' as const) : ('individual' as const),
      areaM2Hundredths,
    }));
  });
}

/** A blinding for the `k`-th ballot of the run, as a client's random bytes would be. */
function blindingFor(ownerId: string, k: number): string {
  return createHash('sha256').update(`${ownerId}/${k}`).digest('hex');
}

/** Runs a vote on `matter` with the ballots in the order given; returns the ledger. */
async function runVote(
  electorate: ElectorateUnitInput[],
  ballots: readonly [string, Choice][],
  matter: 4 | 6 = 4,
): Promise<TestLedger> {
  const ledger = new TestLedger([...voteEvents, ...registryEvents]);
  await convene(ledger, { voteId: 'v', communityId: 'c', matter, title: 'T', electorate });
  for (const [k, [ownerId, choice]] of ballots.entries()) {
    const role = ownerId === DEVELOPER ? 'developer' : 'owner';
    await ledger.accept(CastBallot, {
      actor: { id: ownerId, role },
      occurredAt: '2024-05-05T00:00:00Z',
      data: { voteId: 'v', choice, blinding: blindingFor(ownerId, k) },
    });
  }
  await ledger.accept(CloseVoting, {
    actor: committee,
    occurredAt: '2024-05-10T00:00:00Z',
    data: { voteId: 'v', count: countOf(ledger.events, 'v') },
  });
  await ledger.accept(CertifyResult, {
    actor: committee,
    occurredAt: procedureTimes.objectionsEndAt,
    data: { voteId: 'v' },
  });
  return ledger;
}

function lastData<T>(ledger: TestLedger, type: string): T {
  return ledger.events.filter((e) => e.type === type).at(-1)?.data as T;
}

describe('ballot counting', () => {
  it('tallies exactly the sum of each owner’s last ballot, each owner counted once', async () => {
    await fc.assert(
      fc.asyncProperty(electorateArb, fc.array(fc.tuple(fc.nat(), choiceArb), { maxLength: 40 }), async (e, picks) => {
        const electorate = units(e);
        const ownerIds = [...new Set(electorate.map((u) => u.ownerId))];
        const ballots = picks.map(([i, choice]) => [ownerIds[i % ownerIds.length]!, choice] as [string, Choice]);
        const ledger = await runVote(electorate, ballots);

        const last = new Map(ballots);
        const expected: Tally = {
          totalAreaM2Hundredths: electorate.reduce((s, u) => s + u.areaM2Hundredths, 0),
          totalOwners: ownerIds.length,
          approve: { areaM2Hundredths: 0, owners: 0 },
          reject: { areaM2Hundredths: 0, owners: 0 },
          abstain: { areaM2Hundredths: 0, owners: 0 },
        };
        for (const [ownerId, choice] of last) {
          expected[choice].owners++;
          for (const u of electorate)
            if (u.ownerId === ownerId) expected[choice].areaM2Hundredths += u.areaM2Hundredths;
        }
        expect(lastData<VotingClosedData>(ledger, 'VotingClosed').tally).toEqual(expected);
        expect(ledger.state('vote-v', voteAggregate).tally).toEqual(expected);
        expect(ledger.project(voteResults).votes.v?.tally).toEqual(expected);
      }),
    );
  });

  it('reaches the same result whatever order the owners’ ballots arrive in', async () => {
    const historyArb = fc.array(fc.array(choiceArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(
        electorateArb,
        historyArb,
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.constantFrom(4 as const, 6 as const),
        async (e, histories, seed, matter) => {
          const electorate = units(e);
          const ownerIds = [...new Set(electorate.map((u) => u.ownerId))];
          // Each owner's own ballots keep their order; owners interleave differently.
          const perOwner = ownerIds.map((id, i) => (histories[i] ?? []).map((c) => [id, c] as [string, Choice]));
          const inOrder = perOwner.flat();
          const tokens = perOwner.flatMap((b, i) => b.map(() => i));
          const shuffled = tokens.map((owner, k) => ({ owner, key: seed[k] ?? k })).sort((a, b) => a.key - b.key);
          const next = perOwner.map(() => 0);
          const interleaved = shuffled.map(({ owner }) => perOwner[owner]![next[owner]!++]!);

          const a = lastData<ResultCertifiedData>(await runVote(electorate, inOrder, matter), 'ResultCertified');
          const b = lastData<ResultCertifiedData>(await runVote(electorate, interleaved, matter), 'ResultCertified');
          expect(b).toEqual(a);
        },
      ),
    );
  });
});
