/**
 * What changed between two points of the ledger, for every projection: the items added,
 * removed and changed, field by field, and the events in between that caused each change.
 *
 * The state as of the first point comes from the newest snapshot at or before it (plus the
 * entries after that snapshot); the entries between the two points are then folded once
 * through {@link ChangeRecorder}s, so the cost is O(entries in the range) after a snapshot,
 * never a replay from zero per question.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { RecordedEvent } from '../envelope.ts';
import type { AnyProjection, AsOf, SnapshotStore } from '../projection.ts';
import { ProjectionRunner, type ReplayProgress, sizeAsOf } from '../projection-runner.ts';
import type { EventStore } from '../store.ts';
import type { UpcasterRegistry } from '../upcaster.ts';
import { ChangeRecorder, type ChangeLimits, type ItemChange } from './change-recorder.ts';

/** The changes of one projection between the two points. */
export interface ProjectionChanges {
  readonly name: string;
  readonly version: number;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly items: readonly ItemChange[];
}

/** A diff between the ledger sizes `fromSize` and `toSize` (entries `fromSize` … `toSize - 1` lie between). */
export interface LedgerDiff {
  readonly fromSize: number;
  readonly toSize: number;
  readonly projections: readonly ProjectionChanges[];
  /** Every projection's state at `toSize` (raw states, for further questions such as findings). */
  readonly statesAtTo: Readonly<Record<string, unknown>>;
}

/** The later point lies before the earlier one. */
export interface DiffRangeReversed {
  readonly _tag: 'DiffRangeReversed';
  readonly fromSize: number;
  readonly toSize: number;
}

/** Options of {@link diffProjections}. */
export interface DiffOptions extends ChangeLimits {
  /** Snapshots to start from (and, with `saveMilestones`, to save milestones into). */
  readonly snapshots?: SnapshotStore;
  readonly saveMilestones?: boolean;
  readonly upcasters?: UpcasterRegistry;
  readonly onProgress?: ReplayProgress;
  /** Sees every event between the two points, in order (e.g. to count acts in the same pass). */
  readonly observe?: (event: RecordedEvent) => void;
}

/** Resolves two points to ledger sizes; the first must not lie after the second. */
export async function rangeOf(
  store: EventStore,
  from: AsOf,
  to: AsOf | undefined,
): Promise<Either<DiffRangeReversed, { fromSize: number; toSize: number }>> {
  const fromSize = await sizeAsOf(store, from);
  const toSize = await sizeAsOf(store, to);
  return fromSize > toSize ? left({ _tag: 'DiffRangeReversed', fromSize, toSize }) : right({ fromSize, toSize });
}

/**
 * Diffs `projections` between the states as of `from` and as of `to` (default: the head).
 *
 * @example
 * const diff = await diffProjections(store, governanceProjections, { time: '2024-03-31T23:59:59Z' }, { time: '2024-06-30T23:59:59Z' }, { snapshots: store });
 */
export async function diffProjections(
  store: EventStore,
  projections: readonly AnyProjection[],
  from: AsOf,
  to: AsOf | undefined,
  options: DiffOptions = {},
): Promise<Either<DiffRangeReversed, LedgerDiff>> {
  const range = await rangeOf(store, from, to);
  if (range._tag === 'Left') return range;
  return right(await diffSizes(store, projections, range.right.fromSize, range.right.toSize, options));
}

/** {@link diffProjections} between two ledger sizes already resolved (`fromSize <= toSize`). */
export async function diffSizes(
  store: EventStore,
  projections: readonly AnyProjection[],
  fromSize: number,
  toSize: number,
  options: DiffOptions = {},
): Promise<LedgerDiff> {
  const { snapshots, upcasters, onProgress, observe } = options;
  const start = await new ProjectionRunner(store, projections, {
    ...(snapshots ? { snapshots } : {}),
    ...(upcasters ? { upcasters } : {}),
    ...(onProgress ? { onProgress } : {}),
    saveMilestones: options.saveMilestones ?? false,
  }).replayAsOf({ index: fromSize - 1 });
  const recorders = projections.map((p) => new ChangeRecorder(start.states[p.name], options));
  const total = toSize - fromSize;
  const tick = Math.max(1, Math.floor(total / 100));
  let done = 0;
  for await (const read of store.readAll({ from: fromSize, to: toSize })) {
    const event = upcasters && !upcasters.isEmpty ? upcasters.upcast(read) : read;
    observe?.(event);
    for (let i = 0; i < projections.length; i++) recorders[i]!.fold(projections[i]!.evolve, event);
    if (onProgress && ++done % tick === 0) onProgress(done, total);
  }
  const changes = projections.map((p, i): ProjectionChanges => {
    const items = recorders[i]!.changes();
    const count = (kind: ItemChange['kind']) => items.filter((c) => c.kind === kind).length;
    return {
      name: p.name,
      version: p.version,
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      items,
    };
  });
  const statesAtTo = Object.fromEntries(projections.map((p, i) => [p.name, recorders[i]!.state]));
  return { fromSize, toSize, projections: changes, statesAtTo };
}
