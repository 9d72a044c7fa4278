/**
 * The command executor: runs a list of submitted commands through their rules, all or
 * nothing. Each command sees the state left by the commands before it (in memory), and the
 * resulting events go to the store as one atomic batch that expects every touched stream to
 * be exactly as read; on a conflict with another writer the whole submission is decided
 * again, a bounded number of times.
 */
import {
  type AppendResult,
  checkOccurredAt,
  DEFAULT_TIME_POLICY,
  decodeWith,
  type EventCatalogue,
  type EventStore,
  Id,
  IsoTime,
  NonEmptyString,
  type ProposedEvent,
  type RecordedEvent,
  refuseUnknownKeys,
  type StreamAppend,
  type StreamVersion,
  nextRecordingTime,
  type TimePolicy,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { problemsWithAllowedValues } from './allowed-values.ts';
import type { Aggregate } from './command.ts';
import type { CommandRegistry } from './command-registry.ts';
import type { LineError, SubmitError } from './submit-error.ts';

/** One command as submitted: its 1-based source line and the parsed JSON. */
export interface SubmittedLine {
  readonly line: number;
  readonly value: unknown;
}

/** Turns a proposed event's personal fields into ciphertext before it reaches the store. */
export type Sealer = (event: ProposedEvent) => Promise<Either<string, ProposedEvent>>;

/** Options of {@link CommandExecutor}. */
export interface ExecutorOptions {
  readonly registry: CommandRegistry;
  /** Every decided event is checked against the catalogue (a mismatch is a bug and throws). */
  readonly catalogue: EventCatalogue;
  /** Required when any event carries personal data; without it such events are refused. */
  readonly seal?: Sealer;
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
}

/** What a dry run decided: the events a submission would record, at the ledger time it was decided against. */
export interface DryRunResult {
  readonly recordedAt: string;
  readonly events: readonly ProposedEvent[];
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

interface StreamState {
  state: unknown;
  /** The version the store held when this state was folded (what the append expects). */
  readonly baseVersion: StreamVersion;
  /** Version after the pending events of this submission. */
  version: StreamVersion;
}

/**
 * Runs submissions against one store. It caches stream states between submissions (each use
 * first checks the stream's version in the store), which keeps long histories like the demo
 * linear instead of re-reading every stream for every command.
 */
export class CommandExecutor {
  readonly #store: EventStore;
  readonly #options: ExecutorOptions;
  #cache = new Map<string, { state: unknown; version: StreamVersion }>();

  constructor(store: EventStore, options: ExecutorOptions) {
    this.#store = store;
    this.#options = options;
  }

  /**
   * Decides and appends `lines` all or nothing. `beforeAppend` runs after every event is
   * decided and sealed and before the append (e.g. to make new personal-data keys durable
   * before any ciphertext under them is committed).
   */
  async submit(
    lines: readonly SubmittedLine[],
    hooks: { beforeAppend?: () => Promise<void> } = {},
  ): Promise<Either<SubmitError, AppendResult>> {
    const retries = this.#options.maxRetries ?? 3;
    for (let attempt = 0; ; attempt++) {
      const recordedAt = await this.#recordingTime();
      const decided = await this.#decideAll(lines, recordedAt);
      if (isLeft(decided)) {
        this.#cache.clear();
        return decided;
      }
      const { batch, touched } = decided.right;
      await hooks.beforeAppend?.();
      const result = await this.#store.appendBatch(batch, { recordedAt });
      if (isLeft(result)) {
        this.#cache.clear();
        const conflict = result.left._tag === 'WrongExpectedVersion' || result.left._tag === 'RecordedAtBehind';
        if (conflict && attempt < retries) continue;
        return left({ _tag: 'SubmissionNotAppended', error: result.left });
      }
      for (const [streamId, s] of touched) this.#cache.set(streamId, { state: s.state, version: s.version });
      return right(result.right);
    }
  }

  /**
   * Decides `lines` exactly as {@link submit} would, against the ledger's time now, and
   * returns the events it would record; nothing is written (a dry run). Every bad line is
   * reported, as `submit` does.
   */
  async dryRun(lines: readonly SubmittedLine[]): Promise<Either<SubmitError, DryRunResult>> {
    const recordedAt = await this.#recordingTime();
    const decided = await this.#decideAll(lines, recordedAt);
    // The folded states include events that were never appended: forget them all.
    this.#cache.clear();
    if (isLeft(decided)) return decided;
    return right({ recordedAt, events: decided.right.batch.flatMap((group) => group.events) });
  }

  async #recordingTime(): Promise<string> {
    const head = await this.#store.head();
    return nextRecordingTime(this.#options.clock ?? (() => new Date()), head.lastRecordedAt);
  }

  async #load(
    streamId: string,
    aggregate: Aggregate<unknown>,
    touched: Map<string, StreamState>,
  ): Promise<StreamState> {
    const open = touched.get(streamId);
    if (open) return open;
    const cached = this.#cache.get(streamId);
    // A cached state is used only while the stream still stands at its version: another
    // writer's append makes us fold it again (related streams are not re-checked at append).
    if (cached && (await this.#store.streamVersion(streamId)) === cached.version) {
      // Take ownership: a failed submission clears the whole cache, so in-place evolves never leak.
      this.#cache.delete(streamId);
      const s = { state: cached.state, baseVersion: cached.version, version: cached.version };
      touched.set(streamId, s);
      return s;
    }
    let state = aggregate.initialState;
    let version: StreamVersion = 'no-stream';
    for await (const event of this.#store.readStream(streamId)) {
      state = aggregate.evolve(state, event);
      version = event.streamVersion;
    }
    const s = { state, baseVersion: version, version };
    touched.set(streamId, s);
    return s;
  }

  async #decideAll(
    lines: readonly SubmittedLine[],
    recordedAt: string,
  ): Promise<Either<SubmitError, { batch: StreamAppend[]; touched: Map<string, StreamState> }>> {
    const touched = new Map<string, StreamState>();
    const events: ProposedEvent[] = [];
    const refused: LineError[] = [];
    for (const submitted of lines) {
      const decided = await this.#decideLine(submitted, recordedAt, touched);
      // A refused line records nothing; the lines after it are still decided so that one
      // pass reports every bad line (each against the state the good lines before it left).
      if (isLeft(decided)) refused.push(decided.left);
      else if (refused.length === 0) events.push(...decided.right);
    }
    const [first, ...more] = refused;
    if (first) return left(more.length === 0 ? first : { _tag: 'LinesRefused', errors: refused });
    return right({ batch: groupWithExpectations(events, touched), touched });
  }

  async #decideLine(
    { line, value }: SubmittedLine,
    recordedAt: string,
    touched: Map<string, StreamState>,
  ): Promise<Either<LineError, ProposedEvent[]>> {
    const { registry, catalogue, seal } = this.#options;
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
    const self = await this.#load(streamId, spec.aggregate, touched);
    const related: Record<string, unknown> = {};
    for (const r of spec.related?.(decoded.right, recordedAt) ?? []) {
      related[r.key] = (await this.#load(r.streamId, r.aggregate, touched)).state;
    }
    const input = {
      data: decoded.right,
      actor,
      occurredAt,
      recordedAt,
      ...(backfilled === true ? { backfilled } : {}),
    };
    const outcome = spec.decide(input, self.state, related);
    if (isLeft(outcome)) return left({ _tag: 'CommandRejected', line, command: name, error: outcome.left });
    const metadata = {
      actor,
      occurredAt,
      ...(correlationId !== undefined ? { correlationId } : {}),
      ...(causationId !== undefined ? { causationId } : {}),
      ...(backfilled === true ? { backfilled } : {}),
    };
    const proposedEvents: ProposedEvent[] = [];
    for (const decidedEvent of outcome.right) {
      const schemaVersion = decidedEvent.schemaVersion ?? 1;
      const checked = catalogue.decodeData(decidedEvent.type, schemaVersion, decidedEvent.data);
      if (isLeft(checked)) {
        throw new Error(
          `${name} emitted ${decidedEvent.type} that fails its codec: ${JSON.stringify(checked.left.problems)}`,
        );
      }
      self.version = self.version === 'no-stream' ? 0 : self.version + 1;
      const provisional: RecordedEvent = {
        index: -1,
        streamId,
        streamVersion: self.version,
        eventId: '',
        type: decidedEvent.type,
        schemaVersion,
        data: decidedEvent.data as Record<string, unknown>,
        metadata: { ...metadata, recordedAt },
      };
      self.state = spec.aggregate.evolve(self.state, provisional);
      const proposed: ProposedEvent = {
        streamId,
        type: decidedEvent.type,
        schemaVersion,
        data: provisional.data,
        metadata,
      };
      const sealed = seal ? await seal(proposed) : right(proposed);
      if (isLeft(sealed)) return left({ _tag: 'SealingFailed', line, command: name, reason: sealed.left });
      proposedEvents.push(sealed.right);
    }
    return right(proposedEvents);
  }
}

/** Groups consecutive events per stream; each stream's first group expects its version as read. */
function groupWithExpectations(
  events: readonly ProposedEvent[],
  touched: ReadonlyMap<string, StreamState>,
): StreamAppend[] {
  const groups: { streamId: string; expectedVersion: StreamVersion; events: ProposedEvent[] }[] = [];
  const seen = new Map<string, StreamVersion>();
  for (const event of events) {
    const last = groups[groups.length - 1];
    if (last && last.streamId === event.streamId) {
      last.events.push(event);
    } else {
      const expected = seen.has(event.streamId) ? seen.get(event.streamId)! : touched.get(event.streamId)!.baseVersion;
      groups.push({ streamId: event.streamId, expectedVersion: expected, events: [event] });
    }
    const before = seen.has(event.streamId) ? seen.get(event.streamId)! : touched.get(event.streamId)!.baseVersion;
    seen.set(event.streamId, before === 'no-stream' ? 0 : before + 1);
  }
  return groups;
}
