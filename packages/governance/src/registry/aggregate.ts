/**
 * The streams of the registry and their folds; every other area consults them to refuse an
 * act that names an unregistered or ended entry:
 * - `company-<companyId>`: a property company;
 * - `project-<projectId>`: a managed project (小区), its managing company (changed by tender awards);
 * - `street-office-<id>` and `residents-community-<id>`: street offices and residents' communities.
 *
 * States are immutable: `evolve` returns a new state.
 */
import type { RecordedEvent } from '@govledger/core';
import type { Aggregate } from '../command.ts';
import { TenderAwardRecorded, type TenderAwardRecordedData } from '../ratings/events.ts';
import {
  ManagementAreaRegistered,
  type ManagementAreaRegisteredData,
  PropertyCompanyRegistered,
  type PropertyCompanyRegisteredData,
  PropertyProjectRegistered,
  type PropertyProjectRegisteredData,
  RegistrationEnded,
  ResidentsCommunityRegistered,
  type ResidentsCommunityRegisteredData,
  StreetOfficeRegistered,
  type StreetOfficeRegisteredData,
} from './events.ts';

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
export const companyAggregate: Aggregate<CompanyState> = {
  initialState: { registered: false, name: null, active: false },
  evolve(state, event: RecordedEvent) {
    if (event.type === PropertyCompanyRegistered.type) {
      const data = event.data as PropertyCompanyRegisteredData;
      return { registered: true, name: data.name, active: true };
    }
    if (event.type === RegistrationEnded.type) return { ...state, active: false };
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
export const projectAggregate: Aggregate<ProjectState> = {
  initialState: { registered: false, companyId: null, active: false },
  evolve(state, event: RecordedEvent) {
    switch (event.type) {
      case PropertyProjectRegistered.type: {
        const data = event.data as PropertyProjectRegisteredData;
        return { registered: true, companyId: data.companyId, active: true };
      }
      case TenderAwardRecorded.type: {
        const data = event.data as TenderAwardRecordedData;
        return { ...state, companyId: data.companyId };
      }
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
export const placeAggregate: Aggregate<PlaceState> = {
  initialState: { registered: false, name: null, active: false },
  evolve(state, event: RecordedEvent) {
    switch (event.type) {
      case StreetOfficeRegistered.type:
        return { registered: true, name: (event.data as StreetOfficeRegisteredData).name, active: true };
      case ResidentsCommunityRegistered.type:
        return { registered: true, name: (event.data as ResidentsCommunityRegisteredData).name, active: true };
      case ManagementAreaRegistered.type:
        return { registered: true, name: (event.data as ManagementAreaRegisteredData).name, active: true };
      case RegistrationEnded.type:
        return { ...state, active: false };
      default:
        return state;
    }
  },
};

/** Whether any registered entry is active: the fold `EndRegistration` reads, whatever the kind. */
export const activeAggregate: Aggregate<{ readonly active: boolean }> = {
  initialState: { active: false },
  evolve(state, event: RecordedEvent) {
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
