/**
 * Deciders: the pure shape of a business rule (`decide`, `evolve`, `initialState`).
 *
 * `decide` looks at a command and the current state of one stream and either refuses with a
 * domain error or returns the events that record the act. `evolve` folds one of the stream's
 * events into its state. Neither reads a clock, makes an id or does I/O: time and ids arrive
 * inside the command.
 */
import type { Either } from 'fp-ts/lib/Either.js';
import type { RecordedEvent } from './envelope.ts';

/** An event as a decider emits it: the store adds stream, metadata and position. */
export interface DecidedEvent<Type extends string = string, Data = Record<string, unknown>> {
  readonly type: Type;
  readonly data: Data;
  /** Defaults to 1. */
  readonly schemaVersion?: number;
}

/**
 * The decider of one kind of stream.
 *
 * @example
 * const counter: Decider<{n: number}, DecidedEvent<'Incremented', {by: number}>, number, never> = {
 *   initialState: 0,
 *   decide: (cmd) => right([{ type: 'Incremented', data: { by: cmd.n } }]),
 *   evolve: (state, e) => state + (e.data as { by: number }).by,
 * };
 */
export interface Decider<Command, Event extends DecidedEvent, State, DomainError> {
  readonly initialState: State;
  /** Refuses the command with a domain error, or returns the events that record it (maybe none). Pure. */
  decide(command: Command, state: State): Either<DomainError, readonly Event[]>;
  /** Folds a recorded event of this stream into the stream's state. */
  evolve(state: State, event: RecordedEvent): State;
}

/** Rebuilds a stream's state from its recorded events (in stream order). */
export function foldStream<State>(
  decider: Pick<Decider<unknown, DecidedEvent, State, unknown>, 'initialState' | 'evolve'>,
  events: Iterable<RecordedEvent>,
): State {
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
