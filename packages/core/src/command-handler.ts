/**
 * The command handler: load a stream, decide, append with the expected version, and retry
 * on a concurrency conflict a bounded number of times.
 */
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Decider, DecidedEvent } from './decider.ts';
import type { ProposedEvent, ProposedMetadata, RecordedEvent } from './envelope.ts';
import type { AppendError, AppendResult, EventStore } from './store.ts';

/** The handler gave up after `attempts` conflicts in a row. */
export interface TooManyConflicts {
  readonly _tag: 'TooManyConflicts';
  readonly streamId: string;
  readonly attempts: number;
}

/** Why a command was not recorded: the rule refused it, or the store did. */
export type HandleError<DomainError> =
  | { readonly _tag: 'Rejected'; readonly error: DomainError }
  | { readonly _tag: 'AppendFailed'; readonly error: AppendError }
  | TooManyConflicts;

/** Options of {@link handleCommand}. */
export interface HandleOptions {
  /** Conflicts tolerated before giving up (default 3). */
  readonly maxRetries?: number;
}

/** Turns decided events into proposed events of `streamId` with the command's metadata. */
export function proposeEvents(
  streamId: string,
  events: readonly DecidedEvent[],
  metadata: ProposedMetadata,
): ProposedEvent[] {
  return events.map((e) => ({
    streamId,
    type: e.type,
    schemaVersion: e.schemaVersion ?? 1,
    data: e.data as Record<string, unknown>,
    metadata,
  })) as ProposedEvent[];
}

async function loadStream(store: EventStore, streamId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId)) events.push(event);
  return events;
}

/**
 * Runs one command against one stream. The state is rebuilt from the stream, the decider
 * decides, and the events are appended expecting the version that was read; on a conflict
 * the whole cycle runs again (the rule sees the newer state).
 */
export async function handleCommand<Command, Event extends DecidedEvent, State, DomainError>(
  store: EventStore,
  decider: Decider<Command, Event, State, DomainError>,
  streamId: string,
  command: Command,
  metadata: ProposedMetadata,
  options: HandleOptions = {},
): Promise<Either<HandleError<DomainError>, AppendResult>> {
  const maxRetries = options.maxRetries ?? 3;
  for (let attempt = 0; attempt <= maxRetries; attempt++) {
    const history = await loadStream(store, streamId);
    let state = decider.initialState;
    for (const event of history) state = decider.evolve(state, event);
    const decided = decider.decide(command, state);
    if (isLeft(decided)) return left({ _tag: 'Rejected', error: decided.left });
    const expected = history.length === 0 ? 'no-stream' : history[history.length - 1]!.streamVersion;
    const result = await store.append(streamId, proposeEvents(streamId, decided.right, metadata), expected);
    if (isLeft(result)) {
      if (result.left._tag === 'WrongExpectedVersion') continue;
      return left({ _tag: 'AppendFailed', error: result.left });
    }
    return right(result.right);
  }
  return left({ _tag: 'TooManyConflicts', streamId, attempts: maxRetries + 1 });
}
