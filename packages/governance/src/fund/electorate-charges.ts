/**
 * Who votes is who pays: a fund use or a top-up authorised by an owners' vote may charge only
 * the units of that vote's electorate (the units whose owners could vote on it). Pure.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { VoteState } from '../votes/aggregate.ts';
import { chargeOutsideElectorate, type FundError } from './errors.ts';

/** Refuses unless every unit of `unitIds` is in the electorate of `vote`, naming those outside it. */
export function requireElectorateCovers(
  communityId: string,
  voteId: string,
  vote: VoteState,
  unitIds: readonly string[],
): E.Either<FundError, void> {
  const outside = unitIds.filter((id) => !Object.hasOwn(vote.unitOwners, id));
  return outside.length === 0 ? E.right(undefined) : E.left(chargeOutsideElectorate(communityId, voteId, outside));
}
