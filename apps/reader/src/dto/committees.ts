/**
 * Owners' committees 业主委员会 as the public sees them, per community: the sitting
 * committee's size, its party members (红色业委会) as a count and share, the vote that
 * elected it, and its filing with the street office. Members are counted, never named.
 *
 * Reads governance's `committees` state.
 */
import type { committees } from '@govledger/governance';
import { count, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** The committees state, as governance's committees projection holds it. */
export type CommitteesView = committees.CommitteesState;

/** One community's committee as served. */
export interface CommitteeDto {
  readonly communityId: string;
  readonly electedByVoteId: string;
  readonly electedAt: string;
  readonly termEndsAt: string | null;
  readonly memberCount: number;
  readonly partyMemberCount: number;
  readonly partyMemberRatio: number;
  readonly filingStatus: string;
  readonly filedAt: string | null;
  readonly filingNumber: string | null;
  readonly elections: number;
  readonly memberChanges: number;
  readonly updatedAt: string;
}

/** Totals over every community with a committee. */
export interface CommitteeTotalsDto {
  readonly committees: number;
  readonly filed: number;
  readonly members: number;
  readonly partyMembers: number;
}

/** The DTO of one community's committee. */
export function committeeDto(c: committees.CommitteeRecord): CommitteeDto {
  return {
    communityId: c.communityId,
    electedByVoteId: c.electedByVoteId,
    electedAt: c.electedAt,
    termEndsAt: c.termEndsAt,
    memberCount: c.memberCount,
    partyMemberCount: c.partyMemberCount,
    partyMemberRatio: c.partyMemberRatio,
    filingStatus: c.filingStatus,
    filedAt: c.filedAt,
    filingNumber: c.filingNumber,
    elections: c.elections,
    memberChanges: c.memberChanges,
    updatedAt: c.updatedAt,
  };
}

/** The totals DTO. */
export function committeeTotalsDto(t: committees.CommitteeTotals): CommitteeTotalsDto {
  return { committees: t.committees, filed: t.filed, members: t.members, partyMembers: t.partyMembers };
}

/** Schema of {@link CommitteeDto}. */
export const committeeSchema: Schema = obj({
  communityId: str(),
  electedByVoteId: str('the certified matter-3 vote that elected the sitting committee'),
  electedAt: time(),
  termEndsAt: nullable(time()),
  memberCount: count('sitting members'),
  partyMemberCount: count('party members among them'),
  partyMemberRatio: {
    type: 'number',
    minimum: 0,
    maximum: 1,
    description: 'party members as a share of the sitting members',
  },
  filingStatus: oneOf(['unfiled', 'filed', 'changed-since-filing'], 'filing 备案 with the street office'),
  filedAt: nullable(time()),
  filingNumber: nullable(str()),
  elections: count(),
  memberChanges: count('member changes since the last election'),
  updatedAt: time(),
});

/** Schema of {@link CommitteeTotalsDto}. */
export const committeeTotalsSchema: Schema = obj({
  committees: count('communities with a committee'),
  filed: count('committees filed and unchanged since'),
  members: count(),
  partyMembers: count(),
});
