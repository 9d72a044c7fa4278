/**
 * Public income 公共收益 from the owners' common parts: recorded by the property company,
 * allocated by the owners' committee (to the maintenance fund, to owners, or to common
 * expenses), and disclosed. The public surface of the area.
 */
import type { AnyProjection } from '@govledger/core';
import { publicIncome } from './project.ts';

export {
  AllocationTarget,
  IncomeSource,
  PublicIncomeAllocated,
  PublicIncomeDisclosed,
  PublicIncomeRecorded,
  publicIncomeEvents,
  publicIncomeStreamId,
} from './events.ts';
export { AllocatePublicIncome, DisclosePublicIncome, publicIncomeCommands, RecordPublicIncome } from './commands.ts';
export { type PublicIncomeState, publicIncomeAggregate } from './aggregate.ts';
export type { PublicIncomeError } from './errors.ts';
export { MAX_DISCLOSURE_MONTHS } from './period.ts';
export {
  type CommunityPublicIncome,
  type DisclosureRecord,
  type MonthIncome,
  type PublicIncomeProjectionState,
  publicIncome,
} from './project.ts';

/** Every public income projection, for the runner. */
export const publicIncomeProjections: AnyProjection[] = [publicIncome];
