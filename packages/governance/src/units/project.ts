/**
 * The `unitRegister` read model, the public view of the unit register: per community, each unit's
 * building, exclusive area and whether it is still registered, and the totals a vote's
 * electorate and the fund rest on. It holds no owner at all, not even a pseudonymous id:
 * published beside a unit number (which anyone can match to a door), an owner id would name the
 * person behind every ballot they cast (see docs/privacy.md). Updated in place, O(1) per unit line.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { ownEntry } from '../public-records.ts';
import { isUnitEvent, UnitEnded, UnitsRegistered } from './events.ts';

/** One unit as the public sees it. Times are the ledger's `recordedAt`. */
export interface PublicUnit {
  readonly unitId: string;
  readonly buildingId: string;
  readonly areaM2Hundredths: number;
  active: boolean;
  readonly registeredAt: string;
  endedAt: string | null;
}

/** One community's register: totals over active units, and every unit ever registered. */
export interface CommunityUnitRegister {
  readonly communityId: string;
  activeUnits: number;
  endedUnits: number;
  activeAreaM2Hundredths: number;
  readonly units: Record<string, PublicUnit>;
}

/** Every community's public register by community id. */
export interface UnitRegisterViewState {
  readonly communities: Record<string, CommunityUnitRegister>;
}

function evolve(state: UnitRegisterViewState, event: RecordedEvent): UnitRegisterViewState {
  if (!isUnitEvent(event)) return state;
  const at = event.metadata.recordedAt;
  const { type, data } = event;
  if (type === UnitsRegistered.type) {
    let community = ownEntry(state.communities, data.communityId);
    if (!community) {
      community = {
        communityId: data.communityId,
        activeUnits: 0,
        endedUnits: 0,
        activeAreaM2Hundredths: 0,
        units: {},
      };
      state.communities[data.communityId] = community;
    }
    for (const u of data.units) {
      community.units[u.unitId] = {
        unitId: u.unitId,
        buildingId: u.buildingId,
        areaM2Hundredths: u.areaM2Hundredths,
        active: true,
        registeredAt: at,
        endedAt: null,
      };
      community.activeUnits++;
      community.activeAreaM2Hundredths += u.areaM2Hundredths;
    }
  } else if (type === UnitEnded.type) {
    const community = ownEntry(state.communities, data.communityId);
    const unit = community ? ownEntry(community.units, data.unitId) : undefined;
    if (community && unit?.active) {
      unit.active = false;
      unit.endedAt = at;
      community.activeUnits--;
      community.endedUnits++;
      community.activeAreaM2Hundredths -= unit.areaM2Hundredths;
    }
  }
  return state;
}

/** The public unit register projection. */
export const unitRegister: Projection<UnitRegisterViewState> = {
  name: 'unitRegister',
  version: 1,
  init: () => ({ communities: {} }),
  evolve,
  /**
   * Public records: each community's totals keyed `<communityId>` and each unit keyed
   * `<communityId>/units/<unitId>`. Transfers of ownership touch none: the public view holds no owner.
   */
  publicRecords: {
    touched(state, event) {
      if (!isUnitEvent(event)) return [];
      const { type, data } = event;
      if (type === UnitsRegistered.type) {
        return [data.communityId, ...data.units.map((u) => `${data.communityId}/units/${u.unitId}`)];
      }
      if (type === UnitEnded.type) {
        return ownEntry(state.communities, data.communityId)
          ? [data.communityId, `${data.communityId}/units/${data.unitId}`]
          : [];
      }
      return [];
    },
    read(state, key) {
      const slash = key.indexOf('/units/');
      const communityId = slash < 0 ? key : key.slice(0, slash);
      const community = ownEntry(state.communities, communityId);
      if (!community) return undefined;
      if (slash >= 0) return ownEntry(community.units, key.slice(slash + '/units/'.length));
      const { activeUnits, endedUnits, activeAreaM2Hundredths } = community;
      return { communityId, activeUnits, endedUnits, activeAreaM2Hundredths };
    },
    *keys(state) {
      for (const community of Object.values(state.communities)) {
        yield community.communityId;
        for (const unitId of Object.keys(community.units)) yield `${community.communityId}/units/${unitId}`;
      }
    },
  },
};
