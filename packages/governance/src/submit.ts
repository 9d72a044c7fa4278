/**
 * The command executor: runs a list of submitted commands through their rules, all or
 * nothing, on core's command pipeline. Each command sees the state left by the commands
 * before it, and the resulting events go to the store as one atomic batch that expects every
 * touched stream to be exactly as read; on a conflict with another writer the whole
 * submission is decided again, a bounded number of times. What is governance's own here:
 * the NDJSON envelope, the registry of command specs, the time policy, the catalogue check
 * and the sealing of personal fields.
 */
import {
  type AppendResult,
  checkOccurredAt,
  CommandPipeline,
  DEFAULT_TIME_POLICY,
  type Decision,
  decodeWith,
  type DryRunResult,
  type EventCatalogue,
  type EventStore,
  Id,
  IsoTime,
  NonEmptyString,
  type PersonalDataError,
  type ProposedEvent,
  refuseUnknownKeys,
  type TimePolicy,
  type UpcasterRegistry,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { problemsWithAllowedValues } from './allowed-values.ts';
import type { AnyCommandSpec } from './command.ts';
import type { CommandRegistry } from './command-registry.ts';
import { readRelatedStates } from './related-reads.ts';
import type { LineError, SubmitError } from './submit-error.ts';

export type { DryRunResult };

/** One command as submitted: its 1-based source line and the parsed JSON. */
export interface SubmittedLine {
  readonly line: number;
  readonly value: unknown;
}

/** Turns a proposed event's personal fields into ciphertext before it reaches the store. */
export type Sealer = (event: ProposedEvent) => Promise<Either<PersonalDataError, ProposedEvent>>;

/**
 * Makes the pseudonym of `actorId` under the key of the key-store subject `scope` (a vote's
 * ballot box): the recorded actor of an act that must not name its actor (a ballot).
 */
export type Pseudonymiser = (scope: string, actorId: string) => Promise<Either<PersonalDataError, string>>;

/** Options of {@link CommandExecutor}. */
export interface ExecutorOptions {
  readonly registry: CommandRegistry;
  /** Every decided event is checked against the catalogue (a mismatch is a bug and throws). */
  readonly catalogue: EventCatalogue;
  /** Required when any event carries personal data; without it such events are refused. */
  readonly seal?: Sealer;
  /**
   * Required by commands recorded under a pseudonym of their actor (CastBallot); without it
   * such commands are refused by their rule.
   */
  readonly pseudonymise?: Pseudonymiser;
  /** Whole-submission retries after a concurrency conflict (default 3). */
  readonly maxRetries?: number;
  /**
   * The ledger's clock (default: the wall clock), read once per submission: its time, never
   * earlier than the ledger's last `recordedAt`, is handed to every rule and recorded by the
   * store as the events' `recordedAt`. A simulation injects its simulated time here and in
   * the store alike.
   */
  readonly clock?: () => Date;
  /** How far before the recording a command may be dated unless marked back-filled (default 72 h). */
  readonly timePolicy?: TimePolicy;
  /**
   * The ledger's upcasters (`governanceUpcasters`): every stored event the rules' folds read
   * is lifted to its newest schema first, as projections and the reader lift it.
   */
  readonly upcasters?: UpcasterRegistry;
}

const Envelope = refuseUnknownKeys(
  t.intersection([
    t.type({
      command: NonEmptyString,
      actor: t.type({ id: Id, role: NonEmptyString }),
      occurredAt: IsoTime,
      data: t.UnknownRecord,
    }),
    t.partial({ correlationId: Id, causationId: Id, backfilled: t.literal(true) }),
  ]),
  'SubmittedCommand',
);

/**
 * Runs submissions against one store (through one {@link CommandPipeline}, whose cache of
 * stream states keeps long histories like the demo linear).
 */
export class CommandExecutor {
  readonly #pipeline: CommandPipeline;
  readonly #options: ExecutorOptions;

  constructor(store: EventStore, options: ExecutorOptions) {
    this.#options = options;
    this.#pipeline = new CommandPipeline(store, {
      ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
      ...(options.clock !== undefined ? { clock: options.clock } : {}),
      ...(options.upcasters !== undefined ? { upcasters: options.upcasters } : {}),
    });
  }

  /**
   * Decides and appends `lines` all or nothing. `beforeAppend` runs after every event is
   * decided and sealed and before the append (e.g. to make new personal-data keys durable
   * before any ciphertext under them is committed).
   */
  submit(
    lines: readonly SubmittedLine[],
    hooks: { beforeAppend?: () => Promise<void> } = {},
  ): Promise<Either<SubmitError, AppendResult>> {
    return this.#pipeline.run((decision) => this.#decideAll(lines, decision), hooks);
  }

  /**
   * Decides `lines` exactly as {@link submit} would, against the ledger's time now, and
   * returns the events it would record; nothing is written (a dry run). Every bad line is
   * reported, as `submit` does.
   */
  dryRun(lines: readonly SubmittedLine[]): Promise<Either<SubmitError, DryRunResult>> {
    return this.#pipeline.dryRun((decision) => this.#decideAll(lines, decision));
  }

  async #decideAll(lines: readonly SubmittedLine[], decision: Decision): Promise<Either<SubmitError, ProposedEvent[]>> {
    const events: ProposedEvent[] = [];
    const refused: LineError[] = [];
    for (const submitted of lines) {
      const decided = await this.#decideLine(submitted, decision);
      // A refused line records nothing; the lines after it are still decided so that one
      // pass reports every bad line (each against the state the good lines before it left).
      if (isLeft(decided)) refused.push(decided.left);
      else if (refused.length === 0) events.push(...decided.right);
    }
    const [first, ...more] = refused;
    if (first) return left(more.length === 0 ? first : { _tag: 'LinesRefused', errors: refused });
    return right(events);
  }

  async #decideLine({ line, value }: SubmittedLine, decision: Decision): Promise<Either<LineError, ProposedEvent[]>> {
    const { registry, catalogue, seal } = this.#options;
    const { recordedAt } = decision;
    const envelope = decodeWith(Envelope, value);
    if (isLeft(envelope)) return left({ _tag: 'InvalidCommand', line, problems: envelope.left.problems });
    const { command: name, actor, occurredAt, data, correlationId, causationId, backfilled } = envelope.right;
    const spec = registry.get(name);
    if (!spec) return left({ _tag: 'UnknownCommand', line, command: name });
    const exact = refuseUnknownKeys(spec.data);
    const decoded = decodeWith(exact, data);
    if (isLeft(decoded)) {
      const problems = problemsWithAllowedValues(exact, data).map((p) => ({
        ...p,
        path: p.path === '(root)' ? 'data' : `data.${p.path}`,
      }));
      return left({ _tag: 'InvalidCommand', line, command: name, problems });
    }
    const timely = checkOccurredAt(
      occurredAt,
      recordedAt,
      backfilled === true,
      this.#options.timePolicy ?? DEFAULT_TIME_POLICY,
    );
    if (isLeft(timely)) return left({ _tag: 'CommandRejected', line, command: name, error: timely.left });
    const streamId = spec.streamId(decoded.right);
    const state = await decision.state(streamId, spec.aggregate);
    const related = await readRelatedStates(spec, decoded.right, recordedAt, state, (r) =>
      decision.state(r.streamId, r.aggregate),
    );
    const pseudonym = await this.#pseudonymOf(spec, decoded.right, actor.id);
    if (isLeft(pseudonym)) return left({ _tag: 'SealingFailed', line, command: name, error: pseudonym.left });
    const input = {
      data: decoded.right,
      actor,
      occurredAt,
      recordedAt,
      ...(backfilled === true ? { backfilled } : {}),
      ...(pseudonym.right !== null ? { pseudonym: pseudonym.right } : {}),
    };
    const outcome = spec.decide(input, state, related);
    if (isLeft(outcome)) return left({ _tag: 'CommandRejected', line, command: name, error: outcome.left });
    for (const decidedEvent of outcome.right) {
      const checked = catalogue.decodeData(decidedEvent.type, decidedEvent.schemaVersion ?? 1, decidedEvent.data);
      if (isLeft(checked)) {
        throw new Error(
          `${name} emitted ${decidedEvent.type} that fails its codec: ${JSON.stringify(checked.left.problems)}`,
        );
      }
    }
    const metadata = {
      actor:
        pseudonym.right !== null && spec.pseudonymRole !== undefined
          ? { id: pseudonym.right, role: spec.pseudonymRole }
          : actor,
      occurredAt,
      ...(correlationId !== undefined ? { correlationId } : {}),
      ...(causationId !== undefined ? { causationId } : {}),
      ...(backfilled === true ? { backfilled } : {}),
    };
    const proposed = await decision.record(streamId, spec.aggregate, outcome.right, metadata);
    if (!seal) return right(proposed);
    const sealedEvents: ProposedEvent[] = [];
    for (const event of proposed) {
      const sealed = await seal(event);
      if (isLeft(sealed)) return left({ _tag: 'SealingFailed', line, command: name, error: sealed.left });
      sealedEvents.push(sealed.right);
    }
    return right(sealedEvents);
  }

  /** The actor's pseudonym when the spec records the act under one and a pseudonymiser is at hand, else null. */
  async #pseudonymOf(
    spec: AnyCommandSpec,
    data: unknown,
    actorId: string,
  ): Promise<Either<PersonalDataError, string | null>> {
    const { pseudonymise } = this.#options;
    if (spec.pseudonymScope === undefined || pseudonymise === undefined) return right(null);
    return pseudonymise(spec.pseudonymScope(data), actorId);
  }
}
