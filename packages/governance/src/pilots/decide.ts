/**
 * The rules of the pilots area, one function per command. Pure: they read the command, the
 * acting stream's state and the related projects' states.
 */
import type { DecidedEvent } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput, DomainError } from '../command.ts';
import type { ProjectState } from '../registry/aggregate.ts';
import type { DemonstrationState, PilotStatus } from './aggregate.ts';
import type {
  AwardDemonstrationSiteData,
  CompletePilotData,
  LaunchPilotProjectData,
  RevokeDemonstrationData,
} from './command-data.ts';
import { awardBlockedThrough } from '../ratings/consequences.ts';
import { earlierLists, type QuarterLists } from '../ratings/decide.ts';
import { MAX_POLICY_QUARTERS } from '../ratings/policy.ts';
import { previousQuarters, quarterOf } from '../ratings/quarter.ts';
import { pilotsErrors as errors } from './errors.ts';
import { DemonstrationRevoked, DemonstrationSiteAwarded, PilotCompleted, PilotProjectLaunched } from './events.ts';

/** What a pilots rule returns. */
export type PilotsDecision = Either<DomainError, readonly DecidedEvent[]>;

/** The most projects one pilot may cover. */
export const MAX_PILOT_PROJECTS = 100;

/** Related key of a project a command names. */
export const projectKey = (projectId: string): string => `project:${projectId}`;

function active(related: Readonly<Record<string, unknown>>, projectId: string): boolean {
  return (related[projectKey(projectId)] as ProjectState).active;
}

/**
 * LaunchPilotProject: housing bureau; a new pilot id; 1 to {@link MAX_PILOT_PROJECTS}
 * registered, active projects, none twice.
 */
export function decideLaunchPilotProject(
  input: CommandInput<LaunchPilotProjectData>,
  state: PilotStatus,
  related: Readonly<Record<string, unknown>>,
): PilotsDecision {
  const allowed = requireRole('LaunchPilotProject', input, 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { pilotId, kind, name, projectIds } = input.data;
  if (state !== 'none') return left(errors.pilotAlreadyLaunched(pilotId));
  if (projectIds.length === 0) return left(errors.pilotProjectsInvalid(pilotId, 'names no project'));
  if (projectIds.length > MAX_PILOT_PROJECTS) {
    return left(errors.pilotProjectsInvalid(pilotId, `names more than ${MAX_PILOT_PROJECTS} projects`));
  }
  if (new Set(projectIds).size !== projectIds.length)
    return left(errors.pilotProjectsInvalid(pilotId, 'names a project twice'));
  const unknown = projectIds.find((projectId) => !active(related, projectId));
  if (unknown !== undefined) return left(errors.projectNotRegistered(unknown));
  const designatedBy = input.data.designatedBy ?? null;
  return right([
    { type: PilotProjectLaunched.type, data: { pilotId, kind, name, projectIds: [...projectIds], designatedBy } },
  ]);
}

/** CompletePilot: housing bureau; a running pilot, with a summary. */
export function decideCompletePilot(input: CommandInput<CompletePilotData>, state: PilotStatus): PilotsDecision {
  const allowed = requireRole('CompletePilot', input, 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { pilotId, summary } = input.data;
  if (state === 'none') return left(errors.pilotNotLaunched(pilotId));
  if (state === 'completed') return left(errors.pilotAlreadyCompleted(pilotId));
  return right([{ type: PilotCompleted.type, data: { pilotId, summary } }]);
}

/** The quarters whose lists can block awards in `quarter`. */
export const awardListQuarters = (quarter: string): string[] => previousQuarters(quarter, MAX_POLICY_QUARTERS);

/**
 * AwardDemonstrationSite: housing bureau; a registered project not holding the title at that
 * level now, whose managing company is not blocked from awards by a red-black list in the
 * quarter of the recording.
 */
export function decideAwardDemonstrationSite(
  input: CommandInput<AwardDemonstrationSiteData>,
  state: DemonstrationState,
  related: QuarterLists & Readonly<Record<string, unknown>>,
): PilotsDecision {
  const allowed = requireRole('AwardDemonstrationSite', input, 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { projectId, level, title } = input.data;
  if (!active(related, projectId)) return left(errors.projectNotRegistered(projectId));
  if (state.awarded) return left(errors.alreadyDemonstrationSite(projectId, level));
  // The red-black list is linked to awards (评优评先): a black-listed company's project is not awarded.
  const companyId = (related[projectKey(projectId)] as ProjectState).companyId;
  const quarter = quarterOf(input.recordedAt);
  if (companyId !== null) {
    const lists = earlierLists(related, awardListQuarters(quarter));
    const blocked = awardBlockedThrough(companyId, quarter, lists);
    if (blocked !== null) return left(errors.companyIneligibleForAwards(projectId, companyId, quarter, blocked));
  }
  return right([{ type: DemonstrationSiteAwarded.type, data: { projectId, level, title } }]);
}

/** RevokeDemonstration: housing bureau; a title held now, with a reason. */
export function decideRevokeDemonstration(
  input: CommandInput<RevokeDemonstrationData>,
  state: DemonstrationState,
): PilotsDecision {
  const allowed = requireRole('RevokeDemonstration', input, 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { projectId, level, reason } = input.data;
  if (!state.awarded) return left(errors.notDemonstrationSite(projectId, level));
  return right([{ type: DemonstrationRevoked.type, data: { projectId, level, reason } }]);
}
