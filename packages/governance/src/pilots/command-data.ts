/**
 * What a caller submits for each pilots command: the `data` codec of each command line.
 */
import { Id, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { DemonstrationLevel, PilotKind } from './events.ts';

/** Data of LaunchPilotProject (`designatedBy` omitted when the housing bureau designates it). */
export const LaunchPilotProjectData = t.intersection(
  [
    t.type({ pilotId: Id, kind: PilotKind, name: NonEmptyString, projectIds: t.array(Id) }),
    t.partial({ designatedBy: NonEmptyString }),
  ],
  'LaunchPilotProject',
);
export type LaunchPilotProjectData = t.TypeOf<typeof LaunchPilotProjectData>;

/** Data of CompletePilot. */
export const CompletePilotData = t.type({ pilotId: Id, summary: NonEmptyString }, 'CompletePilot');
export type CompletePilotData = t.TypeOf<typeof CompletePilotData>;

/** Data of AwardDemonstrationSite. */
export const AwardDemonstrationSiteData = t.type(
  { projectId: Id, level: DemonstrationLevel, title: NonEmptyString },
  'AwardDemonstrationSite',
);
export type AwardDemonstrationSiteData = t.TypeOf<typeof AwardDemonstrationSiteData>;

/** Data of RevokeDemonstration. */
export const RevokeDemonstrationData = t.type(
  { projectId: Id, level: DemonstrationLevel, reason: NonEmptyString },
  'RevokeDemonstration',
);
export type RevokeDemonstrationData = t.TypeOf<typeof RevokeDemonstrationData>;
