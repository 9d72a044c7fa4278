/**
 * Every rule the pilots area can refuse a command with: one type per refusal, naming the ids
 * involved, each made by its builder, which writes the message once.
 */
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';
import type { ProjectNotRegistered } from '../ratings/errors.ts';

/** A pilot id is launched once. */
export interface PilotAlreadyLaunched extends DomainError {
  readonly _tag: 'PilotAlreadyLaunched';
  readonly pilotId: string;
}

/** The command names a pilot that was never launched. */
export interface PilotNotLaunched extends DomainError {
  readonly _tag: 'PilotNotLaunched';
  readonly pilotId: string;
}

/** A pilot is completed once. */
export interface PilotAlreadyCompleted extends DomainError {
  readonly _tag: 'PilotAlreadyCompleted';
  readonly pilotId: string;
}

/** A pilot names one to the most projects allowed, none twice; the message says which rule failed. */
export interface PilotProjectsInvalid extends DomainError {
  readonly _tag: 'PilotProjectsInvalid';
  readonly pilotId: string;
}

/** A project holds a demonstration title at a level once at a time. */
export interface AlreadyDemonstrationSite extends DomainError {
  readonly _tag: 'AlreadyDemonstrationSite';
  readonly projectId: string;
  readonly level: string;
}

/** Only a title held now is revoked. */
export interface NotDemonstrationSite extends DomainError {
  readonly _tag: 'NotDemonstrationSite';
  readonly projectId: string;
  readonly level: string;
}

/**
 * The red-black list is linked to awards (评优评先): the project of a black-listed company is
 * not awarded a demonstration title while the list blocks it.
 */
export interface CompanyIneligibleForAwards extends DomainError {
  readonly _tag: 'CompanyIneligibleForAwards';
  readonly projectId: string;
  readonly companyId: string;
  readonly quarter: string;
  readonly blockedThrough: string;
}

/** Every reason a pilots rule of its own can refuse a command. */
export type PilotsRuleError =
  | PilotAlreadyLaunched
  | PilotNotLaunched
  | PilotAlreadyCompleted
  | PilotProjectsInvalid
  | AlreadyDemonstrationSite
  | NotDemonstrationSite
  | CompanyIneligibleForAwards;

/** Every reason a pilots command can be refused (the role check and the project's registration included). */
export type PilotsError = Forbidden | ProjectNotRegistered | PilotsRuleError;

/** Builds {@link PilotAlreadyLaunched}. */
export function pilotAlreadyLaunched(pilotId: string): PilotAlreadyLaunched {
  return { _tag: 'PilotAlreadyLaunched', message: `pilot ${pilotId} is already launched`, pilotId };
}

/** Builds {@link PilotNotLaunched}. */
export function pilotNotLaunched(pilotId: string): PilotNotLaunched {
  return { _tag: 'PilotNotLaunched', message: `pilot ${pilotId} was never launched`, pilotId };
}

/** Builds {@link PilotAlreadyCompleted}. */
export function pilotAlreadyCompleted(pilotId: string): PilotAlreadyCompleted {
  return { _tag: 'PilotAlreadyCompleted', message: `pilot ${pilotId} is already completed`, pilotId };
}

/** Builds {@link PilotProjectsInvalid}; `reason` completes the sentence "pilot … ". */
export function pilotProjectsInvalid(pilotId: string, reason: string): PilotProjectsInvalid {
  return { _tag: 'PilotProjectsInvalid', message: `pilot ${pilotId} ${reason}`, pilotId };
}

/** Builds {@link AlreadyDemonstrationSite}. */
export function alreadyDemonstrationSite(projectId: string, level: string): AlreadyDemonstrationSite {
  return {
    _tag: 'AlreadyDemonstrationSite',
    message: `project ${projectId} is already a ${level} demonstration site`,
    projectId,
    level,
  };
}

/** Builds {@link NotDemonstrationSite}. */
export function notDemonstrationSite(projectId: string, level: string): NotDemonstrationSite {
  return {
    _tag: 'NotDemonstrationSite',
    message: `project ${projectId} is not a ${level} demonstration site`,
    projectId,
    level,
  };
}

/** Builds {@link CompanyIneligibleForAwards}: the list blocks `companyId` from awards in `quarter` through `blockedThrough`. */
export function companyIneligibleForAwards(
  projectId: string,
  companyId: string,
  quarter: string,
  blockedThrough: string,
): CompanyIneligibleForAwards {
  return {
    _tag: 'CompanyIneligibleForAwards',
    message: `project ${projectId} cannot be awarded a demonstration title in ${quarter}: its property company ${companyId} is black-listed and not eligible for awards (评优评先) through ${blockedThrough}`,
    projectId,
    companyId,
    quarter,
    blockedThrough,
  };
}
