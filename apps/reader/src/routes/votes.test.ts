import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/votes', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('lists votes in the order proposed, filtered by community and status', async () => {
    const all = (await get(reader.app, '/v1/votes')).json();
    expect(
      all.votes.map((v: { voteId: string; status: string; passed: boolean | null }) => [v.voteId, v.status, v.passed]),
    ).toEqual([
      ['v-1', 'certified', true],
      ['v-2', 'open', null],
      ['v-3', 'certified', true],
    ]);
    expect((await get(reader.app, '/v1/votes?status=open')).json().votes).toHaveLength(1);
    expect((await get(reader.app, '/v1/votes?community=cm-2')).json().votes).toEqual([]);
  });
});

describe('GET /v1/votes/:voteId', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('breaks a certified vote down under Civil Code art. 278', async () => {
    const { vote } = (await get(reader.app, '/v1/votes/v-1')).json();
    expect(vote).toMatchObject({
      matter: 4,
      approvalRule: 'more-than-half',
      status: 'certified',
      unitCount: 4,
      electorate: { areaM2Hundredths: 39920, owners: 3 },
      participating: { areaM2Hundredths: 39920, owners: 3, areaWithheld: null },
      choices: {
        approve: { areaM2Hundredths: 30970, owners: 2 },
        reject: { areaM2Hundredths: 8950, owners: 1 },
        abstain: { areaM2Hundredths: 0, owners: 0 },
      },
      passed: true,
    });
    expect(vote.outcome).toMatchObject({
      participationMet: true,
      approvalMet: true,
      passed: true,
      certified: true,
      reasons: [],
    });
    expect(
      vote.outcome.checks.map((c: { name: string; needed: number; met: boolean }) => [c.name, c.needed, c.met]),
    ).toEqual([
      ['participating-area', 26614, true],
      ['participating-owners', 2, true],
      ['approving-area', 19961, true],
      ['approving-owners', 2, true],
    ]);
  });

  it('counts a changed ballot once, for its last choice', async () => {
    const { vote } = (await get(reader.app, '/v1/votes/v-3')).json();
    expect(vote.changedBallots).toBe(1);
    expect(vote.choices.approve).toEqual({ areaM2Hundredths: 27920, owners: 2 });
    expect(vote.choices.abstain).toEqual({ areaM2Hundredths: 0, owners: 0 });
  });

  it('hides the weight behind each choice while voting is open, at every point of the vote', async () => {
    const open = (await get(reader.app, '/v1/votes/v-2')).json().vote;
    expect(open).toMatchObject({ status: 'open', choices: null, outcome: null, passed: null });
    // Heads only: a pseudonymous ballot's weight is sealed until the closing count.
    expect(open.participating).toEqual({ areaM2Hundredths: null, owners: 1, areaWithheld: 'sealed-until-closing' });
    for (const [asOf, owners] of [
      ['2024-03-03T01:00:00Z', 1],
      ['2024-03-04T01:00:00Z', 2],
      ['2024-03-05T01:00:00Z', 3],
    ] as const) {
      const during = (await get(reader.app, `/v1/votes/v-1?asOf=${asOf}`)).json().vote;
      expect(during.status, asOf).toBe('open');
      expect(during.choices, asOf).toBeNull();
      expect(during.participating, asOf).toEqual({
        areaM2Hundredths: null,
        owners,
        areaWithheld: 'sealed-until-closing',
      });
    }
  });

  it('says the participating area is not public, rather than 0, until the closing count publishes it', async () => {
    const before = (await get(reader.app, '/v1/votes/v-1?asOf=2024-03-05T01:00:00Z')).json().vote;
    expect(before.participating.areaM2Hundredths).toBeNull();
    const closed = (await get(reader.app, '/v1/votes/v-1')).json().vote;
    expect(closed.participating).toEqual({ areaM2Hundredths: 39920, owners: 3, areaWithheld: null });
  });

  it('answers 404 for a vote not proposed (yet)', async () => {
    expect((await get(reader.app, '/v1/votes/v-9')).statusCode).toBe(404);
    expect((await get(reader.app, '/v1/votes/v-2?asOf=2024-03-31')).statusCode).toBe(404);
  });
});
