/**
 * Upcasters: old events replay under new code. An upcaster lifts the `data` of one
 * `(type, schemaVersion)` to `schemaVersion + 1`; chains run until no upcaster applies.
 * The stored leaf never changes: upcasting happens on read only.
 */
import type { RecordedEvent } from './envelope.ts';
import { coreError } from './errors/thrown-errors.ts';

/**
 * Lifts `data` of `type` at `fromVersion` to `fromVersion + 1`. Must be pure.
 *
 * @experimental
 */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  /** Lifts `data` of the old schema version to the next one's shape (pure; the stored leaf is untouched). */
  upcast(data: Record<string, unknown>, event: RecordedEvent): Record<string, unknown>;
}

/**
 * Upcasters keyed by (type, schemaVersion).
 *
 * @experimental
 */
export class UpcasterRegistry {
  readonly #byKey = new Map<string, Upcaster>();

  /** Registers an upcaster; a second one for the same (type, version) is a bug and throws. */
  register(upcaster: Upcaster): this {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (this.#byKey.has(key))
      throw coreError('GL_DUPLICATE_DEFINITION', `an upcaster for ${key} is already registered`);
    this.#byKey.set(key, upcaster);
    return this;
  }

  /** True when no upcaster is registered (lets hot paths skip the lookup). */
  get isEmpty(): boolean {
    return this.#byKey.size === 0;
  }

  /** The event lifted to the newest schema version known; the same object when none applies. */
  upcast(event: RecordedEvent): RecordedEvent {
    let current = event;
    for (;;) {
      const upcaster = this.#byKey.get(`${current.type}@${current.schemaVersion}`);
      if (!upcaster) return current;
      current = {
        ...current,
        schemaVersion: current.schemaVersion + 1,
        data: upcaster.upcast(current.data, current),
      };
    }
  }
}
