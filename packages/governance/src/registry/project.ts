/**
 * The `registry` read model: every registered entry by kind and id, with its Chinese name,
 * whether it is active, and for a project the companies that managed it over time (from its
 * registration and each tender award). What a page needs to show a name for any id it shows.
 * Updated in place, O(1) per event.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { isRegisteredEntryEvent } from './aggregate.ts';
import { TenderAwardRecorded } from '../ratings/events.ts';
import {
  ManagementAreaRegistered,
  PropertyCompanyRegistered,
  PropertyProjectRegistered,
  RegistrationEnded,
  type RegistrationEndedData,
  ResidentsCommunityRegistered,
  StreetOfficeRegistered,
} from './events.ts';
import { registryRecords } from './registry-records.ts';

/** Kinds of registered entry, as the read API names them. */
export type RegistryKind = RegistrationEndedData['kind'];

/** One period in which a company managed a project; `until` is null while it still does. */
export interface ManagementPeriod {
  readonly companyId: string;
  readonly from: string;
  until: string | null;
}

/** One registered entry. */
export interface RegistryEntry {
  readonly id: string;
  readonly kind: RegistryKind;
  readonly name: string;
  active: boolean;
  readonly registeredAt: string;
  endedAt: string | null;
  /**
   * The town or street office it lies in, where registered (projects and management areas:
   * town name; communities: street office id).
   */
  readonly within: string | null;
  /** Projects only: who managed it, oldest first (empty for the other kinds). */
  readonly managedBy: ManagementPeriod[];
}

/** State of {@link registry}: entries by kind, then by id. */
export type RegistryState = Record<RegistryKind, Record<string, RegistryEntry>>;

function init(): RegistryState {
  return { company: {}, project: {}, 'street-office': {}, 'residents-community': {}, 'management-area': {} };
}

function add(
  state: RegistryState,
  kind: RegistryKind,
  id: string,
  name: string,
  event: RecordedEvent,
  within: string | null,
): RegistryEntry {
  const entry: RegistryEntry = {
    id,
    kind,
    name,
    active: true,
    registeredAt: event.metadata.recordedAt,
    endedAt: null,
    within,
    managedBy: [],
  };
  state[kind][id] = entry;
  return entry;
}

/** Changes the managing company of `entry` at `at`, closing the current period. */
function manage(entry: RegistryEntry | undefined, companyId: string, at: string): void {
  if (!entry) return;
  const current = entry.managedBy[entry.managedBy.length - 1];
  if (current && current.until === null) {
    if (current.companyId === companyId) return;
    current.until = at;
  }
  entry.managedBy.push({ companyId, from: at, until: null });
}

/**
 * The registry projection. Times are the ledger's `recordedAt` (when the registry learned
 * it), except a tender award's handover, which is its `awardedAt`.
 */
export const registry: Projection<RegistryState> = {
  name: 'registry',
  version: 2,
  init,
  publicRecords: registryRecords,
  evolve(state, event: RecordedEvent) {
    if (!isRegisteredEntryEvent(event)) return state;
    const { type, data } = event;
    switch (type) {
      case PropertyCompanyRegistered.type: {
        const { companyId, name } = data;
        add(state, 'company', companyId, name, event, null);
        break;
      }
      case PropertyProjectRegistered.type: {
        const { projectId, name, town, companyId } = data;
        const entry = add(state, 'project', projectId, name, event, town);
        if (companyId !== null) manage(entry, companyId, event.metadata.recordedAt);
        break;
      }
      case StreetOfficeRegistered.type: {
        const { streetOfficeId, name } = data;
        add(state, 'street-office', streetOfficeId, name, event, null);
        break;
      }
      case ResidentsCommunityRegistered.type: {
        const { communityId, name, streetOfficeId } = data;
        add(state, 'residents-community', communityId, name, event, streetOfficeId);
        break;
      }
      case ManagementAreaRegistered.type: {
        const { areaId, name, town } = data;
        add(state, 'management-area', areaId, name, event, town);
        break;
      }
      case TenderAwardRecorded.type: {
        const { projectId, companyId, awardedAt } = data;
        manage(state.project[projectId], companyId, awardedAt);
        break;
      }
      case RegistrationEnded.type: {
        const { kind, id } = data;
        const entry = state[kind][id];
        if (entry) {
          entry.active = false;
          entry.endedAt = event.metadata.recordedAt;
          const current = entry.managedBy[entry.managedBy.length - 1];
          if (current && current.until === null) current.until = event.metadata.recordedAt;
        }
        break;
      }
    }
    return state;
  },
};
