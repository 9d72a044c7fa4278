/**
 * The one command pipeline: fold the streams a command acts on and consults, decide, fold the
 * decided events into the states (the next command of the same submission sees them), and
 * append everything as one atomic batch that expects every touched stream to be exactly as
 * read. On a concurrency conflict the whole submission is decided again, a bounded number of
 * times. The governance executor and {@link handleCommand} both run on it.
 */
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { type Aggregate, type DecidedEvent, type Decider, type FoldedEvent, foldStream } from './decider.ts';
import type { ProposedEvent, ProposedMetadata, RecordedEvent } from './envelope.ts';
import { nextRecordingTime } from './ledger-time.ts';
import type { AppendError, AppendResult, EventStore, StreamAppend, StreamVersion } from './store.ts';
import type { UpcasterRegistry } from './upcaster.ts';

/**
 * The store did not take the submission: it refused the batch (size, an invalid event), or
 * other writers kept changing the streams it read until the retries ran out (`error` is then
 * the last `WrongExpectedVersion` or `RecordedAtBehind`). Nothing was recorded.
 */
export interface SubmissionNotAppended {
  readonly _tag: 'SubmissionNotAppended';
  readonly error: AppendError;
}

/** Options of a {@link CommandPipeline}. */
export interface PipelineOptions {
  /** Whole-submission retries after a concurrency conflict (default 3). */
  readonly maxRetries?: number;
  /**
   * The ledger's clock (default: the wall clock), read once per attempt: its time, never
   * earlier than the ledger's last `recordedAt`, is what the rules decide against and what
   * the store records as the events' `recordedAt`. A simulation injects its time here.
   */
  readonly clock?: () => Date;
  /**
   * The ledger's upcasters: every stored event a stream's fold reads is lifted to its newest
   * schema first, as projections and readers lift it (the stored leaf is never changed).
   * Decided events are already at their newest schema.
   */
  readonly upcasters?: UpcasterRegistry;
}

/** A stream's state while a submission is decided (kept by the pipeline, read through {@link Decision}). */
export interface OpenStream {
  state: unknown;
  /** The version the store held when the state was folded (what the append expects). */
  readonly baseVersion: StreamVersion;
  /** The version after this submission's decided events. */
  version: StreamVersion;
}

/**
 * One attempt at deciding a submission: the ledger time it is decided against, and the
 * states of the streams it reads, each folded once and then kept up to date with the events
 * decided so far.
 */
export class Decision {
  /** The ledger's time of this recording (ISO-8601 UTC). */
  readonly recordedAt: string;
  readonly #load: (streamId: string, aggregate: Aggregate<unknown>) => Promise<OpenStream>;
  readonly #open: Map<string, OpenStream>;

  /** Made by the pipeline; `load` folds a stream not yet open. */
  constructor(
    recordedAt: string,
    open: Map<string, OpenStream>,
    load: (streamId: string, aggregate: Aggregate<unknown>) => Promise<OpenStream>,
  ) {
    this.recordedAt = recordedAt;
    this.#open = open;
    this.#load = load;
  }

  /** The state of `streamId` folded with `aggregate`, including the events decided so far. */
  async state<State>(streamId: string, aggregate: Aggregate<State>): Promise<State> {
    return (await this.#stream(streamId, aggregate as Aggregate<unknown>)).state as State;
  }

  /**
   * Takes `events` decided on `streamId`: folds each into the stream's state as it will be
   * recorded (same metadata, this decision's `recordedAt`) and returns them as proposed
   * events, ready for the batch.
   */
  async record(
    streamId: string,
    aggregate: Aggregate<unknown>,
    events: readonly DecidedEvent[],
    metadata: ProposedMetadata,
  ): Promise<ProposedEvent[]> {
    const open = await this.#stream(streamId, aggregate);
    const recordedMetadata = { ...metadata, recordedAt: this.recordedAt };
    const proposed: ProposedEvent[] = [];
    for (const event of events) {
      const folded: FoldedEvent = {
        type: event.type,
        schemaVersion: event.schemaVersion ?? 1,
        data: event.data,
        metadata: recordedMetadata,
      };
      open.state = foldStream(aggregate, [folded], open.state);
      open.version = open.version === 'no-stream' ? 0 : open.version + 1;
      proposed.push({ streamId, type: folded.type, schemaVersion: folded.schemaVersion, data: folded.data, metadata });
    }
    return proposed;
  }

  async #stream(streamId: string, aggregate: Aggregate<unknown>): Promise<OpenStream> {
    const open = this.#open.get(streamId);
    if (open) return open;
    const loaded = await this.#load(streamId, aggregate);
    this.#open.set(streamId, loaded);
    return loaded;
  }
}

/** What a decision produced: the events to record, in order (each proposed through {@link Decision.record}). */
export type Decide<E> = (decision: Decision) => Promise<Either<E, readonly ProposedEvent[]>>;

/** What a dry run decided: the events a submission would record, at the ledger time it was decided against. */
export interface DryRunResult {
  readonly recordedAt: string;
  readonly events: readonly ProposedEvent[];
}

/** A stream state kept between submissions, and the generation it was last known current in. */
interface CachedStream {
  readonly state: unknown;
  readonly version: StreamVersion;
  readonly generation: number;
}

/**
 * Runs submissions against one store. It caches stream states between submissions, which
 * keeps long histories like the demo linear instead of re-reading every stream for every
 * command. While nobody else appends, the cache is known current and used as it is: the
 * ledger's head, read once per submission anyway, still has the size this pipeline's own
 * last append left. Once another writer has appended, each cached state is first checked
 * against its stream's version in the store, once, before it is used again.
 */
export class CommandPipeline {
  readonly #store: EventStore;
  readonly #options: PipelineOptions;
  #cache = new Map<string, CachedStream>();
  /**
   * The ledger size at which every cached state of the current generation is known current:
   * the size this pipeline's last append left, when nothing else was appended between the
   * head it decided against and that append. Null when unknown.
   */
  #syncedSize: number | null = null;
  /** Bumped when the head moved under the cache: states of older generations are checked before use. */
  #generation = 0;

  /** A pipeline over `store`. */
  constructor(store: EventStore, options: PipelineOptions = {}) {
    this.#store = store;
    this.#options = options;
  }

  /**
   * Decides with `decide` and appends its events all or nothing. `beforeAppend` runs after
   * every event is decided and before the append (e.g. to make new personal-data keys durable
   * before any ciphertext under them is committed).
   */
  async run<E>(
    decide: Decide<E>,
    hooks: { beforeAppend?: () => Promise<void> } = {},
  ): Promise<Either<E | SubmissionNotAppended, AppendResult>> {
    const retries = this.#options.maxRetries ?? 3;
    for (let attempt = 0; ; attempt++) {
      const open = new Map<string, OpenStream>();
      const { decision, size } = await this.#decision(open);
      const decided = await decide(decision);
      if (isLeft(decided)) {
        this.#cache.clear();
        return decided;
      }
      await hooks.beforeAppend?.();
      const batch = groupWithExpectations(decided.right, open);
      const result = await this.#store.appendBatch(batch, { recordedAt: decision.recordedAt });
      if (isLeft(result)) {
        this.#cache.clear();
        const conflict = result.left._tag === 'WrongExpectedVersion' || result.left._tag === 'RecordedAtBehind';
        if (conflict && attempt < retries) continue;
        return left({ _tag: 'SubmissionNotAppended', error: result.left });
      }
      for (const [streamId, s] of open) {
        this.#cache.set(streamId, { state: s.state, version: s.version, generation: this.#generation });
      }
      // Only our events since the head we decided against: every state read then is current now.
      const alone = result.right.size - result.right.events.length === size;
      this.#syncedSize = alone ? result.right.size : null;
      return right(result.right);
    }
  }

  /** Decides exactly as {@link run} would, against the ledger's time now, and writes nothing. */
  async dryRun<E>(decide: Decide<E>): Promise<Either<E, DryRunResult>> {
    const { decision } = await this.#decision(new Map());
    const decided = await decide(decision);
    // The folded states include events that were never appended: forget them all.
    this.#cache.clear();
    if (isLeft(decided)) return decided;
    return right({ recordedAt: decision.recordedAt, events: decided.right });
  }

  /** A decision against the ledger's head now, and the head's size. */
  async #decision(open: Map<string, OpenStream>): Promise<{ decision: Decision; size: number }> {
    const head = await this.#store.head();
    // Another writer appended since our last append (or we never appended): check every cached state.
    if (head.size !== this.#syncedSize) this.#generation++;
    const recordedAt = nextRecordingTime(this.#options.clock ?? (() => new Date()), head.lastRecordedAt);
    const decision = new Decision(recordedAt, open, (streamId, aggregate) => this.#load(streamId, aggregate));
    return { decision, size: head.size };
  }

  async #load(streamId: string, aggregate: Aggregate<unknown>): Promise<OpenStream> {
    const cached = this.#cache.get(streamId);
    // A cached state is used only while the stream still stands at its version: known when
    // nobody else has appended since it was cached (its generation is current), else read from
    // the store. Another writer's append makes us fold it again (related streams, read but not
    // written, are not re-checked at append, so this check is what keeps them current).
    const current =
      cached !== undefined &&
      (cached.generation === this.#generation || (await this.#store.streamVersion(streamId)) === cached.version);
    if (cached && current) {
      // Take ownership: a failed submission clears the whole cache, so in-place evolves never leak.
      this.#cache.delete(streamId);
      return { state: cached.state, baseVersion: cached.version, version: cached.version };
    }
    const events: RecordedEvent[] = [];
    const { upcasters } = this.#options;
    const lift = upcasters && !upcasters.isEmpty ? (e: RecordedEvent) => upcasters.upcast(e) : null;
    for await (const event of this.#store.readStream(streamId)) events.push(lift ? lift(event) : event);
    const version = events.length === 0 ? 'no-stream' : events[events.length - 1]!.streamVersion;
    return { state: foldStream(aggregate, events), baseVersion: version, version };
  }
}

/** Groups consecutive events per stream; each stream's first group expects its version as read. */
function groupWithExpectations(
  events: readonly ProposedEvent[],
  open: ReadonlyMap<string, OpenStream>,
): StreamAppend[] {
  const groups: { streamId: string; expectedVersion: StreamVersion; events: ProposedEvent[] }[] = [];
  const seen = new Map<string, StreamVersion>();
  for (const event of events) {
    const before = seen.has(event.streamId) ? seen.get(event.streamId)! : open.get(event.streamId)!.baseVersion;
    const last = groups[groups.length - 1];
    if (last && last.streamId === event.streamId) last.events.push(event);
    else groups.push({ streamId: event.streamId, expectedVersion: before, events: [event] });
    seen.set(event.streamId, before === 'no-stream' ? 0 : before + 1);
  }
  return groups;
}

/** Why {@link handleCommand} recorded nothing: the rule refused the command, or the store did not take it. */
export type HandleError<DomainError> =
  | { readonly _tag: 'Rejected'; readonly error: DomainError }
  | SubmissionNotAppended;

/**
 * Runs one command of a {@link Decider} against one stream through the pipeline: the state is
 * folded from the stream, the decider decides, and the events are appended expecting the
 * version that was read; on a conflict the whole cycle runs again (the rule sees the newer
 * state).
 */
export async function handleCommand<Command, Event extends DecidedEvent, State, DomainError>(
  store: EventStore,
  decider: Decider<Command, Event, State, DomainError>,
  streamId: string,
  command: Command,
  metadata: ProposedMetadata,
  options: PipelineOptions = {},
): Promise<Either<HandleError<DomainError>, AppendResult>> {
  const aggregate = decider as Aggregate<unknown>;
  return new CommandPipeline(store, options).run<HandleError<DomainError>>(async (decision) => {
    const decided = decider.decide(command, await decision.state(streamId, decider));
    if (isLeft(decided)) return left({ _tag: 'Rejected', error: decided.left });
    return right(await decision.record(streamId, aggregate, decided.right, metadata));
  });
}
