/**
 * The unit register 房屋分户登记: every exclusive unit of a community with its building, area and
 * pseudonymous owner, kept as events. Votes derive their electorates from it and the fund charges
 * only the units a vote's electorate holds. The public surface of the area.
 */
import type { AnyProjection } from '@govledger/core';
import { unitRegister } from './project.ts';

export {
  MAX_UNITS_PER_REGISTRATION,
  RegisteredUnit,
  UnitEnded,
  UnitOwnershipTransferred,
  UnitsRegistered,
  unitEvents,
  unitRegisterStreamId,
} from './events.ts';
export { EndUnitData, RegisteredUnitInput, RegisterUnitsData, TransferUnitOwnershipData } from './command-data.ts';
export {
  EndUnit,
  RegisterUnits,
  TransferUnitOwnership,
  unitCommands,
  unitRegisterReference,
} from './commands.ts';
export { activeUnits, type UnitRecord, type UnitRegisterState, unitRegisterAggregate } from './aggregate.ts';
export { ElectorateScope, MAX_SCOPE_UNITS, unitsInScope } from './scope.ts';
export type { UnitError } from './errors.ts';
export {
  type CommunityUnitRegister,
  type PublicUnit,
  type UnitRegisterViewState,
  unitRegister,
} from './project.ts';

/** Every unit-register projection, for the runner. */
export const unitProjections: AnyProjection[] = [unitRegister];
