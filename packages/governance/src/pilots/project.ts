/**
 * The pilots read model: pilots by kind (running and completed, with their projects) and the
 * demonstration sites held now at each level. Updated in place per event; list removals touch
 * only the list of one level.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { ownEntry, splitRecordKey } from '../public-records.ts';
import {
  DEMONSTRATION_LEVELS,
  type DemonstrationLevel,
  DemonstrationRevoked,
  DemonstrationSiteAwarded,
  PILOT_KINDS,
  PilotCompleted,
  type PilotKind,
  PilotProjectLaunched,
  isPilotsEvent,
} from './events.ts';

/** One pilot. */
export interface Pilot {
  readonly pilotId: string;
  readonly kind: PilotKind;
  readonly name: string;
  readonly projectIds: string[];
  readonly designatedBy: string | null;
  readonly launchedAt: string;
  completedAt: string | null;
  summary: string | null;
}

/** Pilots of one kind: counts, pilot ids, and every project in any of them (once each). */
export interface KindSummary {
  running: number;
  completed: number;
  readonly pilotIds: string[];
  readonly projectIds: string[];
}

/** Demonstration sites held now at one level. */
export interface LevelSummary {
  count: number;
  readonly projectIds: string[];
}

/** State of {@link pilots}. */
export interface PilotsState {
  readonly pilots: Record<string, Pilot>;
  readonly byKind: Record<PilotKind, KindSummary>;
  readonly demonstrationSites: Record<DemonstrationLevel, LevelSummary>;
}

function init(): PilotsState {
  const byKind = {} as Record<PilotKind, KindSummary>;
  for (const kind of Object.keys(PILOT_KINDS) as PilotKind[]) {
    byKind[kind] = { running: 0, completed: 0, pilotIds: [], projectIds: [] };
  }
  const demonstrationSites = {} as Record<DemonstrationLevel, LevelSummary>;
  for (const level of Object.keys(DEMONSTRATION_LEVELS) as DemonstrationLevel[]) {
    demonstrationSites[level] = { count: 0, projectIds: [] };
  }
  return { pilots: Object.create(null) as Record<string, Pilot>, byKind, demonstrationSites };
}

/** Pilot projects 试点 and demonstration sites 示范点. */
export const pilots: Projection<PilotsState> = {
  name: 'pilots',
  version: 1,
  init,
  evolve(state, event: RecordedEvent) {
    if (!isPilotsEvent(event)) return state;
    switch (event.type) {
      case PilotProjectLaunched.type: {
        const { pilotId, kind, name, projectIds, designatedBy } = event.data;
        if (state.pilots[pilotId]) return state;
        const launchedAt = event.metadata.occurredAt;
        state.pilots[pilotId] = {
          pilotId,
          kind,
          name,
          projectIds: [...projectIds],
          designatedBy,
          launchedAt,
          completedAt: null,
          summary: null,
        };
        const summary = state.byKind[kind];
        summary.running++;
        summary.pilotIds.push(pilotId);
        for (const projectId of projectIds)
          if (!summary.projectIds.includes(projectId)) summary.projectIds.push(projectId);
        return state;
      }
      case PilotCompleted.type: {
        const { pilotId, summary } = event.data;
        const pilot = state.pilots[pilotId];
        if (!pilot || pilot.completedAt !== null) return state;
        pilot.completedAt = event.metadata.occurredAt;
        pilot.summary = summary;
        state.byKind[pilot.kind].running--;
        state.byKind[pilot.kind].completed++;
        return state;
      }
      case DemonstrationSiteAwarded.type: {
        const { projectId, level } = event.data;
        const sites = state.demonstrationSites[level];
        if (sites.projectIds.includes(projectId)) return state;
        sites.projectIds.push(projectId);
        sites.count++;
        return state;
      }
      case DemonstrationRevoked.type: {
        const { projectId, level } = event.data;
        const sites = state.demonstrationSites[level];
        const at = sites.projectIds.indexOf(projectId);
        if (at < 0) return state;
        sites.projectIds.splice(at, 1);
        sites.count--;
        return state;
      }
      default:
        return state;
    }
  },
  /**
   * Public records: each pilot `pilot/<pilotId>`, the counts of each kind `kind/<kind>`, and
   * the demonstration sites held at each level `sites/<level>`.
   */
  publicRecords: {
    touched(state, event) {
      if (!isPilotsEvent(event)) return [];
      const { type, data } = event;
      if (type === DemonstrationSiteAwarded.type || type === DemonstrationRevoked.type) return [`sites/${data.level}`];
      const { pilotId } = data;
      const pilot = ownEntry(state.pilots, pilotId);
      return pilot === undefined ? [] : [`pilot/${pilotId}`, `kind/${pilot.kind}`];
    },
    read(state, key) {
      const [kind, id] = splitRecordKey(key);
      if (kind === 'pilot') return ownEntry(state.pilots, id);
      // A kind or level that never had a pilot or site is no record (it was never touched).
      if (kind === 'kind') {
        const summary = ownEntry(state.byKind, id);
        return summary === undefined || summary.pilotIds.length === 0 ? undefined : summary;
      }
      if (kind === 'sites') {
        const sites = ownEntry(state.demonstrationSites, id);
        return sites === undefined || sites.projectIds.length === 0 ? undefined : sites;
      }
      return undefined;
    },
    *keys(state) {
      for (const id of Object.keys(state.pilots)) yield `pilot/${id}`;
      for (const [kind, summary] of Object.entries(state.byKind)) if (summary.pilotIds.length > 0) yield `kind/${kind}`;
      for (const [level, sites] of Object.entries(state.demonstrationSites))
        if (sites.projectIds.length > 0) yield `sites/${level}`;
    },
  },
};
