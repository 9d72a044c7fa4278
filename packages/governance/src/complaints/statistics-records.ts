/**
 * The public records of `complaintStatistics`: the overall counters (`total`, with the
 * projection's clock) and every bucket of counters by month, community, company and category
 * (`month/2024-03`, `community/<id>`, `company/<id>`, `category/repair`). The tracked
 * complaints themselves are not records here: their public cards are `complaintBoard`'s.
 *
 * Overdue counters move when the ledger's clock passes a deadline, whatever event carries the
 * clock, so every bucket is clock-driven (re-read at each root; a few hundred small records).
 */
import type { PublicRecords, RecordedEvent } from '@govledger/core';
import { ownEntry, splitRecordKey } from '../public-records.ts';
import { ComplaintFiled, isComplaintEvent } from './events.ts';

/**
 * The statistics as these records read them (`ComplaintStatisticsState`, without importing
 * the projection): the counters are records as they stand.
 */
interface StatisticsTables {
  readonly asOf: string | null;
  readonly total: object;
  readonly byMonth: Readonly<Record<string, object>>;
  readonly byCommunity: Readonly<Record<string, object>>;
  readonly byCompany: Readonly<Record<string, object>>;
  readonly byCategory: Readonly<Record<string, object>>;
  readonly tracked: Readonly<
    Record<
      string,
      { readonly month: string; readonly communityId: string; readonly companyId: string; readonly category: string }
    >
  >;
}

const TABLES = {
  month: 'byMonth',
  community: 'byCommunity',
  company: 'byCompany',
  category: 'byCategory',
} as const satisfies Record<string, keyof StatisticsTables>;

function tableOf(state: StatisticsTables, kind: string): Readonly<Record<string, object>> | undefined {
  return Object.hasOwn(TABLES, kind) ? state[TABLES[kind as keyof typeof TABLES]] : undefined;
}

function* bucketKeys(state: StatisticsTables): Generator<string> {
  if (state.asOf === null) return;
  yield 'total';
  for (const [kind, table] of Object.entries(TABLES)) {
    for (const id of Object.keys(state[table])) yield `${kind}/${id}`;
  }
}

const TOTAL = ['total'] as const;

/** The public records of the complaint statistics (see the module comment). */
export const complaintStatisticsRecords: PublicRecords<StatisticsTables> = {
  touched(state, event: RecordedEvent) {
    // `total` holds the clock, which every event moves; buckets only ever appear when a
    // complaint is filed, and their later changes are clock-driven reads.
    if (!isComplaintEvent(event) || event.type !== ComplaintFiled.type) return TOTAL;
    const c = ownEntry(state.tracked, event.data.complaintId);
    if (c === undefined) return [];
    return [
      'total',
      `month/${c.month}`,
      `community/${c.communityId}`,
      `company/${c.companyId}`,
      `category/${c.category}`,
    ];
  },
  read(state, key) {
    if (key === 'total') return { asOf: state.asOf, ...state.total };
    const [kind, id] = splitRecordKey(key);
    const table = tableOf(state, kind);
    return table === undefined ? undefined : ownEntry(table, id);
  },
  keys: bucketKeys,
  clockDriven: bucketKeys,
};
