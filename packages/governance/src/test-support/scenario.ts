/**
 * Given / when / then for command specs, so a decider test reads like the business rule:
 *
 * @example
 * await given(event('complaint-c1', ComplaintFiled, filed, { actor: resident, occurredAt: t0 }))
 *   .when(CloseComplaint, { data: { complaintId: 'c1', satisfaction: 5 }, actor: resident, occurredAt: t1 })
 *   .thenError('IllegalTransition');
 *
 * History is a list of events on any streams, appended to a {@link TestLedger}'s store; the
 * command is then decided by the executor (a dry run), which folds the acting stream and the
 * related streams from the store. The `then…` checks are asynchronous and must be awaited.
 */
import type { DataOf, DecidedEvent, EventDefinition } from '@govledger/core';
import { isLeft, type Either } from 'fp-ts/lib/Either.js';
import { expect } from 'vitest';
import type { CommandSpec, RelatedStates } from '../command.ts';
import { DEFAULT_ACT, type TestAct, type TestCommand, TestLedger, type TestRejection } from './test-ledger.ts';

/** One event of a scenario's history, on its stream, with who recorded it and when. */
export interface GivenEvent {
  readonly streamId: string;
  readonly definition: EventDefinition;
  readonly event: DecidedEvent;
  readonly act: TestAct;
}

/** An event a scenario expects the command to record, checked against its codec too. */
export interface ExpectedEvent {
  readonly definition: EventDefinition;
  readonly event: DecidedEvent;
}

/** A history event: `data` is typed by the definition's codec. `act` defaults to {@link DEFAULT_ACT}. */
export function event<D extends EventDefinition>(
  streamId: string,
  definition: D,
  data: DataOf<D>,
  act: Partial<TestAct> = {},
): GivenEvent {
  return {
    streamId,
    definition,
    event: { type: definition.type, schemaVersion: definition.schemaVersion, data },
    act: { ...DEFAULT_ACT, ...act },
  };
}

/** An expected outcome event: `data` is typed by the definition's codec. */
export function emitted<D extends EventDefinition>(definition: D, data: DataOf<D>): ExpectedEvent {
  return { definition, event: { type: definition.type, data } };
}

/** Starts a scenario from a history (possibly empty). */
export function given(...history: readonly GivenEvent[]): Scenario {
  return new Scenario(history);
}

/** A history, waiting for the command under test. */
export class Scenario {
  readonly #history: readonly GivenEvent[];

  constructor(history: readonly GivenEvent[]) {
    this.#history = history;
  }

  /** Runs `spec` on the history through the executor without recording anything. */
  when<Data, State, Related extends RelatedStates>(
    spec: CommandSpec<Data, State, Related>,
    command: TestCommand<NoInfer<Data>>,
  ): Outcome {
    return new Outcome(spec.name, this.#decide(spec, command));
  }

  async #decide<Data, State, Related extends RelatedStates>(
    spec: CommandSpec<Data, State, Related>,
    command: TestCommand<NoInfer<Data>>,
  ): Promise<Either<TestRejection, readonly DecidedEvent[]>> {
    const ledger = new TestLedger(uniqueDefinitions(this.#history.map((g) => g.definition)));
    for (const g of this.#history) await ledger.record(g.streamId, g.event, g.act);
    return ledger.decide(spec, command);
  }
}

/** What a command did: the events it would record, or the error that refused it (each check awaited). */
export class Outcome {
  readonly #command: string;
  readonly #result: Promise<Either<TestRejection, readonly DecidedEvent[]>>;

  constructor(command: string, result: Promise<Either<TestRejection, readonly DecidedEvent[]>>) {
    this.#command = command;
    this.#result = result;
  }

  /** The raw result, for assertions the helpers below do not cover. */
  get result(): Promise<Either<TestRejection, readonly DecidedEvent[]>> {
    return this.#result;
  }

  /** Asserts the command was accepted and recorded exactly `expected`, in order; returns them. */
  async thenEvents(...expected: readonly ExpectedEvent[]): Promise<readonly DecidedEvent[]> {
    const result = await this.#result;
    if (isLeft(result)) {
      throw new Error(`expected ${this.#command} to be accepted, but it was refused: ${describe(result.left)}`);
    }
    const actual = result.right;
    expect(actual.map((e) => ({ type: e.type, data: e.data }))).toEqual(
      expected.map((e) => ({ type: e.event.type, data: e.event.data })),
    );
    expected.forEach((e, i) => {
      const decoded = e.definition.codec.decode(actual[i]?.data);
      if (isLeft(decoded)) throw new Error(`${e.definition.type} emitted by ${this.#command} does not match its codec`);
    });
    return actual;
  }

  /** Asserts the command was accepted and returns its events, for rules checked field by field. */
  async thenAccepted(): Promise<readonly DecidedEvent[]> {
    const result = await this.#result;
    if (isLeft(result)) {
      throw new Error(`expected ${this.#command} to be accepted, but it was refused: ${describe(result.left)}`);
    }
    return result.right;
  }

  /**
   * Asserts the command was refused with the error `tag` (a domain error's `_tag`, or
   * `DecodeError` for data its codec refuses) whose message, when given, includes `message`.
   */
  async thenError(tag: string, message?: string): Promise<TestRejection> {
    const result = await this.#result;
    if (!isLeft(result)) {
      const types = result.right.map((e) => e.type).join(', ') || 'no events';
      throw new Error(`expected ${this.#command} to be refused with ${tag}, but it was accepted: ${types}`);
    }
    const error = result.left;
    expect(error._tag, describe(error)).toBe(tag);
    if (message !== undefined) expect(describe(error)).toContain(message);
    return error;
  }
}

function describe(error: TestRejection): string {
  if ('message' in error) return `${error._tag}: ${error.message}`;
  return `${error._tag}: ${error.problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`;
}

function uniqueDefinitions(definitions: readonly EventDefinition[]): EventDefinition[] {
  const byKey = new Map<string, EventDefinition>();
  for (const d of definitions) byKey.set(`${d.type}@${d.schemaVersion}`, d);
  return [...byKey.values()];
}
