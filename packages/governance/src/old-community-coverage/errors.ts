/**
 * Every rule the coverage area can refuse a command with: a tag naming the rule, the ids
 * involved and a message written once here.
 */
import type { DomainError } from '../command.ts';
import type { CoverageMode } from './events.ts';

/** A refusal of the coverage area (`Forbidden` comes from `requireRole`). */
export interface CoverageError extends DomainError {
  readonly _tag:
    | 'AreaAlreadyDesignated'
    | 'AreaNotDesignated'
    | 'AreaCommunitiesInvalid'
    | 'CommunityAlreadyRegistered'
    | 'CommunityNotRegistered'
    | 'CommunityOutsideArea'
    | 'CompanyRequired'
    | 'CompanyNotAllowed'
    | 'CompanyNotRegistered'
    | 'CoverageUnchanged'
    | 'NotCovered';
}

const error = (_tag: CoverageError['_tag'], message: string, details: Record<string, unknown>): CoverageError => ({
  _tag,
  message,
  ...details,
});

/** The catalogue of coverage refusals. */
export const coverageErrors = {
  areaAlreadyDesignated: (areaId: string) =>
    error('AreaAlreadyDesignated', `management area ${areaId} is already designated`, { areaId }),
  areaNotDesignated: (areaId: string) =>
    error('AreaNotDesignated', `management area ${areaId} is not designated`, { areaId }),
  areaCommunitiesInvalid: (areaId: string, reason: string) =>
    error('AreaCommunitiesInvalid', `management area ${areaId} ${reason}`, { areaId }),
  communityAlreadyRegistered: (communityId: string) =>
    error('CommunityAlreadyRegistered', `old community ${communityId} is already registered`, { communityId }),
  communityNotRegistered: (communityId: string) =>
    error('CommunityNotRegistered', `old community ${communityId} is not registered`, { communityId }),
  communityOutsideArea: (communityId: string, areaId: string) =>
    error(
      'CommunityOutsideArea',
      `old community ${communityId} is not among the communities of management area ${areaId}`,
      {
        communityId,
        areaId,
      },
    ),
  companyRequired: (mode: CoverageMode) =>
    error('CompanyRequired', `coverage mode ${mode} needs the id of the company that serves the community`, { mode }),
  companyNotAllowed: (mode: CoverageMode) =>
    error('CompanyNotAllowed', `coverage mode ${mode} has no company: owners manage the community themselves`, {
      mode,
    }),
  companyNotRegistered: (companyId: string) =>
    error('CompanyNotRegistered', `property company ${companyId} is not registered, or its registration ended`, {
      companyId,
    }),
  coverageUnchanged: (communityId: string) =>
    error('CoverageUnchanged', `old community ${communityId} is already covered in that way`, { communityId }),
  notCovered: (communityId: string) =>
    error('NotCovered', `old community ${communityId} has no coverage to withdraw`, { communityId }),
};
