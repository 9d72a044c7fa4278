/**
 * Every rule the coverage area can refuse a command with: one type per refusal, naming the ids
 * involved, each made by its builder, which writes the message once.
 */
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';
import type { CompanyNotRegistered, ManagementAreaNotRegistered } from '../registry/errors.ts';
import type { CoverageMode } from './events.ts';

/** A management area is designated once. */
export interface AreaAlreadyDesignated extends DomainError {
  readonly _tag: 'AreaAlreadyDesignated';
  readonly areaId: string;
}

/** Coverage is assigned only within a designated management area. */
export interface AreaNotDesignated extends DomainError {
  readonly _tag: 'AreaNotDesignated';
  readonly areaId: string;
}

/** A management area lists one to the most communities allowed, none twice; the message says which rule failed. */
export interface AreaCommunitiesInvalid extends DomainError {
  readonly _tag: 'AreaCommunitiesInvalid';
  readonly areaId: string;
}

/** An old community is registered once. */
export interface OldCommunityAlreadyRegistered extends DomainError {
  readonly _tag: 'CommunityAlreadyRegistered';
  readonly communityId: string;
}

/** Coverage is assigned only to a registered old community. */
export interface OldCommunityNotRegistered extends DomainError {
  readonly _tag: 'CommunityNotRegistered';
  readonly communityId: string;
}

/** The community must be among those the management area lists. */
export interface CommunityOutsideArea extends DomainError {
  readonly _tag: 'CommunityOutsideArea';
  readonly communityId: string;
  readonly areaId: string;
}

/** A company-served mode names the company that serves the community. */
export interface CompanyRequired extends DomainError {
  readonly _tag: 'CompanyRequired';
  readonly mode: CoverageMode;
}

/** Owners' self-management has no serving company. */
export interface CompanyNotAllowed extends DomainError {
  readonly _tag: 'CompanyNotAllowed';
  readonly mode: CoverageMode;
}

/** Re-assigning the coverage a community already has changes nothing, so it is refused. */
export interface CoverageUnchanged extends DomainError {
  readonly _tag: 'CoverageUnchanged';
  readonly communityId: string;
}

/** Only a covered community has coverage to withdraw. */
export interface NotCovered extends DomainError {
  readonly _tag: 'NotCovered';
  readonly communityId: string;
}

/** Every reason a coverage rule of its own can refuse a command. */
export type CoverageRuleError =
  | AreaAlreadyDesignated
  | AreaNotDesignated
  | AreaCommunitiesInvalid
  | OldCommunityAlreadyRegistered
  | OldCommunityNotRegistered
  | CommunityOutsideArea
  | CompanyRequired
  | CompanyNotAllowed
  | CoverageUnchanged
  | NotCovered;

/** Every reason a coverage command can be refused (the role check and the registry's refusals included). */
export type CoverageError = Forbidden | ManagementAreaNotRegistered | CompanyNotRegistered | CoverageRuleError;

/** Builds {@link AreaAlreadyDesignated}. */
export function areaAlreadyDesignated(areaId: string): AreaAlreadyDesignated {
  return { _tag: 'AreaAlreadyDesignated', message: `management area ${areaId} is already designated`, areaId };
}

/** Builds {@link AreaNotDesignated}. */
export function areaNotDesignated(areaId: string): AreaNotDesignated {
  return { _tag: 'AreaNotDesignated', message: `management area ${areaId} is not designated`, areaId };
}

/** Builds {@link AreaCommunitiesInvalid}; `reason` completes the sentence "management area … ". */
export function areaCommunitiesInvalid(areaId: string, reason: string): AreaCommunitiesInvalid {
  return { _tag: 'AreaCommunitiesInvalid', message: `management area ${areaId} ${reason}`, areaId };
}

/** Builds {@link OldCommunityAlreadyRegistered}. */
export function oldCommunityAlreadyRegistered(communityId: string): OldCommunityAlreadyRegistered {
  return {
    _tag: 'CommunityAlreadyRegistered',
    message: `old community ${communityId} is already registered`,
    communityId,
  };
}

/** Builds {@link OldCommunityNotRegistered}. */
export function oldCommunityNotRegistered(communityId: string): OldCommunityNotRegistered {
  return { _tag: 'CommunityNotRegistered', message: `old community ${communityId} is not registered`, communityId };
}

/** Builds {@link CommunityOutsideArea}. */
export function communityOutsideArea(communityId: string, areaId: string): CommunityOutsideArea {
  return {
    _tag: 'CommunityOutsideArea',
    message: `old community ${communityId} is not among the communities of management area ${areaId}`,
    communityId,
    areaId,
  };
}

/** Builds {@link CompanyRequired}. */
export function companyRequired(mode: CoverageMode): CompanyRequired {
  return {
    _tag: 'CompanyRequired',
    message: `coverage mode ${mode} needs the id of the company that serves the community`,
    mode,
  };
}

/** Builds {@link CompanyNotAllowed}. */
export function companyNotAllowed(mode: CoverageMode): CompanyNotAllowed {
  return {
    _tag: 'CompanyNotAllowed',
    message: `coverage mode ${mode} has no company: owners manage the community themselves`,
    mode,
  };
}

/** Builds {@link CoverageUnchanged}. */
export function coverageUnchanged(communityId: string): CoverageUnchanged {
  return {
    _tag: 'CoverageUnchanged',
    message: `old community ${communityId} is already covered in that way`,
    communityId,
  };
}

/** Builds {@link NotCovered}. */
export function notCovered(communityId: string): NotCovered {
  return { _tag: 'NotCovered', message: `old community ${communityId} has no coverage to withdraw`, communityId };
}
