/**
 * The event catalogue: the codec of every (type, schemaVersion) a domain records. Appends
 * through the catalogue refuse events whose `data` does not match; the personal-data layer
 * reads it to find which fields to encrypt.
 */
import { left, type Either } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { FoldedEvent } from './decider.ts';
import { type DecodeError, decodeWith } from './decode-error.ts';
import type { RecordedEvent, TypedRecordedEvent } from './envelope.ts';
import { coreError } from './errors/thrown-errors.ts';
import { refuseUnknownKeys } from './exact-codec.ts';

/** One event type at one schema version and the codec of its `data`. */
export interface EventDefinition<
  Type extends string = string,
  Codec extends t.Mixed = t.Mixed,
  Version extends number = number,
> {
  readonly type: Type;
  readonly schemaVersion: Version;
  /** The declared shape of `data` (walkers such as personal-data marking read it). */
  readonly codec: Codec;
  /** `codec` made exact ({@link refuseUnknownKeys}): what every decode of `data` uses. */
  readonly exact: t.Mixed;
}

/**
 * Declares an event type. Its codec is made exact ({@link refuseUnknownKeys}): data with a
 * key the codec does not declare is refused on every append and every read, so nothing
 * undeclared can reach a leaf.
 *
 * @example
 * const ComplaintFiled = defineEvent('ComplaintFiled', t.type({ complaintId: t.string }));
 */
export function defineEvent<Type extends string, Codec extends t.Mixed, Version extends number = 1>(
  type: Type,
  codec: Codec,
  schemaVersion: Version = 1 as Version,
): EventDefinition<Type, Codec, Version> {
  return { type, schemaVersion, codec, exact: refuseUnknownKeys(codec, type) };
}

/** The `data` type of an event definition. */
export type DataOf<D extends EventDefinition> = t.TypeOf<D['codec']>;

/**
 * The event a definition describes as a stream's fold receives it: `type` and
 * `schemaVersion` narrowed to the definition's, `data` typed by its codec. An area's event
 * union is `EventOf<typeof A | typeof B | …>` over its definitions, and its `evolve` narrows
 * on `type` (then on `schemaVersion` where a type has several) with no cast.
 */
export type EventOf<D extends EventDefinition> =
  D extends EventDefinition<infer Type, infer Codec, infer Version>
    ? FoldedEvent<Type, t.TypeOf<Codec>> & { readonly schemaVersion: Version }
    : never;

/**
 * The same as {@link EventOf}, as the ledger holds it (with its place in the log): what a
 * projection typed by its area's events folds. The log holds every area's events, so such a
 * fold keeps a `default` branch that passes other events over unchanged.
 */
export type RecordedEventOf<D extends EventDefinition> =
  D extends EventDefinition<infer Type, infer Codec, infer Version>
    ? TypedRecordedEvent<Type, t.TypeOf<Codec>> & { readonly schemaVersion: Version }
    : never;

/**
 * The guard of an area's events: true when `event` is one of `definitions` (same type and
 * schema version). A projection folds the whole log, so it first asks the guard and passes
 * other events over; past it, `event` is the area's typed union and a `switch (event.type)`
 * narrows `data` with no cast. The check is one Set lookup (O(1) per event); `data` is
 * trusted as the codecs checked it on every append.
 *
 * @example
 * const isComplaintEvent = isEventOf(complaintEvents);
 * if (!isComplaintEvent(event)) return state;
 */
export function isEventOf<D extends EventDefinition>(
  definitions: readonly D[],
): (event: RecordedEvent) => event is RecordedEvent & RecordedEventOf<D> {
  // Looked up by type, then version: every projection asks this of every event of a
  // replay, so the guard builds no key string per call.
  const versionsByType = new Map<string, Set<number>>();
  for (const d of definitions) {
    const versions = versionsByType.get(d.type) ?? new Set<number>();
    versions.add(d.schemaVersion);
    versionsByType.set(d.type, versions);
  }
  return (event): event is RecordedEvent & RecordedEventOf<D> =>
    versionsByType.get(event.type)?.has(event.schemaVersion) === true;
}

/** Every event definition of a domain, looked up by (type, schemaVersion). */
export class EventCatalogue {
  readonly #byKey = new Map<string, EventDefinition>();

  constructor(definitions: Iterable<EventDefinition>) {
    for (const d of definitions) {
      const key = `${d.type}@${d.schemaVersion}`;
      if (this.#byKey.has(key)) throw coreError('GL_DUPLICATE_DEFINITION', `event ${key} is defined twice`);
      this.#byKey.set(key, d);
    }
  }

  /** The definition of `type` at `schemaVersion`, if known. */
  definition(type: string, schemaVersion: number): EventDefinition | undefined {
    return this.#byKey.get(`${type}@${schemaVersion}`);
  }

  /** Every definition, in the order given. */
  definitions(): EventDefinition[] {
    return [...this.#byKey.values()];
  }

  /** Decodes `data` of an event; an unknown (type, version) is a decode error at `type`. */
  decodeData(type: string, schemaVersion: number, data: unknown): Either<DecodeError, unknown> {
    const definition = this.definition(type, schemaVersion);
    if (!definition) {
      return left({
        _tag: 'DecodeError',
        codec: 'EventCatalogue',
        problems: [{ path: 'type', reason: `unknown event type ${type} at schema version ${schemaVersion}` }],
      });
    }
    return decodeWith(definition.exact, data);
  }
}
