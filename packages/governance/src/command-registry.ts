/**
 * The registry of command specs by name: how a submitted line finds its rule.
 */
import type { AnyCommandSpec } from './command.ts';

/** Command specs by name; a duplicate name is a bug and throws. */
export class CommandRegistry {
  readonly #byName = new Map<string, AnyCommandSpec>();

  constructor(specs: Iterable<AnyCommandSpec>) {
    for (const spec of specs) {
      if (this.#byName.has(spec.name)) throw new Error(`command ${spec.name} is registered twice`);
      this.#byName.set(spec.name, spec);
    }
  }

  /** The spec of `name`, if any. */
  get(name: string): AnyCommandSpec | undefined {
    return this.#byName.get(name);
  }

  /** Every command name, sorted (for help and error messages). */
  names(): string[] {
    return [...this.#byName.keys()].sort();
  }
}
