/**
 * Why a unit-register command is refused: each rule's error, with its message written once here.
 */
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';
import type { RegistryError } from '../registry/errors.ts';

/** Every reason a unit-register rule can refuse a command, by tag. */
export type UnitErrorTag =
  | 'UnitAlreadyRegistered'
  | 'UnitNotRegistered'
  | 'UnitNotActive'
  | 'TooManyUnits'
  | 'InvalidUnitOwner'
  | 'OwnerUnchanged';

/** A unit-register rule refused the command; `communityId` names the register. */
export interface UnitRuleError extends DomainError {
  readonly _tag: UnitErrorTag;
  readonly communityId: string;
}

/** Every error a unit-register command can return. */
export type UnitError = Forbidden | RegistryError | UnitRuleError;

function error(_tag: UnitErrorTag, communityId: string, message: string): UnitRuleError {
  return { _tag, communityId, message };
}

/** A unit is registered once (an ended unit's id is not reused). */
export const unitAlreadyRegistered = (communityId: string, unitId: string) =>
  error('UnitAlreadyRegistered', communityId, `unit ${unitId} of ${communityId} is already in the unit register`);

/** The command names a unit the register does not hold. */
export const unitNotRegistered = (communityId: string, unitId: string) =>
  error('UnitNotRegistered', communityId, `unit ${unitId} is not in the unit register of ${communityId}`);

/** The unit left the register. */
export const unitNotActive = (communityId: string, unitId: string) =>
  error('UnitNotActive', communityId, `unit ${unitId} of ${communityId} has left the unit register`);

/** One registration lists at most `max` units. */
export const tooManyUnits = (communityId: string, count: number, max: number) =>
  error(
    'TooManyUnits',
    communityId,
    `${count} units in one registration of ${communityId}; register at most ${max} at a time`,
  );

/** An owner id breaks a rule of one owner, one head (art. 9 of the SPC interpretation). */
export const invalidUnitOwner = (communityId: string, reason: string) =>
  error('InvalidUnitOwner', communityId, `unit register of ${communityId}: ${reason}`);

/** A transfer must change the owner. */
export const ownerUnchanged = (communityId: string, unitId: string, ownerId: string) =>
  error('OwnerUnchanged', communityId, `unit ${unitId} of ${communityId} is already owned by ${ownerId}`);
