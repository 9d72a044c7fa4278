/**
 * A ledger for tests of command specs and projections, over the real parts: every command
 * runs through the governance {@link CommandExecutor} (envelope and exact data decoding, the
 * one command pipeline with its cache of stream states, the catalogue check, pseudonyms) and
 * lands in core's {@link MemoryStore}, as `govledger submit` runs it over a file-backed store.
 * What a test adds is control of the clock: each command is recorded at its `recordedAt`
 * (default its `occurredAt`), never earlier than the ledger's last recording.
 *
 * Recording and deciding are asynchronous, as they are in the executor; reading what was
 * recorded (`events`, `stream`, `state`, `project`) is synchronous, from the events the store
 * returned.
 */
import {
  type Actor,
  type DecidedEvent,
  type DecodeError,
  EventCatalogue,
  type EventDefinition,
  foldStream,
  MemoryStore,
  nonJsonProblem,
  type Projection,
  type RecordedEvent,
  type TimePolicy,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { governanceEvents } from '../catalogue.ts';
import type { Aggregate, AnyCommandSpec, CommandSpec, DomainError, RelatedStates } from '../command.ts';
import { CommandRegistry } from '../command-registry.ts';
import { CommandExecutor, type SubmittedLine } from '../submit.ts';
import type { SubmitError } from '../submit-error.ts';
import { governanceUpcasters } from '../upcasters.ts';
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

/**
 * Why a test command produced no events: its data failed the codec (the executor's problems,
 * paths relative to the data), or a rule refused it (the executor's own time check included).
 */
export type TestRejection = DecodeError | DomainError;

/** Options of a {@link TestLedger}. */
export interface TestLedgerOptions {
  /**
   * How far before its recording a command may be dated. Default: without limit, so that a
   * decider test dates its acts freely; the executor's 72 h window has tests of its own.
   */
  readonly timePolicy?: TimePolicy;
}

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

const UNLIMITED_BACKDATING: TimePolicy = { maxBackdateMs: Number.MAX_SAFE_INTEGER };

/** The registry of one test ledger's executor: it knows the one spec the test is running now. */
class CurrentSpecRegistry extends CommandRegistry {
  current: AnyCommandSpec | null = null;

  constructor() {
    super([]);
  }

  override get(name: string): AnyCommandSpec | undefined {
    return this.current?.name === name ? this.current : undefined;
  }
}

/**
 * The ledger. Every decided event is checked against the governance catalogue and the
 * definitions passed here (an event a decider emits that its codec refuses is a bug: the
 * executor throws). Events recorded directly with {@link TestLedger.record} are checked
 * against their codec when the ledger knows their type, and always to be plain JSON.
 *
 * @example
 * const ledger = new TestLedger(complaintEvents);
 * await ledger.submit(FileComplaint, { data, actor: resident, occurredAt: '2024-03-01T08:00:00Z' });
 * ledger.project(complaintBoard);
 */
export class TestLedger {
  readonly #events: RecordedEvent[] = [];
  readonly #catalogue: EventCatalogue;
  readonly #store: MemoryStore;
  readonly #registry = new CurrentSpecRegistry();
  readonly #executor: CommandExecutor;
  /** The ledger clock's time for the command being run. */
  #now = DEFAULT_ACT.occurredAt;

  constructor(definitions: readonly EventDefinition[] = [], options: TestLedgerOptions = {}) {
    this.#catalogue = new EventCatalogue(uniqueDefinitions([...governanceEvents, ...definitions]));
    const clock = () => new Date(this.#now);
    this.#store = new MemoryStore({ clock, newEventId: () => `test-event-${this.#events.length}` });
    this.#executor = new CommandExecutor(this.#store, {
      registry: this.#registry,
      catalogue: this.#catalogue,
      clock,
      timePolicy: options.timePolicy ?? UNLIMITED_BACKDATING,
      upcasters: governanceUpcasters,
      pseudonymise: async (scope, actorId) => right(ballotPseudonym(TEST_BALLOT_BOX_KEY, scope, actorId)),
    });
  }

  /** Every recorded event in ledger order. */
  get events(): readonly RecordedEvent[] {
    return this.#events;
  }

  /** The store under the ledger, for tests that read it as a reader or the CLI would. */
  get store(): MemoryStore {
    return this.#store;
  }

  /** One stream's events in stream order. */
  stream(streamId: string): RecordedEvent[] {
    return this.#events.filter((e) => e.streamId === streamId);
  }

  /**
   * Appends one event to the store directly, as another writer would (the executor's cached
   * states must notice), after a codec check when the ledger knows the type. Throws on data
   * a store would refuse. Recorded at the act's `recordedAt` (default `occurredAt`), or at
   * the ledger's last recording time when that is later.
   */
  async record(streamId: string, event: DecidedEvent, act: TestAct = DEFAULT_ACT): Promise<RecordedEvent> {
    this.#check(streamId, event);
    // The ledger's time never goes back: a history event dated before the last recording
    // (a test that does not care when) is recorded at the last recording's time.
    const requested = act.recordedAt ?? act.occurredAt;
    const last = this.#events.at(-1)?.metadata.recordedAt;
    const recordedAt = last !== undefined && Date.parse(last) > Date.parse(requested) ? last : requested;
    const appended = await this.#store.appendBatch(
      [
        {
          streamId,
          expectedVersion: 'any',
          events: [
            {
              streamId,
              type: event.type,
              schemaVersion: event.schemaVersion ?? 1,
              data: event.data,
              metadata: { actor: act.actor, occurredAt: act.occurredAt },
            },
          ],
        },
      ],
      { recordedAt },
    );
    if (isLeft(appended)) throw new Error(`${event.type} on ${streamId} was refused: ${JSON.stringify(appended.left)}`);
    this.#events.push(...appended.right.events);
    return appended.right.events[0]!;
  }

  /** The state of `streamId` folded with `aggregate` from its initial state. */
  state<State>(streamId: string, aggregate: Aggregate<State>): State {
    return foldStream(
      aggregate,
      this.stream(streamId).map((e) => governanceUpcasters.upcast(e)),
    );
  }

  /**
   * Runs a command through the executor without recording anything (a dry run): the events
   * it would record, or why not.
   */
  async decide<Data, State, Related extends RelatedStates>(
    spec: CommandSpec<Data, State, Related>,
    command: TestCommand<NoInfer<Data>>,
  ): Promise<Either<TestRejection, readonly DecidedEvent[]>> {
    const decided = await this.#run(spec, command, (lines) => this.#executor.dryRun(lines));
    if (isLeft(decided)) return decided;
    // As a decider returns them: the schema version only when it is not the first.
    return right(
      decided.right.events.map(({ type, schemaVersion, data }) => ({
        type,
        data,
        ...(schemaVersion !== 1 ? { schemaVersion } : {}),
      })),
    );
  }

  /** Runs a command through the executor and records its events on success (all or nothing). */
  async submit<Data, State, Related extends RelatedStates>(
    spec: CommandSpec<Data, State, Related>,
    command: TestCommand<NoInfer<Data>>,
  ): Promise<Either<TestRejection, readonly RecordedEvent[]>> {
    const appended = await this.#run(spec, command, (lines) => this.#executor.submit(lines));
    if (isLeft(appended)) return appended;
    this.#events.push(...appended.right.events);
    return right(appended.right.events);
  }

  /**
   * Like {@link submit} but a refusal is a test bug: throws with the rule's message. For
   * arranging history in tests that are about something else.
   */
  async accept<Data, State, Related extends RelatedStates>(
    spec: CommandSpec<Data, State, Related>,
    command: TestCommand<NoInfer<Data>>,
  ): Promise<readonly RecordedEvent[]> {
    const result = await this.submit(spec, command);
    if (isLeft(result)) throw new Error(`${spec.name} was refused: ${JSON.stringify(result.left)}`);
    return result.right;
  }

  /** Folds every recorded event (or the first `size`) into a fresh state of `projection`. */
  project<State>(projection: Projection<State>, size = this.#events.length): State {
    return foldProjection(projection, this.#events.slice(0, size));
  }

  /** Submits `command` as the one line of a submission under `spec`, at the command's recording time. */
  async #run<Result>(
    spec: AnyCommandSpec,
    command: TestCommand<unknown>,
    run: (lines: readonly SubmittedLine[]) => Promise<Either<SubmitError, Result>>,
  ): Promise<Either<TestRejection, Result>> {
    const { data, actor, occurredAt, recordedAt, backfilled } = command;
    this.#registry.current = spec;
    this.#now = recordedAt ?? occurredAt;
    const value = { command: spec.name, actor, occurredAt, data, ...(backfilled ? { backfilled: true } : {}) };
    const result = await run([{ line: 1, value }]);
    this.#registry.current = null;
    return isLeft(result) ? left(rejection(spec.name, result.left)) : result;
  }

  #check(streamId: string, event: DecidedEvent): void {
    const notJson = nonJsonProblem(event.data);
    if (notJson) throw new Error(`${event.type} on ${streamId}: ${notJson.path}: ${notJson.reason}`);
    if (!this.#catalogue.definition(event.type, event.schemaVersion ?? 1)) return;
    const decoded = this.#catalogue.decodeData(event.type, event.schemaVersion ?? 1, event.data);
    if (isLeft(decoded)) {
      const problems = decoded.left.problems.map((p) => `${p.path}: ${p.reason}`).join('; ');
      throw new Error(`${event.type} on ${streamId} does not match its codec: ${problems}`);
    }
  }
}

/**
 * The executor's refusal as a test reads it: a rule's error as is, bad data as the decode
 * error of the spec's codec (paths relative to the data). Anything else (the store refused
 * the batch) is a test bug and throws.
 */
function rejection(command: string, error: SubmitError): TestRejection {
  switch (error._tag) {
    case 'CommandRejected':
      return error.error;
    case 'InvalidCommand':
      return {
        _tag: 'DecodeError',
        codec: command,
        problems: error.problems.map((p) => ({
          ...p,
          path: p.path === 'data' ? '(root)' : p.path.replace(/^data\./, ''),
        })),
      };
    default:
      throw new Error(`${command} was not recorded: ${JSON.stringify(error)}`);
  }
}

/** Folds `events` into a fresh state of `projection`, as a replay from the start does. */
export function foldProjection<State>(projection: Projection<State>, events: Iterable<RecordedEvent>): State {
  let state = projection.init();
  for (const event of events) state = projection.evolve(state, event);
  return state;
}

function uniqueDefinitions(definitions: readonly EventDefinition[]): EventDefinition[] {
  const byKey = new Map<string, EventDefinition>();
  for (const d of definitions) byKey.set(`${d.type}@${d.schemaVersion}`, d);
  return [...byKey.values()];
}
