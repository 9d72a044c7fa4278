/**
 * The codec of an electorate's scope: the whole community, some of its buildings, or the
 * units sharing a repaired part (列支范围). Kept apart from the register so that the votes'
 * events can name a scope without importing the register.
 */
import { Id, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';

/** The most units a `shared-part` scope may list (a larger range is a building or the community). */
export const MAX_SCOPE_UNITS = 100;

/** Codec of an electorate scope. */
export const ElectorateScope = t.union(
  [
    t.type({ kind: t.literal('community'), communityId: Id }),
    t.type({ kind: t.literal('buildings'), communityId: Id, buildingIds: t.array(Id) }),
    t.type({ kind: t.literal('shared-part'), communityId: Id, part: NonEmptyString, unitIds: t.array(Id) }),
  ],
  'ElectorateScope',
);
export type ElectorateScope = t.TypeOf<typeof ElectorateScope>;
