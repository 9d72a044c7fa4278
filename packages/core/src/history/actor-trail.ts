/**
 * An actor's trail: every act one actor (an official, a company, a committee) performed in a
 * range of the log, with counts by event type, by role and by period. One pass over the
 * entries of the range; nothing is replayed.
 */
import type { RecordedEvent } from '../envelope.ts';
import type { EventStore } from '../store.ts';
import { type EventRef, eventRefOf } from './change-recorder.ts';
import { type PeriodUnit, periodOf } from './periods.ts';

/** Options of {@link actorTrail}. */
export interface TrailOptions {
  /** First entry of the range (inclusive, default 0). */
  readonly fromSize?: number;
  /** End of the range (exclusive ledger size, default the head). */
  readonly toSize?: number;
  readonly period?: PeriodUnit;
  /** Minutes east of UTC at which periods are reckoned (default 0). */
  readonly offsetMinutes?: number;
  /** At most this many acts listed (the counts cover every act; default 1,000). */
  readonly limit?: number;
  /** Acts left out of the list and of every count (e.g. secret ballots for the public). */
  readonly exclude?: (event: RecordedEvent) => boolean;
}

/** What one actor did. */
export interface ActorTrail {
  readonly actorId: string;
  readonly fromSize: number;
  readonly toSize: number;
  readonly period: PeriodUnit;
  readonly total: number;
  readonly byType: Record<string, number>;
  readonly byRole: Record<string, number>;
  /** Counts by period, then by type, periods in time order. */
  readonly byPeriod: Record<string, Record<string, number>>;
  readonly firstAt: string | null;
  readonly lastAt: string | null;
  /** The acts, oldest first, at most `limit`. */
  readonly acts: readonly EventRef[];
  /** Acts beyond the limit. */
  readonly actsOmitted: number;
}

/** The trail of `actorId` over the entries `fromSize` … `toSize - 1`. */
export async function actorTrail(store: EventStore, actorId: string, options: TrailOptions = {}): Promise<ActorTrail> {
  const head = await store.head();
  const fromSize = Math.min(options.fromSize ?? 0, head.size);
  const toSize = Math.min(options.toSize ?? head.size, head.size);
  const period = options.period ?? 'month';
  const limit = options.limit ?? 1000;
  const byType: Record<string, number> = {};
  const byRole: Record<string, number> = {};
  const byPeriod: Record<string, Record<string, number>> = {};
  const acts: EventRef[] = [];
  let total = 0;
  let firstAt: string | null = null;
  let lastAt: string | null = null;
  for await (const event of store.readAll({ from: fromSize, to: toSize })) {
    if (event.metadata.actor.id !== actorId || options.exclude?.(event)) continue;
    total++;
    byType[event.type] = (byType[event.type] ?? 0) + 1;
    byRole[event.metadata.actor.role] = (byRole[event.metadata.actor.role] ?? 0) + 1;
    const key = periodOf(event.metadata.occurredAt, period, options.offsetMinutes);
    byPeriod[key] ??= {};
    byPeriod[key][event.type] = (byPeriod[key][event.type] ?? 0) + 1;
    firstAt ??= event.metadata.occurredAt;
    lastAt = event.metadata.occurredAt;
    if (acts.length < limit) acts.push(eventRefOf(event));
  }
  const sortedPeriods = Object.fromEntries(Object.entries(byPeriod).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    actorId,
    fromSize,
    toSize,
    period,
    total,
    byType,
    byRole,
    byPeriod: sortedPeriods,
    firstAt,
    lastAt,
    acts,
    actsOmitted: total - acts.length,
  };
}
