/**
 * Emergency uses of the maintenance fund 应急使用 (about two a year at scale 1): a lift breaks
 * down, a roof leaks, fire equipment fails, an exterior wall is about to fall; the owners'
 * committee asks (where none sits, the property company), naming the inspection notice,
 * fire-department notice or safety appraisal that shows the emergency by its hash; the street
 * office confirms the emergency the same day, the fund pays within days, charged to the
 * building concerned (or, for fire equipment, to every unit), and the repair and its cost are
 * published afterwards.
 */
import { cst, officeTimeAfter } from './calendar.ts';
import { affordable, type DemoAuthority, type DemoEmergency, fundUse } from './disbursement.ts';
import type { Random } from './random.ts';
import { type Process, type Step, wait } from './scheduler.ts';
import type { World } from './world.ts';

type Emergency = DemoEmergency;
type Evidence = Extract<DemoAuthority, { kind: 'emergency' }>['evidence']['kind'];

const EVIDENCE: Readonly<Record<Emergency, Evidence>> = {
  'lift-failure': 'inspection-notice',
  'fire-safety-equipment': 'fire-department-notice',
  'leaking-roof-or-pipes': 'safety-appraisal',
  'dangerous-exterior-wall': 'safety-appraisal',
};

const PURPOSES: Readonly<Record<Emergency, string>> = {
  'lift-failure': '电梯主机故障停运，应急更换曳引机',
  'fire-safety-equipment': '消防水泵损坏，应急维修消防设施',
  'leaking-roof-or-pipes': '屋面防水层破损渗漏，应急维修',
  'dangerous-exterior-wall': '外墙饰面砖空鼓脱落，应急排险',
};

/** Emergencies, started on their day. */
export function* emergencyStory(world: World, rng: Random): Generator<Step> {
  const count = Math.round(6 * world.scale);
  const times = Array.from({ length: count }, () =>
    officeTimeAfter(rng, cst(2022, 3, 1), rng.between(0, 1000) * 86_400_000),
  ).sort((a, b) => a - b);
  for (const [i, at] of times.entries()) {
    if (at >= cst(2024, 12, 20)) continue;
    yield wait(at);
    const local = rng.fork(`emergency-${i}`);
    const community = local.pick(world.communities);
    const emergency = local.pick(Object.keys(PURPOSES) as Emergency[]);
    const building = local.between(1, community.roster.buildings);
    const chargedUnitIds =
      emergency === 'fire-safety-equipment'
        ? null
        : community.roster.units.filter((u) => u.building === building).map((u) => u.unitId);
    if (chargedUnitIds !== null && chargedUnitIds.length === 0) continue;
    const amountFen = Math.min(affordable(world, community, chargedUnitIds), local.between(200, 1500) * 10_000);
    if (amountFen <= 0) continue;
    const purpose = chargedUnitIds === null ? PURPOSES[emergency] : `${building}号楼${PURPOSES[emergency]}`;
    const process: Process = fundUse(
      world,
      local,
      community,
      {
        purpose,
        amountFen,
        authority: { kind: 'emergency', emergency, evidence: { kind: EVIDENCE[emergency], sha256: local.hex(64) } },
        chargedUnitIds,
        payeeId: community.companyId,
      },
      at,
    );
    yield { atMs: at, spawn: [process] };
  }
}
