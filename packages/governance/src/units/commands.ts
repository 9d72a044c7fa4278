/**
 * The unit-register commands as the executor runs them. Every command acts on the community's
 * register, `units-<communityId>`; registering units also consults the community's registry entry.
 */
import type { AnyCommandSpec, CommandSpec } from '../command.ts';
import { communityReferences } from '../registry/references.ts';
import { type UnitRegisterState, unitRegisterAggregate } from './aggregate.ts';
import { EndUnitData, RegisterUnitsData, TransferUnitOwnershipData } from './command-data.ts';
import { endUnit, registerUnits, transferUnitOwnership, UNIT_COMMUNITY_KEY, type UnitCommunity } from './decide.ts';
import { unitRegisterStreamId } from './events.ts';

const onRegister = (data: { communityId: string }): string => unitRegisterStreamId(data.communityId);

/** 分户登记 — housing bureau or fund centre. */
export const RegisterUnits: CommandSpec<RegisterUnitsData, UnitRegisterState, UnitCommunity> = {
  name: 'RegisterUnits',
  data: RegisterUnitsData,
  streamId: onRegister,
  aggregate: unitRegisterAggregate,
  related: (data) => communityReferences(data.communityId, UNIT_COMMUNITY_KEY),
  decide: registerUnits,
};

/** 产权转移 — housing bureau or fund centre. */
export const TransferUnitOwnership: CommandSpec<TransferUnitOwnershipData, UnitRegisterState> = {
  name: 'TransferUnitOwnership',
  data: TransferUnitOwnershipData,
  streamId: onRegister,
  aggregate: unitRegisterAggregate,
  decide: transferUnitOwnership,
};

/** 注销 — housing bureau or fund centre. */
export const EndUnit: CommandSpec<EndUnitData, UnitRegisterState> = {
  name: 'EndUnit',
  data: EndUnitData,
  streamId: onRegister,
  aggregate: unitRegisterAggregate,
  decide: endUnit,
};

/** Every unit-register command, for the executor's registry. */
export const unitCommands: AnyCommandSpec[] = [RegisterUnits, TransferUnitOwnership, EndUnit];

/** The register stream of `communityId` consulted under `key` (votes and the fund read it). */
export const unitRegisterReference = (communityId: string, key: string) => ({
  key,
  streamId: unitRegisterStreamId(communityId),
  aggregate: unitRegisterAggregate,
});
