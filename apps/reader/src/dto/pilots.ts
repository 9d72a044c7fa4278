/**
 * Pilot projects 试点 and demonstration sites 示范点 as the public sees them: every pilot,
 * counts per kind, and the sites held now at each level. No event of the area holds
 * personal data.
 *
 * Reads governance's `pilots` state.
 */
import { pilots } from '@govledger/governance';
import { count, list, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** The pilot kinds (governance's PILOT_KINDS). */
export const PILOT_KINDS: readonly string[] = Object.keys(pilots.PILOT_KINDS);

/** The demonstration levels (governance's DEMONSTRATION_LEVELS). */
export const DEMONSTRATION_LEVELS: readonly string[] = Object.keys(pilots.DEMONSTRATION_LEVELS);

/** The pilots state, as governance's pilots projection holds it. */
export type PilotsView = pilots.PilotsState;

/** One pilot as served. */
export interface PilotDto {
  readonly pilotId: string;
  readonly kind: string;
  readonly name: string;
  readonly projectIds: readonly string[];
  readonly designatedBy: string | null;
  readonly launchedAt: string;
  readonly completedAt: string | null;
  readonly summary: string | null;
}

/** The pilots answer, without its ledger point. */
export interface PilotsDto {
  readonly pilots: readonly PilotDto[];
  readonly byKind: readonly {
    readonly kind: string;
    readonly running: number;
    readonly completed: number;
    readonly projectIds: readonly string[];
  }[];
  readonly demonstrationSites: readonly {
    readonly level: string;
    readonly count: number;
    readonly projectIds: readonly string[];
  }[];
}

/** The pilots DTO; pilots by id, kinds and levels in their catalogue order. */
export function pilotsDto(s: PilotsView): PilotsDto {
  return {
    pilots: Object.keys(s.pilots)
      .sort()
      .map((id) => {
        const p = s.pilots[id]!;
        return {
          pilotId: p.pilotId,
          kind: p.kind,
          name: p.name,
          projectIds: [...p.projectIds],
          designatedBy: p.designatedBy,
          launchedAt: p.launchedAt,
          completedAt: p.completedAt,
          summary: p.summary,
        };
      }),
    byKind: PILOT_KINDS.map((kind) => ({
      kind,
      running: s.byKind[kind as pilots.PilotKind]?.running ?? 0,
      completed: s.byKind[kind as pilots.PilotKind]?.completed ?? 0,
      projectIds: [...(s.byKind[kind as pilots.PilotKind]?.projectIds ?? [])],
    })),
    demonstrationSites: DEMONSTRATION_LEVELS.map((level) => ({
      level,
      count: s.demonstrationSites[level as pilots.DemonstrationLevel]?.count ?? 0,
      projectIds: [...(s.demonstrationSites[level as pilots.DemonstrationLevel]?.projectIds ?? [])],
    })),
  };
}

/** Schema of {@link PilotsDto}'s properties. */
export const pilotsProperties: Record<string, Schema> = {
  pilots: list(
    obj({
      pilotId: str(),
      kind: oneOf(PILOT_KINDS),
      name: str(),
      projectIds: list(str()),
      designatedBy: nullable(str('the designating body when not the housing bureau')),
      launchedAt: time(),
      completedAt: nullable(time()),
      summary: nullable(str('what the pilot achieved, once completed')),
    }),
  ),
  byKind: list(obj({ kind: oneOf(PILOT_KINDS), running: count(), completed: count(), projectIds: list(str()) })),
  demonstrationSites: list(
    obj({ level: oneOf(DEMONSTRATION_LEVELS), count: count('sites held now'), projectIds: list(str()) }),
  ),
};
