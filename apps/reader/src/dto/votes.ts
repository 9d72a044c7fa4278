/**
 * Owners' assembly votes 业主大会表决 as the public sees them, with the Civil Code art. 278
 * breakdown: the electorate's totals, who took part (area and head count), the weight behind
 * each choice, every threshold with the value it needed, and whether and why it passed.
 *
 * Ballots are secret. The projection holds only totals, never which owner chose what; and
 * the weight behind each choice is served only once voting has closed. While voting is
 * open, successive answers (or `asOf` one entry apart) would show each single ballot's
 * choice and area, and an area names a unit — so an open vote shows participation only.
 *
 * Reads governance's `voteResults` state (`{votes: {id: result}, order: [id]}`).
 */
import { votes } from '@govledger/governance';
import { bool, count, list, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** The statuses of a proposed vote (governance's VoteStatus, without `none`). */
export const VOTE_STATUSES = ['proposed', 'open', 'closed', 'certified'] as const satisfies readonly votes.VoteStatus[];

/** Area (hundredths of m²) and head count. */
export type WeightView = votes.Weight;

/** One vote's result, as governance's voteResults holds it. */
export type VoteResultView = votes.VoteResult;

/** The results, as governance's voteResults holds them. */
export type VoteResultsView = votes.VoteResultsState;

/**
 * Who took part as served: heads always; the area, or null with the reason while it is sealed
 * (`sealed-until-closing`: an open vote of pseudonymous ballots).
 */
export interface ParticipationView {
  readonly areaM2Hundredths: number | null;
  readonly owners: number;
  readonly areaWithheld: votes.ParticipatingAreaWithheld | null;
}

/** One threshold of art. 278 as applied. */
export interface ThresholdCheckDto {
  readonly name: string;
  readonly rule: string;
  readonly actual: number;
  readonly of: number;
  readonly needed: number;
  readonly met: boolean;
}

/** The art. 278 outcome as served. */
export interface OutcomeDto {
  readonly participationMet: boolean;
  readonly approvalMet: boolean;
  readonly passed: boolean;
  readonly certified: boolean;
  readonly checks: readonly ThresholdCheckDto[];
  readonly reasons: readonly string[];
}

/** A vote in a list. */
export interface VoteSummaryDto {
  readonly voteId: string;
  readonly communityId: string;
  readonly matter: number;
  readonly matterName: string;
  readonly title: string;
  readonly status: string;
  readonly proposedAt: string;
  readonly closesAt: string | null;
  /** Null until the result is known (voting closed). */
  readonly passed: boolean | null;
}

/** One vote with its art. 278 breakdown. */
export interface VoteDto extends VoteSummaryDto {
  /** `more-than-half` (matters 1–5 and 9) or `three-quarters` (matters 6–8) of those taking part. */
  readonly approvalRule: 'more-than-half' | 'three-quarters';
  readonly requestedAmountFen: number | null;
  readonly openedAt: string | null;
  readonly closedAt: string | null;
  readonly certifiedAt: string | null;
  readonly unitCount: number;
  readonly electorate: WeightView;
  readonly participating: ParticipationView;
  /** The weight behind each choice: null until voting closed (ballots are secret while it runs). */
  readonly choices: { readonly approve: WeightView; readonly reject: WeightView; readonly abstain: WeightView } | null;
  readonly changedBallots: number;
  /** `sealed` (choices hidden in every leaf), `plain` (an older ledger's leaves show choices), `mixed`, or null. */
  readonly ballotSecrecy: 'sealed' | 'plain' | 'mixed' | null;
  /** The art. 278 outcome, once voting closed (the certified one once certified). */
  readonly outcome: OutcomeDto | null;
}

const weight = (w: WeightView): WeightView => ({ areaM2Hundredths: w.areaM2Hundredths, owners: w.owners });
const participation = (p: votes.Participation): ParticipationView => ({
  areaM2Hundredths: p.areaM2Hundredths,
  owners: p.owners,
  areaWithheld: p.areaWithheld ?? null,
});
const counted = (status: string): boolean => status === 'closed' || status === 'certified';

/** The summary DTO of a vote. */
export function voteSummaryDto(v: VoteResultView): VoteSummaryDto {
  return {
    voteId: v.voteId,
    communityId: v.communityId,
    matter: v.matter,
    matterName: v.matterName,
    title: v.title,
    status: v.status,
    proposedAt: v.proposedAt,
    closesAt: v.closesAt,
    passed: counted(v.status) && v.outcome ? v.outcome.passed : null,
  };
}

/** The full DTO of a vote (see the module comment for what stays hidden while it runs). */
export function voteDto(v: VoteResultView): VoteDto {
  const closed = counted(v.status);
  const outcome = closed && v.outcome ? v.outcome : null;
  return {
    ...voteSummaryDto(v),
    approvalRule: votes.needsThreeQuarters(v.matter) ? 'three-quarters' : 'more-than-half',
    requestedAmountFen: v.requestedAmountFen,
    openedAt: v.openedAt,
    closedAt: v.closedAt,
    certifiedAt: v.certifiedAt,
    unitCount: v.unitCount,
    electorate: { areaM2Hundredths: v.tally.totalAreaM2Hundredths, owners: v.tally.totalOwners },
    participating: participation(v.participating),
    choices: closed
      ? { approve: weight(v.tally.approve), reject: weight(v.tally.reject), abstain: weight(v.tally.abstain) }
      : null,
    changedBallots: v.changedBallots,
    ballotSecrecy: v.ballotSecrecy,
    outcome: outcome && {
      participationMet: outcome.participationMet,
      approvalMet: outcome.approvalMet,
      passed: outcome.passed,
      certified: v.status === 'certified',
      checks: outcome.checks.map((c) => ({
        name: c.name,
        rule: c.rule,
        actual: c.actual,
        of: c.of,
        needed: c.needed,
        met: c.met,
      })),
      reasons: [...outcome.reasons],
    },
  };
}

const weightSchema = obj({
  areaM2Hundredths: count('area in hundredths of m²'),
  owners: count('owners (one head per owner)'),
});

const summaryProperties: Record<string, Schema> = {
  voteId: str(),
  communityId: str(),
  matter: { type: 'integer', minimum: 1, maximum: 9, description: 'the matter number of Civil Code art. 278' },
  matterName: str('the matter as art. 278 names it (Chinese, with an English gloss)'),
  title: str(),
  status: oneOf(VOTE_STATUSES),
  proposedAt: time(),
  closesAt: nullable(time('voting closes at this time (exclusive)')),
  passed: nullable(bool('null until voting closed')),
};

/** Schema of {@link VoteSummaryDto}. */
export const voteSummarySchema: Schema = obj(summaryProperties);

/** Schema of {@link VoteDto}. */
export const voteSchema: Schema = obj({
  ...summaryProperties,
  approvalRule: oneOf(['more-than-half', 'three-quarters']),
  requestedAmountFen: nullable(count('matter 5: the amount of the fund requested, in fen')),
  openedAt: nullable(time()),
  closedAt: nullable(time()),
  certifiedAt: nullable(time()),
  unitCount: count('exclusive units in the electorate'),
  electorate: weightSchema,
  participating: obj({
    areaM2Hundredths: nullable(
      count('participating area in hundredths of m²; null while it is not public (see areaWithheld)'),
    ),
    owners: count('owners who took part (one head per owner)'),
    areaWithheld: nullable(
      oneOf(
        ['sealed-until-closing'],
        'why the area is null: sealed-until-closing, the ballots are pseudonymous and their weights sealed until the closing count publishes the totals',
      ),
    ),
  }),
  choices: nullable(obj({ approve: weightSchema, reject: weightSchema, abstain: weightSchema })),
  changedBallots: count('ballots that replaced an earlier ballot of the same owner'),
  ballotSecrecy: nullable(
    oneOf(
      ['sealed', 'plain', 'mixed'],
      'sealed: choices hidden in every leaf; plain: an older ledger whose leaves show them',
    ),
  ),
  outcome: nullable(
    obj({
      participationMet: bool('≥ 2/3 of the area and ≥ 2/3 of the owners took part'),
      approvalMet: bool(),
      passed: bool(),
      certified: bool(),
      checks: list(
        obj({
          name: oneOf(['participating-area', 'participating-owners', 'approving-area', 'approving-owners']),
          rule: str('≥ 2/3, ≥ 3/4 or > 1/2'),
          actual: count(),
          of: count(),
          needed: count('the least value that meets the rule'),
          met: bool(),
        }),
      ),
      reasons: list(str(), 'for each unmet threshold, why'),
    }),
  ),
});
