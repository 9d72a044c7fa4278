/**
 * The rules of the pilots area, one function per command. Pure: they read the command, the
 * acting stream's state and the related projects' states.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import { awardBlockedThrough } from '../ratings/consequences.ts';
import { earlierLists, type QuarterLists } from '../ratings/decide.ts';
import { type ProjectNotRegistered, projectNotRegistered } from '../ratings/errors.ts';
import { MAX_POLICY_QUARTERS } from '../ratings/policy.ts';
import { previousQuarters, quarterOf } from '../ratings/quarter.ts';
import type { ProjectState } from '../registry/aggregate.ts';
import type { DemonstrationState, PilotStatus } from './aggregate.ts';
import type {
  AwardDemonstrationSiteData,
  CompletePilotData,
  LaunchPilotProjectData,
  RevokeDemonstrationData,
} from './command-data.ts';
import {
  type CompanyIneligibleForAwards,
  type PilotProjectsInvalid,
  type PilotsError,
  alreadyDemonstrationSite,
  companyIneligibleForAwards,
  notDemonstrationSite,
  pilotAlreadyCompleted,
  pilotAlreadyLaunched,
  pilotNotLaunched,
  pilotProjectsInvalid,
} from './errors.ts';
import {
  DemonstrationRevoked,
  type DemonstrationRevokedData,
  DemonstrationSiteAwarded,
  type DemonstrationSiteAwardedData,
  PilotCompleted,
  type PilotCompletedData,
  PilotProjectLaunched,
  type PilotProjectLaunchedData,
} from './events.ts';

/** What a pilots rule returns. */
export type PilotsDecision = E.Either<PilotsError, readonly DecidedEvent[]>;

const ok: E.Either<never, void> = E.right(undefined);

/** The most projects one pilot may cover. */
export const MAX_PILOT_PROJECTS = 100;

/** The related-state key of a project a command names: data, kept apart from the named keys by its prefix. */
export type ProjectKey = `project:${string}`;

/** Related key of a project a command names. */
export const projectKey = (projectId: string): ProjectKey => `project:${projectId}`;

/** The projects a pilots rule reads, each under its {@link projectKey}. */
export type PilotProjects = { readonly [K in ProjectKey]?: ProjectState };

/** What AwardDemonstrationSite reads: the project and the earlier quarters' red-black lists. */
export type AwardSiteContext = PilotProjects & QuarterLists;

function active(related: PilotProjects, projectId: string): boolean {
  return related[projectKey(projectId)]?.active === true;
}

/** The pilot names 1 to {@link MAX_PILOT_PROJECTS} projects, none twice, each registered and active. */
function requirePilotProjects(
  pilotId: string,
  projectIds: readonly string[],
  related: PilotProjects,
): E.Either<PilotProjectsInvalid | ProjectNotRegistered, void> {
  if (projectIds.length === 0) return E.left(pilotProjectsInvalid(pilotId, 'names no project'));
  if (projectIds.length > MAX_PILOT_PROJECTS) {
    return E.left(pilotProjectsInvalid(pilotId, `names more than ${MAX_PILOT_PROJECTS} projects`));
  }
  if (new Set(projectIds).size !== projectIds.length)
    return E.left(pilotProjectsInvalid(pilotId, 'names a project twice'));
  const unknown = projectIds.find((projectId) => !active(related, projectId));
  return unknown === undefined ? ok : E.left(projectNotRegistered(unknown));
}

/**
 * LaunchPilotProject: housing bureau; a new pilot id; 1 to {@link MAX_PILOT_PROJECTS}
 * registered, active projects, none twice.
 */
export function decideLaunchPilotProject(
  input: CommandInput<LaunchPilotProjectData>,
  state: PilotStatus,
  related: PilotProjects,
): PilotsDecision {
  const { pilotId, kind, name, projectIds } = input.data;
  const designatedBy = input.data.designatedBy ?? null;
  return pipe(
    requireRole('LaunchPilotProject', input, 'housing-bureau'),
    E.chainW(() => (state === 'none' ? ok : E.left(pilotAlreadyLaunched(pilotId)))),
    E.chainW(() => requirePilotProjects(pilotId, projectIds, related)),
    E.map(() => [
      {
        type: PilotProjectLaunched.type,
        data: { pilotId, kind, name, projectIds: [...projectIds], designatedBy } satisfies PilotProjectLaunchedData,
      },
    ]),
  );
}

/** CompletePilot: housing bureau; a running pilot, with a summary. */
export function decideCompletePilot(input: CommandInput<CompletePilotData>, state: PilotStatus): PilotsDecision {
  const { pilotId, summary } = input.data;
  return pipe(
    requireRole('CompletePilot', input, 'housing-bureau'),
    E.chainW(() => (state === 'none' ? E.left(pilotNotLaunched(pilotId)) : ok)),
    E.chainW(() => (state === 'completed' ? E.left(pilotAlreadyCompleted(pilotId)) : ok)),
    E.map(() => [{ type: PilotCompleted.type, data: { pilotId, summary } satisfies PilotCompletedData }]),
  );
}

/** The quarters whose lists can block awards in `quarter`. */
export const awardListQuarters = (quarter: string): string[] => previousQuarters(quarter, MAX_POLICY_QUARTERS);

/**
 * The red-black list is linked to awards (评优评先): the project of a company black-listed
 * through the quarter of the recording is not awarded.
 */
function requireEligibleForAwards(
  projectId: string,
  companyId: string | null,
  quarter: string,
  related: QuarterLists,
): E.Either<CompanyIneligibleForAwards, void> {
  if (companyId === null) return ok;
  const blocked = awardBlockedThrough(companyId, quarter, earlierLists(related, awardListQuarters(quarter)));
  return blocked === null ? ok : E.left(companyIneligibleForAwards(projectId, companyId, quarter, blocked));
}

/**
 * AwardDemonstrationSite: housing bureau; a registered project not holding the title at that
 * level now, whose managing company is not blocked from awards by a red-black list in the
 * quarter of the recording.
 */
export function decideAwardDemonstrationSite(
  input: CommandInput<AwardDemonstrationSiteData>,
  state: DemonstrationState,
  related: AwardSiteContext,
): PilotsDecision {
  const { projectId, level, title } = input.data;
  return pipe(
    requireRole('AwardDemonstrationSite', input, 'housing-bureau'),
    E.chainW(() => (active(related, projectId) ? ok : E.left(projectNotRegistered(projectId)))),
    E.chainW(() => (state.awarded ? E.left(alreadyDemonstrationSite(projectId, level)) : ok)),
    E.chainW(() =>
      requireEligibleForAwards(
        projectId,
        related[projectKey(projectId)]?.companyId ?? null,
        quarterOf(input.recordedAt),
        related,
      ),
    ),
    E.map(() => [
      {
        type: DemonstrationSiteAwarded.type,
        data: { projectId, level, title } satisfies DemonstrationSiteAwardedData,
      },
    ]),
  );
}

/** RevokeDemonstration: housing bureau; a title held now, with a reason. */
export function decideRevokeDemonstration(
  input: CommandInput<RevokeDemonstrationData>,
  state: DemonstrationState,
): PilotsDecision {
  const { projectId, level, reason } = input.data;
  return pipe(
    requireRole('RevokeDemonstration', input, 'housing-bureau'),
    E.chainW(() => (state.awarded ? ok : E.left(notDemonstrationSite(projectId, level)))),
    E.map(() => [
      { type: DemonstrationRevoked.type, data: { projectId, level, reason } satisfies DemonstrationRevokedData },
    ]),
  );
}
