/**
 * The public records of `registry`: one per registered entry, keyed `<kind>/<id>`
 * (`company/co-gangcheng`, `project/yuesheng`): its Chinese name, whether it is active, where
 * it lies and, for a project, who managed it. Names of companies, projects, offices and
 * communities are public; no person is registered here.
 */
import type { PublicRecords, RecordedEvent } from '@govledger/core';
import { ownEntry, splitRecordKey } from '../public-records.ts';
import { isRegisteredEntryEvent } from './aggregate.ts';
import { TenderAwardRecorded } from '../ratings/events.ts';
import {
  ManagementAreaRegistered,
  PropertyCompanyRegistered,
  PropertyProjectRegistered,
  RegistrationEnded,
  ResidentsCommunityRegistered,
  StreetOfficeRegistered,
} from './events.ts';

/** The registry's tables as these records read them (`RegistryState`, without importing the projection). */
type RegistryTables = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The key of the entry `event` registers, changes or ends, if any. */
function keyOf(event: RecordedEvent): string | undefined {
  if (!isRegisteredEntryEvent(event)) return undefined;
  const { type, data } = event;
  switch (type) {
    case PropertyCompanyRegistered.type:
      return `company/${data.companyId}`;
    case PropertyProjectRegistered.type:
      return `project/${data.projectId}`;
    case StreetOfficeRegistered.type:
      return `street-office/${data.streetOfficeId}`;
    case ResidentsCommunityRegistered.type:
      return `residents-community/${data.communityId}`;
    case ManagementAreaRegistered.type:
      return `management-area/${data.areaId}`;
    case TenderAwardRecorded.type:
      return `project/${data.projectId}`;
    case RegistrationEnded.type:
      return `${data.kind}/${data.id}`;
    default:
      return undefined;
  }
}

/** The public records of the registry (see the module comment). */
export const registryRecords: PublicRecords<RegistryTables> = {
  touched(_state, event) {
    const key = keyOf(event);
    return key === undefined ? [] : [key];
  },
  read(state, key) {
    const [kind, id] = splitRecordKey(key);
    const table = Object.hasOwn(state, kind) ? state[kind] : undefined;
    return table === undefined ? undefined : ownEntry(table, id);
  },
  *keys(state) {
    for (const [kind, table] of Object.entries(state)) for (const id of Object.keys(table)) yield `${kind}/${id}`;
  },
};
