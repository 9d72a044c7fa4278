/**
 * The streams of the registry and their folds; every other area consults them to refuse an
 * act that names an unregistered or ended entry:
 * - `company-<companyId>`: a property company;
 * - `project-<projectId>`: a managed project (小区), its managing company (changed by tender awards);
 * - `street-office-<id>` and `residents-community-<id>`: street offices and residents' communities.
 *
 * States are immutable: `evolve` returns a new state.
 */
import { type EventOf, isEventOf } from '@govledger/core';
import type { Aggregate } from '../command.ts';
import { TenderAwardRecorded } from '../ratings/events.ts';
import {
  ManagementAreaRegistered,
  PropertyCompanyRegistered,
  PropertyProjectRegistered,
  type RegistryEvent,
  RegistrationEnded,
  registryEvents,
  ResidentsCommunityRegistered,
  StreetOfficeRegistered,
} from './events.ts';

/**
 * An event of a registered entry's stream: the registry's own, and on a project's stream the
 * tender awards that change its managing company.
 */
export type RegisteredEntryEvent = RegistryEvent | EventOf<typeof TenderAwardRecorded>;

/** True for a {@link RegisteredEntryEvent} of the log: what the registry's projection and records fold. */
export const isRegisteredEntryEvent = isEventOf([...registryEvents, TenderAwardRecorded]);

/** Stream of a property company. */
export const companyStreamId = (companyId: string): string => `company-${companyId}`;
/** Stream of a managed project. */
export const projectStreamId = (projectId: string): string => `project-${projectId}`;
/** Stream of a street office. */
export const streetOfficeStreamId = (streetOfficeId: string): string => `street-office-${streetOfficeId}`;
/** Stream of a residents' community. */
export const residentsCommunityStreamId = (communityId: string): string => `residents-community-${communityId}`;
/** Stream of a property management area 物业管理区域 in the registry. */
export const managementAreaStreamId = (areaId: string): string => `management-area-${areaId}`;

/** What the ledger knows of a property company; `active` until its registration ends. */
export interface CompanyState {
  readonly registered: boolean;
  readonly name: string | null;
  readonly active: boolean;
}

/** Fold of `company-<id>`. */
export const companyAggregate: Aggregate<CompanyState, RegisteredEntryEvent> = {
  initialState: { registered: false, name: null, active: false },
  evolve(state, event) {
    const { type, data } = event;
    if (type === PropertyCompanyRegistered.type) return { registered: true, name: data.name, active: true };
    if (type === RegistrationEnded.type) return { ...state, active: false };
    return state;
  },
};

/** What the ledger knows of a managed project; `active` until its registration ends. */
export interface ProjectState {
  readonly registered: boolean;
  /** The company managing the project now, or null. */
  readonly companyId: string | null;
  readonly active: boolean;
}

/** Fold of `project-<id>`. */
export const projectAggregate: Aggregate<ProjectState, RegisteredEntryEvent> = {
  initialState: { registered: false, companyId: null, active: false },
  evolve(state, event) {
    const { type, data } = event;
    switch (type) {
      case PropertyProjectRegistered.type:
        return { registered: true, companyId: data.companyId, active: true };
      case TenderAwardRecorded.type:
        return { ...state, companyId: data.companyId };
      case RegistrationEnded.type:
        return { ...state, active: false };
      default:
        return state;
    }
  },
};

/** What the ledger knows of a street office or residents' community. */
export interface PlaceState {
  readonly registered: boolean;
  readonly name: string | null;
  readonly active: boolean;
}

/** Fold of `street-office-<id>`, `residents-community-<id>` and `management-area-<id>`. */
export const placeAggregate: Aggregate<PlaceState, RegisteredEntryEvent> = {
  initialState: { registered: false, name: null, active: false },
  evolve(state, event) {
    const { type, data } = event;
    switch (type) {
      case StreetOfficeRegistered.type:
      case ResidentsCommunityRegistered.type:
      case ManagementAreaRegistered.type:
        return { registered: true, name: data.name, active: true };
      case RegistrationEnded.type:
        return { ...state, active: false };
      default:
        return state;
    }
  },
};

/** Whether any registered entry is active: the fold `EndRegistration` reads, whatever the kind. */
export const activeAggregate: Aggregate<{ readonly active: boolean }, RegisteredEntryEvent> = {
  initialState: { active: false },
  evolve(state, event) {
    switch (event.type) {
      case PropertyCompanyRegistered.type:
      case PropertyProjectRegistered.type:
      case StreetOfficeRegistered.type:
      case ResidentsCommunityRegistered.type:
      case ManagementAreaRegistered.type:
        return { active: true };
      case RegistrationEnded.type:
        return { active: false };
      default:
        return state;
    }
  },
};

/** The stream of a registered entry of `kind`. */
export function registeredStreamId(
  kind: 'company' | 'project' | 'street-office' | 'residents-community' | 'management-area',
  id: string,
): string {
  switch (kind) {
    case 'company':
      return companyStreamId(id);
    case 'project':
      return projectStreamId(id);
    case 'street-office':
      return streetOfficeStreamId(id);
    case 'residents-community':
      return residentsCommunityStreamId(id);
    case 'management-area':
      return managementAreaStreamId(id);
  }
}
