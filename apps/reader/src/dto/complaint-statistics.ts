/**
 * Complaint statistics as the public sees them: counts overall and by month of filing,
 * community, company and category, with exact sums and the averages derived from them.
 * "Overdue" here is as of the projection's own clock (the latest act folded), so a replay
 * as of a past point gives the overdue count then.
 *
 * Reads governance's `complaintStatistics` state; its per-complaint tracking and due queue
 * are internal and never served.
 */
import type { complaints } from '@govledger/governance';
import { count, list, nullable, obj, str, time, type Schema } from '../schema.ts';

/** One set of counters, as governance's complaintStatistics holds it. */
export type ComplaintCountersView = complaints.ComplaintCounters;

/** The statistics state, as governance's complaintStatistics holds it. */
export type ComplaintStatisticsView = complaints.ComplaintStatisticsState;

/** Counters as served, with averages (null when there is nothing to average). */
export interface ComplaintCountersDto {
  readonly filed: number;
  readonly open: number;
  readonly overdue: number;
  readonly resolved: number;
  readonly closed: number;
  readonly reopenings: number;
  readonly escalated: number;
  readonly resolutionSecondsTotal: number;
  readonly resolutionSecondsCount: number;
  readonly averageResolutionSeconds: number | null;
  readonly satisfactionTotal: number;
  readonly satisfactionCount: number;
  readonly averageSatisfaction: number | null;
  /** Closed complaints per score: index 0 counts score 1, index 4 counts score 5. */
  readonly satisfactionByScore: readonly number[];
}

/** The counters of one key (a month, community, company or category). */
export type KeyedCountersDto = ComplaintCountersDto & { readonly key: string };

/** The statistics answer, without its ledger point. */
export interface ComplaintStatisticsDto {
  /** The time "overdue" is judged at: the latest act folded (null before any). */
  readonly clock: string | null;
  readonly total: ComplaintCountersDto;
  readonly byMonth: readonly KeyedCountersDto[];
  readonly byCommunity: readonly KeyedCountersDto[];
  readonly byCompany: readonly KeyedCountersDto[];
  readonly byCategory: readonly KeyedCountersDto[];
}

const average = (total: number, n: number, digits: number): number | null =>
  n === 0 ? null : Math.round((total / n) * 10 ** digits) / 10 ** digits;

/** The DTO of one set of counters. */
export function countersDto(c: ComplaintCountersView): ComplaintCountersDto {
  return {
    filed: c.filed,
    open: c.open,
    overdue: c.overdue,
    resolved: c.resolved,
    closed: c.closed,
    reopenings: c.reopenings,
    escalated: c.escalated,
    resolutionSecondsTotal: c.resolutionSecondsTotal,
    resolutionSecondsCount: c.resolutionSecondsCount,
    averageResolutionSeconds: average(c.resolutionSecondsTotal, c.resolutionSecondsCount, 0),
    satisfactionTotal: c.satisfactionTotal,
    satisfactionCount: c.satisfactionCount,
    averageSatisfaction: average(c.satisfactionTotal, c.satisfactionCount, 2),
    satisfactionByScore: [...c.satisfactionByScore],
  };
}

function keyed(table: Readonly<Record<string, ComplaintCountersView>>): KeyedCountersDto[] {
  return Object.keys(table)
    .sort()
    .map((key) => ({ key, ...countersDto(table[key]!) }));
}

/** The statistics DTO, each breakdown sorted by key. */
export function complaintStatisticsDto(state: ComplaintStatisticsView): ComplaintStatisticsDto {
  return {
    clock: state.asOf,
    total: countersDto(state.total),
    byMonth: keyed(state.byMonth),
    byCommunity: keyed(state.byCommunity),
    byCompany: keyed(state.byCompany),
    byCategory: keyed(state.byCategory),
  };
}

const counterProperties: Record<string, Schema> = {
  filed: count(),
  open: count('filed and not resolved'),
  overdue: count('open with a due time before the clock'),
  resolved: count('resolved or closed now'),
  closed: count(),
  reopenings: count('reopen acts'),
  escalated: count('complaints ever referred to a joint meeting'),
  resolutionSecondsTotal: count('sum over resolved complaints of seconds from filing to resolution'),
  resolutionSecondsCount: count(),
  averageResolutionSeconds: nullable({ type: 'number' }),
  satisfactionTotal: count('sum of satisfaction scores (1–5)'),
  satisfactionCount: count(),
  averageSatisfaction: nullable({ type: 'number' }),
  satisfactionByScore: {
    type: 'array',
    items: count(),
    minItems: 5,
    maxItems: 5,
    description: 'closed complaints per score 1…5',
  },
};

/** Schema of {@link ComplaintCountersDto}. */
export const countersSchema: Schema = obj(counterProperties);

const keyedSchema = obj({ key: str('the month (YYYY-MM, UTC), community, company or category'), ...counterProperties });

/** Schema of {@link ComplaintStatisticsDto}'s properties. */
export const complaintStatisticsProperties: Record<string, Schema> = {
  clock: nullable(time('overdue is judged at this time: the latest act folded')),
  total: countersSchema,
  byMonth: list(keyedSchema),
  byCommunity: list(keyedSchema),
  byCompany: list(keyedSchema),
  byCategory: list(keyedSchema),
};
