/**
 * The pilots area: pilot projects 试点 (red property, property + elderly care, digital home,
 * community post stations) and demonstration sites 示范点 at provincial and Suzhou-municipal
 * level.
 */
import type { AnyProjection, EventDefinition } from '@govledger/core';
import type { AnyCommandSpec } from '../command.ts';
import { AwardDemonstrationSite, CompletePilot, LaunchPilotProject, RevokeDemonstration } from './commands.ts';
import { DemonstrationRevoked, DemonstrationSiteAwarded, PilotCompleted, PilotProjectLaunched } from './events.ts';
import { pilots } from './project.ts';

export {
  type DemonstrationState,
  demonstrationAggregate,
  demonstrationStreamId,
  type PilotStatus,
  pilotAggregate,
  pilotStreamId,
} from './aggregate.ts';
export {
  AwardDemonstrationSiteData,
  CompletePilotData,
  LaunchPilotProjectData,
  RevokeDemonstrationData,
} from './command-data.ts';
export { AwardDemonstrationSite, CompletePilot, LaunchPilotProject, RevokeDemonstration } from './commands.ts';
export { MAX_PILOT_PROJECTS } from './decide.ts';
export type { PilotsError } from './errors.ts';
export {
  DEMONSTRATION_LEVELS,
  DemonstrationLevel,
  DemonstrationRevoked,
  DemonstrationSiteAwarded,
  PILOT_KINDS,
  PilotCompleted,
  PilotKind,
  PilotProjectLaunched,
} from './events.ts';
export { type KindSummary, type LevelSummary, type Pilot, type PilotsState, pilots } from './project.ts';

/** Every event type of the pilots area. */
export const pilotsEvents: EventDefinition[] = [
  PilotProjectLaunched,
  PilotCompleted,
  DemonstrationSiteAwarded,
  DemonstrationRevoked,
];

/** Every pilots command. */
export const pilotsCommands: AnyCommandSpec[] = [
  LaunchPilotProject,
  CompletePilot,
  AwardDemonstrationSite,
  RevokeDemonstration,
];

/** Every pilots projection, for the runner. */
export const pilotsProjections: AnyProjection[] = [pilots];
