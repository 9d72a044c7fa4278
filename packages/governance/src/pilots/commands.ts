/**
 * Commands of the pilots area: the stream each acts on and the projects each rule consults.
 * Data codecs are in `command-data.ts`, the rules in `decide.ts`.
 */
import type { CommandSpec, RelatedStream } from '../command.ts';
import { type ProjectState, projectAggregate, projectStreamId } from '../registry/aggregate.ts';
import {
  type DemonstrationState,
  demonstrationAggregate,
  demonstrationStreamId,
  type PilotStatus,
  pilotAggregate,
  pilotStreamId,
} from './aggregate.ts';
import {
  AwardDemonstrationSiteData,
  CompletePilotData,
  LaunchPilotProjectData,
  RevokeDemonstrationData,
} from './command-data.ts';
import { quarterRatingsAggregate, ratingsStreamId } from '../ratings/aggregate.ts';
import { quarterKey, quarterOf } from '../ratings/quarter.ts';
import {
  type AwardSiteContext,
  awardListQuarters,
  decideAwardDemonstrationSite,
  decideCompletePilot,
  decideLaunchPilotProject,
  decideRevokeDemonstration,
  MAX_PILOT_PROJECTS,
  type PilotProjects,
  type ProjectKey,
  projectKey,
} from './decide.ts';

const projects = (projectIds: readonly string[]): RelatedStream<ProjectKey, ProjectState>[] =>
  // Beyond the maximum the rule refuses before reading any project, so read no more streams.
  [...new Set(projectIds)].slice(0, MAX_PILOT_PROJECTS).map((projectId) => ({
    key: projectKey(projectId),
    streamId: projectStreamId(projectId),
    aggregate: projectAggregate,
  }));

/** LaunchPilotProject on `pilot-<id>`, consulting its projects. */
export const LaunchPilotProject: CommandSpec<LaunchPilotProjectData, PilotStatus, PilotProjects> = {
  name: 'LaunchPilotProject',
  data: LaunchPilotProjectData,
  streamId: (data) => pilotStreamId(data.pilotId),
  aggregate: pilotAggregate,
  related: (data) => projects(data.projectIds),
  decide: decideLaunchPilotProject,
};

/** CompletePilot on `pilot-<id>`. */
export const CompletePilot: CommandSpec<CompletePilotData, PilotStatus> = {
  name: 'CompletePilot',
  data: CompletePilotData,
  streamId: (data) => pilotStreamId(data.pilotId),
  aggregate: pilotAggregate,
  decide: decideCompletePilot,
};

/** AwardDemonstrationSite on `demonstration-<level>-<projectId>`, consulting the project. */
export const AwardDemonstrationSite: CommandSpec<AwardDemonstrationSiteData, DemonstrationState, AwardSiteContext> = {
  name: 'AwardDemonstrationSite',
  data: AwardDemonstrationSiteData,
  streamId: (data) => demonstrationStreamId(data.level, data.projectId),
  aggregate: demonstrationAggregate,
  related: (data, recordedAt) => [
    ...projects([data.projectId]),
    ...awardListQuarters(quarterOf(recordedAt)).map((q) => ({
      key: quarterKey(q),
      streamId: ratingsStreamId(q),
      aggregate: quarterRatingsAggregate,
    })),
  ],
  decide: decideAwardDemonstrationSite,
};

/** RevokeDemonstration on `demonstration-<level>-<projectId>`. */
export const RevokeDemonstration: CommandSpec<RevokeDemonstrationData, DemonstrationState> = {
  name: 'RevokeDemonstration',
  data: RevokeDemonstrationData,
  streamId: (data) => demonstrationStreamId(data.level, data.projectId),
  aggregate: demonstrationAggregate,
  decide: decideRevokeDemonstration,
};
