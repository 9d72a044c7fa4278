/**
 * The event catalogue: the codec of every (type, schemaVersion) a domain records. Appends
 * through the catalogue refuse events whose `data` does not match; the personal-data layer
 * reads it to find which fields to encrypt.
 */
import { left, type Either } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type DecodeError, decodeWith } from './decode-error.ts';
import { coreError } from './errors/thrown-errors.ts';
import { refuseUnknownKeys } from './exact-codec.ts';

/** One event type at one schema version and the codec of its `data`. */
export interface EventDefinition<Type extends string = string, Codec extends t.Mixed = t.Mixed> {
  readonly type: Type;
  readonly schemaVersion: number;
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
export function defineEvent<Type extends string, Codec extends t.Mixed>(
  type: Type,
  codec: Codec,
  schemaVersion = 1,
): EventDefinition<Type, Codec> {
  return { type, schemaVersion, codec, exact: refuseUnknownKeys(codec, type) };
}

/** The `data` type of an event definition. */
export type DataOf<D extends EventDefinition> = t.TypeOf<D['codec']>;

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
