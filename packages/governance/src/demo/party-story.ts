/**
 * Party building 党建引领: in January 2022 the property industry's party committee is set up;
 * through 2022–2023 sixteen property companies form party organisations — twelve on their own
 * (单建), four in two joint organisations (联建; one company first had its own, dissolved when
 * it joined the joint one) — and each year their party members are counted. The latest counts
 * add up to the source's 304 by May 2024, before the reply of 10 June 2024 reports them.
 */
import { cst } from './calendar.ts';
import { act, INDUSTRY_PARTY_COMMITTEE } from './command.ts';
import type { Random } from './random.ts';
import { emit, type Step, wait } from './scheduler.ts';
import { partyCompanies, type World } from './world.ts';

/** The industry party committee's id. */
export const INDUSTRY_COMMITTEE_ID = 'zjg-property-industry';

/** Party members the latest counts cover (the source's figure). */
export const PARTY_MEMBERS = 304;

/** Splits `total` into `n` integers of at least `min`, at random. */
export function partition(rng: Random, total: number, n: number, min: number): number[] {
  const weights = Array.from({ length: n }, () => rng.uniform(0.4, 2));
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - n * min;
  const parts = weights.map((w) => min + Math.floor((spare * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % n, left--) parts[i] = (parts[i] ?? 0) + 1;
  return parts;
}

interface Organisation {
  readonly organisationId: string;
  readonly form: 'single' | 'joint';
  readonly companyIds: string[];
  readonly registeredAt: number;
  readonly dissolvedAt: number | null;
}

/**
 * The yearly counts of party members. The last is taken in May 2024, so the source's 304
 * already holds on the day of its reply (2024-06-10).
 */
const RECOUNTS = [cst(2022, 12, 15, 10), cst(2023, 12, 15, 10), cst(2024, 5, 20, 10)];

/** The party-building story. */
export function* partyStory(world: World, rng: Random): Generator<Step> {
  const companies = partyCompanies(world).map((c) => c.id);
  const parts = partition(rng, PARTY_MEMBERS, companies.length, 6);
  const finalCounts = new Map(companies.map((id, i) => [id, parts[i] ?? 6]));
  const committeeId = INDUSTRY_COMMITTEE_ID;
  const organisations: Organisation[] = companies.slice(0, 13).map((id, i) => ({
    organisationId: `po-${id}`,
    form: 'single',
    companyIds: [id],
    registeredAt: cst(2022, 2 + Math.floor(i * 0.8), 8 + (i % 3) * 7, 10),
    dissolvedAt: i === 12 ? cst(2023, 6, 15, 10) : null,
  }));
  organisations.push(
    {
      organisationId: 'po-joint-1',
      form: 'joint',
      companyIds: companies.slice(12, 14),
      registeredAt: cst(2023, 6, 15, 11),
      dissolvedAt: null,
    },
    {
      organisationId: 'po-joint-2',
      form: 'joint',
      companyIds: companies.slice(14, 16),
      registeredAt: cst(2023, 9, 12, 10),
      dissolvedAt: null,
    },
  );
  const founder = { id: 'zjg-party-organisation-department', role: 'party-committee' as const };
  const established = cst(2022, 1, 10, 10);
  yield emit(
    established,
    act('EstablishIndustryPartyCommittee', founder, established, { committeeId, name: '张家港市物业服务行业党委' }),
  );

  // Every act of the story in time order: registrations, counts, the dissolution.
  type Act = { at: number; order: number; run: () => Step };
  const acts: Act[] = [];
  for (const org of organisations) {
    acts.push({
      at: org.registeredAt,
      order: 0,
      run: () =>
        emit(
          org.registeredAt,
          act('RegisterPartyOrganisation', INDUSTRY_PARTY_COMMITTEE, org.registeredAt, {
            committeeId,
            organisationId: org.organisationId,
            form: org.form,
            companyIds: org.companyIds,
          }),
        ),
    });
    const counts = [
      org.registeredAt + 60_000,
      ...RECOUNTS.filter((t) => t > org.registeredAt && (org.dissolvedAt === null || t < org.dissolvedAt)),
    ];
    for (const companyId of org.companyIds) {
      const final = finalCounts.get(companyId) ?? 6;
      const start = Math.max(1, final - rng.between(2, 9));
      counts.forEach((t, k) => {
        const memberCount =
          k === counts.length - 1 && org.dissolvedAt === null
            ? final
            : start + Math.floor(((final - start) * k) / counts.length);
        acts.push({
          at: t,
          order: 1,
          run: () =>
            emit(
              t,
              act('RecordPartyMembers', INDUSTRY_PARTY_COMMITTEE, t, {
                committeeId,
                organisationId: org.organisationId,
                companyId,
                memberCount,
                countedAt: new Date(t - 3_600_000).toISOString(),
              }),
            ),
        });
      });
    }
    if (org.dissolvedAt !== null) {
      const at = org.dissolvedAt;
      acts.push({
        at,
        order: 0,
        run: () =>
          emit(
            at,
            act('DissolvePartyOrganisation', INDUSTRY_PARTY_COMMITTEE, at, {
              committeeId,
              organisationId: org.organisationId,
              reason: '企业并入联建党组织，原单建党组织撤销',
            }),
          ),
      });
    }
  }
  acts.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const a of acts) {
    yield wait(a.at);
    yield a.run();
  }
}
