/**
 * Deciders: the pure shape of a business rule (`decide`, `evolve`, `initialState`).
 *
 * `decide` looks at a command and the current state of one stream and either refuses with a
 * domain error or returns the events that record the act. `evolve` folds one of the stream's
 * events into its state. Neither reads a clock, makes an id or does I/O: time and ids arrive
 * inside the command.
 */
import type { Either } from 'fp-ts/lib/Either.js';
import type { RecordedMetadata } from './envelope.ts';

/** An event as a decider emits it: the store adds stream, metadata and position. */
export interface DecidedEvent<Type extends string = string, Data = Record<string, unknown>> {
  readonly type: Type;
  readonly data: Data;
  /** Defaults to 1. */
  readonly schemaVersion?: number;
}

/**
 * An event as a stream's fold receives it: what was decided, at its schema version, with the
 * metadata of its recording. This is all a fold may read, and all of it is known as soon as
 * the event is decided, so the command pipeline folds a decided event before the store gives
 * it a place (a stored `RecordedEvent` is one too: it only adds its position).
 */
export interface FoldedEvent<Type extends string = string, Data = Record<string, unknown>> {
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: RecordedMetadata;
}

/**
 * The fold of one kind of stream (an aggregate): initial state and evolve. Pure. Like a
 * projection's, `evolve` owns the state it is given and may update it in place (a vote with n
 * ballots must not cost O(n²) to fold); it must never mutate `initialState` itself — start
 * from a frozen initial state and copy it on the first change.
 *
 * `Event` is the union of the stream's events (built with `EventOf` from the area's
 * `defineEvent`s), so that `evolve` narrows on `type` with no cast.
 */
export interface Aggregate<State, Event extends FoldedEvent = FoldedEvent> {
  readonly initialState: State;
  /** Folds one of the stream's events into its state. */
  evolve(state: State, event: Event): State;
}

/**
 * The decider of one kind of stream.
 *
 * @example
 * const counter: Decider<{n: number}, DecidedEvent<'Incremented', {by: number}>, number, never> = {
 *   initialState: 0,
 *   decide: (cmd) => right([{ type: 'Incremented', data: { by: cmd.n } }]),
 *   evolve: (state, e) => state + Number(e.data.by),
 * };
 */
export interface Decider<Command, Event extends DecidedEvent, State, DomainError> extends Aggregate<State> {
  /** Refuses the command with a domain error, or returns the events that record it (maybe none). Pure. */
  decide(command: Command, state: State): Either<DomainError, readonly Event[]>;
}

/**
 * The one fold of a stream: folds `events` (in stream order) into `from` (the aggregate's
 * initial state unless given). The command pipeline folds stored and just-decided events
 * through it alike.
 */
export function foldStream<State>(
  aggregate: Aggregate<State>,
  events: Iterable<FoldedEvent>,
  from: State = aggregate.initialState,
): State {
  let state = from;
  for (const event of events) state = aggregate.evolve(state, event);
  return state;
}
