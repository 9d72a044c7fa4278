/**
 * Every rule the pilots area can refuse a command with: a tag naming the rule, the ids
 * involved and a message written once here.
 */
import type { DomainError } from '../command.ts';

/** A refusal of the pilots area (`Forbidden` comes from `requireRole`). */
export interface PilotsError extends DomainError {
  readonly _tag:
    | 'PilotAlreadyLaunched'
    | 'PilotNotLaunched'
    | 'PilotAlreadyCompleted'
    | 'PilotProjectsInvalid'
    | 'ProjectNotRegistered'
    | 'AlreadyDemonstrationSite'
    | 'NotDemonstrationSite'
    | 'CompanyIneligibleForAwards';
}

const error = (_tag: PilotsError['_tag'], message: string, details: Record<string, unknown>): PilotsError => ({
  _tag,
  message,
  ...details,
});

/** The catalogue of pilots refusals. */
export const pilotsErrors = {
  pilotAlreadyLaunched: (pilotId: string) =>
    error('PilotAlreadyLaunched', `pilot ${pilotId} is already launched`, { pilotId }),
  pilotNotLaunched: (pilotId: string) => error('PilotNotLaunched', `pilot ${pilotId} was never launched`, { pilotId }),
  pilotAlreadyCompleted: (pilotId: string) =>
    error('PilotAlreadyCompleted', `pilot ${pilotId} is already completed`, { pilotId }),
  pilotProjectsInvalid: (pilotId: string, reason: string) =>
    error('PilotProjectsInvalid', `pilot ${pilotId} ${reason}`, { pilotId }),
  /** A demonstration title for the project of a company blocked from awards by a red-black list. */
  companyIneligibleForAwards: (projectId: string, companyId: string, quarter: string, blockedThrough: string) =>
    error(
      'CompanyIneligibleForAwards',
      `project ${projectId} cannot be awarded a demonstration title in ${quarter}: its property company ${companyId} is black-listed and not eligible for awards (评优评先) through ${blockedThrough}`,
      { projectId, companyId, quarter, blockedThrough },
    ),
  projectNotRegistered: (projectId: string) =>
    error('ProjectNotRegistered', `project ${projectId} is not registered, or its registration ended`, { projectId }),
  alreadyDemonstrationSite: (projectId: string, level: string) =>
    error('AlreadyDemonstrationSite', `project ${projectId} is already a ${level} demonstration site`, {
      projectId,
      level,
    }),
  notDemonstrationSite: (projectId: string, level: string) =>
    error('NotDemonstrationSite', `project ${projectId} is not a ${level} demonstration site`, { projectId, level }),
};
