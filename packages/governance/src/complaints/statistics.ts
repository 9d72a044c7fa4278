/**
 * complaintStatistics: running counts of complaints — open, overdue, resolved, closed —
 * with resolution time and satisfaction, overall and by month of filing, community,
 * property company and category (months in China Standard Time, UTC+8, as the bureau
 * reckons them). O(1) per event for the counters, plus O(log n) amortised
 * for the due-time heap that tells which open complaints fell overdue.
 *
 * "Overdue" is as of the projection's clock: the latest `recordedAt` of any event folded so
 * far (the ledger's own time, never a wall clock nor a submitter's claim), so a replay as of a
 * past point gives the overdue count then, and a late act dated before its due time does not
 * hide that the complaint was overdue when the ledger recorded it. Months and resolution
 * times stay those of each act's `occurredAt`.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { type DueEntry, popDueBefore, pushDue } from './due-queue.ts';
import { complaintStatisticsRecords } from './statistics-records.ts';
import {
  ComplaintAssigned,
  ComplaintClosed,
  ComplaintEscalated,
  ComplaintFiled,
  ComplaintReopened,
  ComplaintResolved,
  ComplaintResponded,
  isComplaintEvent,
} from './events.ts';
import { type ComplaintStatus, isOpen } from './lifecycle.ts';

/** Counts over one set of complaints. Averages are `…Total / …Count`; times in whole seconds. */
export interface ComplaintCounters {
  filed: number;
  /** Filed and not resolved (filed, assigned, responded, reopened or escalated). */
  open: number;
  /** Open with a due time strictly before the projection's clock. */
  overdue: number;
  /** Currently resolved or closed. */
  resolved: number;
  closed: number;
  /** Reopen events (a complaint reopened twice counts twice). */
  reopenings: number;
  /** Complaints ever referred to a joint meeting. */
  escalated: number;
  /** Sum over resolved complaints of seconds from filing to their latest resolution. */
  resolutionSecondsTotal: number;
  resolutionSecondsCount: number;
  /** Sum of satisfaction scores (1–5) of closed complaints. */
  satisfactionTotal: number;
  satisfactionCount: number;
  /** Closed complaints per score: index 0 counts score 1, index 4 counts score 5. */
  satisfactionByScore: [number, number, number, number, number];
}

/** What the projection remembers of one complaint to move it between counts. No personal data. */
interface TrackedComplaint {
  /** Month of filing (`YYYY-MM`, China Standard Time), community, company and category. */
  readonly month: string;
  readonly communityId: string;
  readonly companyId: string;
  readonly category: string;
  readonly filedMs: number;
  status: ComplaintStatus;
  dueMs: number | null;
  overdue: boolean;
  escalated: boolean;
  resolutionSeconds: number | null;
}

/** The statistics state. Plain JSON: records, arrays and numbers. */
export interface ComplaintStatisticsState {
  /** The projection's clock: the latest `recordedAt` folded (ISO-8601 UTC), null before any event. */
  asOf: string | null;
  readonly total: ComplaintCounters;
  readonly byMonth: Record<string, ComplaintCounters>;
  readonly byCommunity: Record<string, ComplaintCounters>;
  readonly byCompany: Record<string, ComplaintCounters>;
  readonly byCategory: Record<string, ComplaintCounters>;
  readonly tracked: Record<string, TrackedComplaint>;
  readonly dueQueue: DueEntry[];
}

/** A zeroed set of counters. */
export function emptyCounters(): ComplaintCounters {
  return {
    filed: 0,
    open: 0,
    overdue: 0,
    resolved: 0,
    closed: 0,
    reopenings: 0,
    escalated: 0,
    resolutionSecondsTotal: 0,
    resolutionSecondsCount: 0,
    satisfactionTotal: 0,
    satisfactionCount: 0,
    satisfactionByScore: [0, 0, 0, 0, 0],
  };
}

const CHINA_STANDARD_TIME_MS = 8 * 3600_000;

/** The month (`YYYY-MM`) of a time in China Standard Time (UTC+8), as the bureau reckons months. */
function monthInChina(ms: number): string {
  return new Date(ms + CHINA_STANDARD_TIME_MS).toISOString().slice(0, 7);
}

function bucket(table: Record<string, ComplaintCounters>, key: string): ComplaintCounters {
  let counters = table[key];
  if (!counters) {
    counters = emptyCounters();
    table[key] = counters;
  }
  return counters;
}

/** Applies `change` to the overall counters and to the four buckets the complaint belongs to. */
function count(
  state: ComplaintStatisticsState,
  c: TrackedComplaint,
  change: (counters: ComplaintCounters) => void,
): void {
  change(state.total);
  change(bucket(state.byMonth, c.month));
  change(bucket(state.byCommunity, c.communityId));
  change(bucket(state.byCompany, c.companyId));
  change(bucket(state.byCategory, c.category));
}

function setOverdue(state: ComplaintStatisticsState, c: TrackedComplaint, overdue: boolean): void {
  if (c.overdue === overdue) return;
  c.overdue = overdue;
  count(state, c, (k) => {
    k.overdue += overdue ? 1 : -1;
  });
}

/** Re-derives overdue after a change of status or due time, queueing a future due time. */
function reviewDue(state: ComplaintStatisticsState, id: string, c: TrackedComplaint): void {
  if (!isOpen(c.status) || c.dueMs === null) {
    setOverdue(state, c, false);
    return;
  }
  setOverdue(state, c, state.asOf !== null && c.dueMs < Date.parse(state.asOf));
  if (!c.overdue) pushDue(state.dueQueue, [c.dueMs, id]);
}

function advanceClock(state: ComplaintStatisticsState, at: string): void {
  const ms = Date.parse(at);
  if (state.asOf !== null && ms <= Date.parse(state.asOf)) return;
  state.asOf = at;
  popDueBefore(state.dueQueue, ms, (id, dueMs) => {
    const c = state.tracked[id];
    if (c && isOpen(c.status) && c.dueMs === dueMs) setOverdue(state, c, true);
  });
}

function moveStatus(
  state: ComplaintStatisticsState,
  id: string,
  c: TrackedComplaint,
  to: ComplaintStatus,
  atMs: number,
): void {
  const wasOpen = isOpen(c.status);
  const nowOpen = isOpen(to);
  if (wasOpen && !nowOpen && to === 'resolved') {
    const seconds = Math.max(0, Math.floor((atMs - c.filedMs) / 1000));
    c.resolutionSeconds = seconds;
    count(state, c, (k) => {
      k.open--;
      k.resolved++;
      k.resolutionSecondsTotal += seconds;
      k.resolutionSecondsCount++;
    });
  } else if (!wasOpen && nowOpen) {
    const seconds = c.resolutionSeconds ?? 0;
    c.resolutionSeconds = null;
    count(state, c, (k) => {
      k.open++;
      k.resolved--;
      k.resolutionSecondsTotal -= seconds;
      k.resolutionSecondsCount--;
      k.reopenings++;
    });
  }
  c.status = to;
  reviewDue(state, id, c);
}

function evolveStatistics(state: ComplaintStatisticsState, event: RecordedEvent): ComplaintStatisticsState {
  const at = event.metadata.occurredAt;
  advanceClock(state, event.metadata.recordedAt);
  // Every event moves the projection's clock; only complaint events change the counts.
  if (!isComplaintEvent(event)) return state;
  const atMs = Date.parse(at);
  if (event.type === ComplaintFiled.type) {
    const { data } = event;
    const c: TrackedComplaint = {
      month: monthInChina(atMs),
      communityId: data.communityId,
      companyId: data.companyId,
      category: data.category,
      filedMs: atMs,
      status: 'filed',
      dueMs: null,
      overdue: false,
      escalated: false,
      resolutionSeconds: null,
    };
    state.tracked[data.complaintId] = c;
    count(state, c, (k) => {
      k.filed++;
      k.open++;
    });
    return state;
  }
  const id = event.data.complaintId;
  const c = state.tracked[id];
  if (!c) return state;
  switch (event.type) {
    case ComplaintAssigned.type:
      c.dueMs = Date.parse(event.data.dueAt);
      moveStatus(state, id, c, 'assigned', atMs);
      break;
    case ComplaintResponded.type:
      moveStatus(state, id, c, 'responded', atMs);
      break;
    case ComplaintResolved.type:
      moveStatus(state, id, c, 'resolved', atMs);
      break;
    case ComplaintReopened.type:
      moveStatus(state, id, c, 'reopened', atMs);
      break;
    case ComplaintEscalated.type:
      if (!c.escalated) {
        c.escalated = true;
        count(state, c, (k) => {
          k.escalated++;
        });
      }
      moveStatus(state, id, c, 'escalated', atMs);
      break;
    case ComplaintClosed.type: {
      const score = event.data.satisfaction;
      count(state, c, (k) => {
        k.closed++;
        k.satisfactionTotal += score;
        k.satisfactionCount++;
        k.satisfactionByScore[score - 1] = (k.satisfactionByScore[score - 1] ?? 0) + 1;
      });
      c.status = 'closed';
      break;
    }
    default:
      break;
  }
  return state;
}

/** The complaint statistics projection. */
export const complaintStatistics: Projection<ComplaintStatisticsState> = {
  name: 'complaintStatistics',
  version: 2,
  init: () => ({
    asOf: null,
    total: emptyCounters(),
    byMonth: {},
    byCommunity: {},
    byCompany: {},
    byCategory: {},
    tracked: {},
    dueQueue: [],
  }),
  evolve: evolveStatistics,
  publicRecords: complaintStatisticsRecords,
};
