/**
 * Projections: pure folds over the whole log that rebuild any state, now or as of any past
 * moment.
 *
 * `evolve` receives the state it returned last time and owns it: to stay O(1) amortised per
 * event it may update a Map or array in place and return it, instead of copying a growing
 * structure (a copy per event is O(n²) over the log and is a bug). It must not keep
 * references to the event, read a clock, or do I/O. Replays always start from `init()` or
 * from a snapshot copy, so in-place updates never leak between replays.
 */
import type { RecordedEvent } from './envelope.ts';
import type { PublicRecords } from './state-commitment/public-records.ts';

/** A named, versioned fold. Bump `version` whenever `evolve` or the state shape changes. */
export interface Projection<State> {
  readonly name: string;
  readonly version: number;
  /** A fresh empty state (a new object each call: `evolve` may update it in place). */
  init(): State;
  /** Folds one event of the whole log into the state; ignore event types you do not know. */
  evolve(state: State, event: RecordedEvent): State;
  /**
   * The records of the state the public reads, when the projection serves any: declaring
   * them is all it takes for the state commitment to cover, prove and check them.
   */
  readonly publicRecords?: PublicRecords<State>;
}

/** Any projection, whatever its state. */
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous set of folds has no common state type
export type AnyProjection = Projection<any>;

/**
 * A point in the ledger's history: `{ index }` means "after entry `index`" (inclusive);
 * `{ time }` means "after every entry recorded at or before `time`" (ISO-8601 UTC).
 */
export type AsOf = { readonly index: number } | { readonly time: string };

/**
 * Parses the command-line / query form of {@link AsOf}: a non-negative integer or an ISO time.
 * A bare date means the end of that day where the ledger's users live: `utcOffsetMinutes` east
 * of UTC (0: the end of the UTC day; 480, China Standard Time: `2024-06-30` is
 * `2024-06-30T15:59:59.999Z`, one millisecond before midnight in Beijing).
 */
export function parseAsOf(text: string, utcOffsetMinutes = 0): AsOf | null {
  if (/^\d+$/.test(text)) return { index: Number(text) };
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(text) && !Number.isNaN(Date.parse(text))) {
    return { time: text.length === 10 ? endOfDay(text, utcOffsetMinutes) : text };
  }
  return null;
}

/** The last millisecond of calendar day `date` at `utcOffsetMinutes`, as ISO-8601 UTC. */
function endOfDay(date: string, utcOffsetMinutes: number): string {
  if (utcOffsetMinutes === 0) return `${date}T23:59:59.999Z`;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // A day that does not exist (2024-02-30) keeps its own date, so that callers can refuse it.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return `${date}T23:59:59.999Z`;
  return new Date(Date.UTC(year, month - 1, day, 23, 59, 59, 999) - utcOffsetMinutes * 60_000).toISOString();
}

/**
 * Snapshots at multiples of this ledger size are milestones: stores keep them beside the
 * newest snapshots, so a replay as of any past point starts at most this many entries
 * before it (see `RunnerOptions.saveMilestones`).
 */
export const SNAPSHOT_MILESTONE = 131_072;

/**
 * A saved projection state: the state after the first `size` entries.
 * Keyed by projection name and version, so a changed version never resumes a stale state.
 */
export interface ProjectionSnapshot {
  readonly name: string;
  readonly version: number;
  readonly size: number;
  readonly state: unknown;
}

/** Where snapshots live (the SQLite store keeps them in its file; the memory store in a Map). */
export interface SnapshotStore {
  /** The newest snapshot of (name, version) with `size <= maxSize`, as a fresh copy. */
  loadSnapshot(name: string, version: number, maxSize: number): Promise<ProjectionSnapshot | null>;
  /** Saves a copy of `state`; older snapshots of other versions of `name` are dropped. */
  saveSnapshot(snapshot: ProjectionSnapshot): Promise<void>;
}
