/**
 * An in-memory ledger for tests of command specs and projections. It records events the way
 * a store does (global `index`, per-stream `streamVersion`, metadata with actor and times)
 * and runs a command the way the executor does: decode the data with the spec's codec, fold
 * the acting stream and every related stream, decide, and append all or nothing.
 *
 * It is deliberately small and synchronous: no Merkle log, no encryption, no concurrency.
 */
import {
  type Actor,
  type DecidedEvent,
  type DecodeError,
  decodeWith,
  EventCatalogue,
  type EventDefinition,
  foldStream,
  nonJsonProblem,
  type Projection,
  type RecordedEvent,
} from '@govledger/core';
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Aggregate, CommandSpec, DomainError, RelatedStates } from '../command.ts';
import { readRelatedStatesNow } from '../related-reads.ts';
import { ballotPseudonym } from '../votes/ballot-pseudonym.ts';

/**
 * Who issues a test command or recorded a test event, and when (ISO-8601 UTC); the ledger's
 * `recordedAt` defaults to `occurredAt`.
 */
export interface TestAct {
  readonly actor: Actor;
  readonly occurredAt: string;
  readonly recordedAt?: string;
}

/**
 * A command as a test submits it: the data (decoded by the spec's codec first), actor and
 * time; `recordedAt` (the ledger's time of the recording) defaults to `occurredAt`.
 */
export interface TestCommand<Data> extends TestAct {
  readonly data: Data;
  readonly recordedAt?: string;
  readonly backfilled?: boolean;
}

/** Why a test command produced no events: its data failed the codec, or a rule refused it. */
export type TestRejection = DecodeError | DomainError;

/** The metadata used when a test does not care who recorded an event or when. */
export const DEFAULT_ACT: TestAct = {
  actor: { id: 'test-operator', role: 'system' },
  occurredAt: '2024-01-01T00:00:00Z',
};

/** The ballot box key of every test ledger's votes: fixed, so tests can name a voter's pseudonym. */
export const TEST_BALLOT_BOX_KEY: Uint8Array = new Uint8Array(32).fill(7);

/** The pseudonym the executor would give `actorId` for a pseudonymous command, under {@link TEST_BALLOT_BOX_KEY}. */
export function testPseudonym<Data>(
  spec: { readonly pseudonymScope?: (data: Data) => string },
  data: Data,
  actorId: string,
): string | null {
  return spec.pseudonymScope === undefined
    ? null
    : ballotPseudonym(TEST_BALLOT_BOX_KEY, spec.pseudonymScope(data), actorId);
}

/**
 * The ledger. Pass the event definitions of the areas under test to have every recorded and
 * decided event of a known type checked against its codec: a decider emitting data its own
 * catalogue refuses is a bug, so that throws instead of returning a value. Events of types
 * the ledger was not given are only checked to be plain JSON.
 *
 * @example
 * const ledger = new TestLedger(complaintEvents);
 * ledger.submit(FileComplaint, { data, actor: resident, occurredAt: '2024-03-01T08:00:00Z' });
 * ledger.project(complaintBoard);
 */
export class TestLedger {
  readonly #events: RecordedEvent[] = [];
  readonly #versions = new Map<string, number>();
  readonly #catalogue: EventCatalogue | null;

  constructor(definitions: readonly EventDefinition[] = []) {
    this.#catalogue = definitions.length > 0 ? new EventCatalogue(definitions) : null;
  }

  /** Every recorded event in ledger order. */
  get events(): readonly RecordedEvent[] {
    return this.#events;
  }

  /** One stream's events in stream order. */
  stream(streamId: string): RecordedEvent[] {
    return this.#events.filter((e) => e.streamId === streamId);
  }

  /**
   * Records one event as a store would, after a JSON round trip (the stored form) and, when
   * the ledger knows the type, a codec check. Throws on data a store would refuse.
   */
  record(streamId: string, event: DecidedEvent, act: TestAct = DEFAULT_ACT): RecordedEvent {
    this.#check(streamId, event);
    const previous = this.#versions.get(streamId);
    const streamVersion = previous === undefined ? 0 : previous + 1;
    this.#versions.set(streamId, streamVersion);
    const recorded: RecordedEvent = {
      index: this.#events.length,
      streamId,
      streamVersion,
      eventId: `test-event-${this.#events.length}`,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>,
      metadata: { actor: act.actor, occurredAt: act.occurredAt, recordedAt: act.recordedAt ?? act.occurredAt },
    };
    this.#events.push(recorded);
    return recorded;
  }

  /** The state of `streamId` folded with `aggregate` from its initial state. */
  state<State>(streamId: string, aggregate: Aggregate<State>): State {
    return foldStream(aggregate, this.stream(streamId));
  }

  /** Runs a command's rule without recording anything: the events it would record, or why not. */
  decide<Data, State, Related extends RelatedStates>(
    spec: CommandSpec<Data, State, Related>,
    command: TestCommand<NoInfer<Data>>,
  ): Either<TestRejection, readonly DecidedEvent[]> {
    const decoded = decodeWith(spec.data, command.data);
    if (isLeft(decoded)) return decoded;
    const data = decoded.right;
    const state = this.state(spec.streamId(data), spec.aggregate);
    const related = readRelatedStatesNow(spec, data, command.recordedAt ?? command.occurredAt, state, (r) =>
      this.state(r.streamId, r.aggregate),
    );
    const pseudonym = testPseudonym(spec, data, command.actor.id);
    const decided = spec.decide(
      {
        data,
        actor: command.actor,
        occurredAt: command.occurredAt,
        recordedAt: command.recordedAt ?? command.occurredAt,
        ...(command.backfilled ? { backfilled: true } : {}),
        ...(pseudonym !== null ? { pseudonym } : {}),
      },
      state,
      // The keys are the spec's own (its `related` named them), so the states are `Related`.
      related as Related,
    );
    if (isLeft(decided)) return decided;
    for (const event of decided.right) this.#check(spec.streamId(data), event);
    return right(decided.right);
  }

  /** Runs a command and records its events on success (all or nothing). */
  submit<Data, State, Related extends RelatedStates>(
    spec: CommandSpec<Data, State, Related>,
    command: TestCommand<NoInfer<Data>>,
  ): Either<TestRejection, readonly RecordedEvent[]> {
    const decided = this.decide(spec, command);
    if (isLeft(decided)) return left(decided.left);
    const decoded = decodeWith(spec.data, command.data);
    if (isLeft(decoded)) return left(decoded.left);
    const streamId = spec.streamId(decoded.right);
    // As the executor does: a pseudonymous act is recorded under the actor's pseudonym.
    const pseudonym = testPseudonym(spec, decoded.right, command.actor.id);
    const act =
      pseudonym !== null && spec.pseudonymRole !== undefined
        ? { ...command, actor: { id: pseudonym, role: spec.pseudonymRole } }
        : command;
    return right(decided.right.map((event) => this.record(streamId, event, act)));
  }

  /**
   * Like {@link submit} but a refusal is a test bug: throws with the rule's message. For
   * arranging history in tests that are about something else.
   */
  accept<Data, State, Related extends RelatedStates>(
    spec: CommandSpec<Data, State, Related>,
    command: TestCommand<NoInfer<Data>>,
  ): readonly RecordedEvent[] {
    const result = this.submit(spec, command);
    if (isLeft(result)) throw new Error(`${spec.name} was refused: ${JSON.stringify(result.left)}`);
    return result.right;
  }

  /** Folds every recorded event (or the first `size`) into a fresh state of `projection`. */
  project<State>(projection: Projection<State>, size = this.#events.length): State {
    return foldProjection(projection, this.#events.slice(0, size));
  }

  #check(streamId: string, event: DecidedEvent): void {
    const notJson = nonJsonProblem(event.data);
    if (notJson) throw new Error(`${event.type} on ${streamId}: ${notJson.path}: ${notJson.reason}`);
    if (!this.#catalogue?.definition(event.type, event.schemaVersion ?? 1)) return;
    const decoded = this.#catalogue.decodeData(event.type, event.schemaVersion ?? 1, event.data);
    if (isLeft(decoded)) {
      const problems = decoded.left.problems.map((p) => `${p.path}: ${p.reason}`).join('; ');
      throw new Error(`${event.type} on ${streamId} does not match its codec: ${problems}`);
    }
  }
}

/** Folds `events` into a fresh state of `projection`, as a replay from the start does. */
export function foldProjection<State>(projection: Projection<State>, events: Iterable<RecordedEvent>): State {
  let state = projection.init();
  for (const event of events) state = projection.evolve(state, event);
  return state;
}
