/**
 * What a caller submits for each public income command: the `data` codec of each command line.
 */
import { Id, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { AllocationTarget, IncomeFen, IncomeSource, Sha256Hex } from './events.ts';
import { Month } from './period.ts';

/** 收益登记: income from a common part, booked to a month. */
export const RecordPublicIncomeData = t.type(
  {
    communityId: Id,
    incomeId: Id,
    source: IncomeSource,
    amountFen: IncomeFen,
    period: Month,
    description: NonEmptyString,
  },
  'RecordPublicIncomeData',
);
export type RecordPublicIncomeData = t.TypeOf<typeof RecordPublicIncomeData>;

/** 收益分配: allocates part of the unallocated income. */
export const AllocatePublicIncomeData = t.type(
  {
    communityId: Id,
    allocationId: Id,
    target: AllocationTarget,
    amountFen: IncomeFen,
    purpose: NonEmptyString,
  },
  'AllocatePublicIncomeData',
);
export type AllocatePublicIncomeData = t.TypeOf<typeof AllocatePublicIncomeData>;

/** 收益公示: discloses the months `periodFrom`–`periodTo`; the published document may be referenced by hash. */
export const DisclosePublicIncomeData = t.intersection(
  [
    t.type({ communityId: Id, disclosureId: Id, periodFrom: Month, periodTo: Month }),
    t.partial({ documentSha256: Sha256Hex }),
  ],
  'DisclosePublicIncomeData',
);
export type DisclosePublicIncomeData = t.TypeOf<typeof DisclosePublicIncomeData>;
