/**
 * The history of one aggregate: every event of its stream in order, with where it sits in
 * the log, who did it in which role, and what it changed in the aggregate's state (the
 * state the stream's rules decide on), item by item and field by field.
 */
import type { RecordedEvent } from '../envelope.ts';
import { ChangeRecorder, type ChangeLimits, type ItemChange } from './change-recorder.ts';

/** The fold of one kind of stream: what a decider or aggregate provides. */
export interface StreamFold<State> {
  /** The aggregate's state before its first event. */
  readonly initialState: State;
  /** The aggregate's state after `event`: the decider's or aggregate's own `evolve`. */
  evolve(state: State, event: RecordedEvent): State;
}

/** One event of a stream's history and what it changed. */
export interface HistoryStep {
  readonly event: RecordedEvent;
  /** The changes to the aggregate's state, or null when no fold is known for the stream. */
  readonly changes: readonly ItemChange[] | null;
}

/**
 * Folds a stream's events (in stream order) with `fold`, recording each event's changes.
 * Pass the events in the view the reader may see (opened or erased): the changes are
 * computed from what the fold is given. Cost: O(events + items each one touches).
 *
 * @example
 * streamHistory(events, complaintAggregate).map((s) => [s.event.type, s.changes]);
 */
export function streamHistory<State>(
  events: Iterable<RecordedEvent>,
  fold: StreamFold<State> | null,
  limits: ChangeLimits = {},
): HistoryStep[] {
  const steps: HistoryStep[] = [];
  let state = fold?.initialState;
  for (const event of events) {
    if (!fold) {
      steps.push({ event, changes: null });
      continue;
    }
    const recorder = new ChangeRecorder(state as State, { causes: 1, ...limits });
    recorder.fold(fold.evolve, event);
    steps.push({ event, changes: recorder.changes() });
    state = recorder.state;
  }
  return steps;
}
