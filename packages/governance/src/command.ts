/**
 * Governance commands: the NDJSON line a caller submits, and the specification each command
 * type provides (its data codec, the stream it acts on, the streams its rule consults and the
 * rule itself). The executor in `submit.ts` runs a list of commands all or nothing.
 */
import type { Actor, Aggregate, DecidedEvent } from '@govledger/core';
import type { Either } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';

/** What a rule sees of a command: its decoded data, who issues it, and when. */
export interface CommandInput<Data> {
  readonly data: Data;
  readonly actor: Actor;
  /** The time of the act as the submitter claims it (ISO-8601 UTC): what the act says of itself. */
  readonly occurredAt: string;
  /**
   * The ledger's time of the recording (ISO-8601 UTC), read once per submission from the
   * ledger's clock and recorded by the store as this event's `recordedAt`. Deadlines and
   * periods (voting windows, notice periods, due dates, rating windows, suspensions) hold
   * against this, never against `occurredAt` alone.
   */
  readonly recordedAt: string;
  /** True when the submitter marked the act as a late record of an earlier act. */
  readonly backfilled?: boolean;
  /**
   * The actor's pseudonym for this act, made by the executor from a key the submitter does
   * not hold, when the spec asks for one (`pseudonymScope`): a ballot is recorded under it.
   */
  readonly pseudonym?: string;
}

/**
 * A rule refused a command. Every area's errors carry a `_tag` naming the rule broken and a
 * `message` a person can act on ("only the housing bureau may publish the red-black list").
 */
export interface DomainError {
  readonly _tag: string;
  readonly message: string;
}

/**
 * The fold of one kind of stream: core's {@link Aggregate}, whose `evolve` receives the
 * stream's events typed by the area's event union (see docs/contributing.md).
 */
export type { Aggregate };

/**
 * Another stream whose state a rule consults (e.g. the vote that authorises a disbursement):
 * its state arrives in `related` under `key`, folded with `aggregate`.
 */
export interface RelatedStream<Key extends string = string, State = unknown> {
  readonly key: Key;
  readonly streamId: string;
  readonly aggregate: Aggregate<State>;
}

/** The related states a rule reads, by key (the default: any key, states unknown to the type). */
export type RelatedStates = Readonly<Record<string, unknown>>;

/**
 * The related streams that fill `Related`: each key of `Related` with an aggregate whose
 * state is that key's type. A spec whose `related` leaves a key out (a reference the data may
 * omit) declares that key optional in `Related`.
 */
export type RelatedStreamsOf<Related extends RelatedStates> = readonly {
  readonly [Key in keyof Related & string]: RelatedStream<Key, Exclude<Related[Key], undefined>>;
}[keyof Related & string][];

/**
 * Everything the executor needs to run one command type.
 *
 * `decide` receives the acting stream's state and the states of the related streams keyed
 * by `key` (their initial state when a related stream does not exist yet), typed by
 * `Related` when the spec declares it.
 */
export interface CommandSpec<Data, State, Related extends RelatedStates = RelatedStates> {
  readonly name: string;
  readonly data: t.Type<Data, unknown, unknown>;
  /** The stream the command acts on, derived from its data. */
  streamId(data: Data): string;
  readonly aggregate: Aggregate<State>;
  /**
   * Other streams whose state the rule reads (their states arrive as `related`). `recordedAt`
   * is the ledger's time of the recording, for rules that consult what held then; `state` is
   * the acting stream's state, for a reference the stream itself holds (the vote that elected
   * a committee).
   */
  related?(data: Data, recordedAt: string, state: State): RelatedStreamsOf<Related>;
  /**
   * Streams the rule reads that only a state read through `related` can name (the vote that
   * elected a consulted committee is held in the committee's state): read after every stream
   * of `related`, their states join `related`. A key this adds is optional in `Related`, since
   * it is absent whenever the states read name no such stream. See `related-reads.ts`.
   */
  relatedThrough?(data: Data, related: Related): RelatedStreamsOf<Related>;
  /**
   * Set when the act is recorded under a pseudonym of its actor instead of the actor: the key
   * store subject whose key makes the pseudonym (a vote's ballot box). The executor then
   * passes the pseudonym to `decide` and records the events with the actor
   * `{id: pseudonym, role: pseudonymRole}`.
   */
  readonly pseudonymScope?: (data: Data) => string;
  /** The recorded role of a pseudonymous act (e.g. `voter`). */
  readonly pseudonymRole?: string;
  /** Refuses the command with a domain error, or returns the events that record it. Pure. */
  decide(input: CommandInput<Data>, state: State, related: Related): Either<DomainError, readonly DecidedEvent[]>;
}

/** Any command spec. */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds specs of every data/state type
export type AnyCommandSpec = CommandSpec<any, any, any>;
