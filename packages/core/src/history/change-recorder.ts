/**
 * Folding events into a state while recording which items they changed: the old value of
 * each item is copied at its first write, and every event that wrote it is remembered. At
 * the end, only the items written are compared, so the cost is the events folded plus the
 * size of the items they touched — never the size of the whole state.
 */
import type { RecordedEvent } from '../envelope.ts';
import { isCollection, isRecord, itemPathOf, pointerOf, valueAt } from './state-items.ts';
import { deepEqual, diffValues, type FieldChange, plainDeep } from './value-diff.ts';
import { WriteTracker } from './write-tracker.ts';

/** An event as a change names it: where it is in the log, what it was, who did it and when. */
export interface EventRef {
  readonly index: number;
  readonly streamId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: { readonly id: string | null; readonly role: string };
}

/** The reference of a recorded event. */
export function eventRefOf(event: RecordedEvent): EventRef {
  const { actor, occurredAt, recordedAt } = event.metadata;
  return {
    index: event.index,
    streamId: event.streamId,
    type: event.type,
    occurredAt,
    recordedAt,
    actor: { id: actor.id, role: actor.role },
  };
}

/** How one item of a state changed, and the events that changed it. */
export interface ItemChange {
  /** The item's RFC 6901 pointer in the state (`/complaints/c-1`). */
  readonly item: string;
  readonly kind: 'added' | 'removed' | 'changed';
  /** The whole item before (null when added) and after (null when removed); only for added and removed items. */
  readonly before: unknown;
  readonly after: unknown;
  /** Field-level changes inside the item (for changed items). */
  readonly fields: readonly FieldChange[];
  /** Field changes left out beyond the limit. */
  readonly fieldsOmitted: number;
  /** The events that wrote the item, oldest first, at most the cause limit. */
  readonly causes: readonly EventRef[];
  /** How many events wrote the item. */
  readonly causeCount: number;
}

/** Limits that keep a report readable: field changes per item and causes listed per item. */
export interface ChangeLimits {
  readonly fields?: number;
  readonly causes?: number;
}

interface Touched {
  readonly path: string[];
  readonly before: unknown;
  readonly causes: EventRef[];
  causeCount: number;
  lastIndex: number;
}

/**
 * Records the items of one state that a run of events changes.
 *
 * @example
 * const recorder = new ChangeRecorder(stateAtT1);
 * for (const event of events) recorder.fold(projection.evolve, event);
 * recorder.changes(); // items added, removed and changed, with their causes
 */
export class ChangeRecorder<State> {
  #state: State;
  readonly #limits: Required<ChangeLimits>;
  readonly #touched = new Map<string, Touched>();
  #event: RecordedEvent | null = null;
  #tracker: WriteTracker;
  #view: State;

  constructor(state: State, limits: ChangeLimits = {}) {
    this.#state = state;
    this.#limits = { fields: limits.fields ?? 200, causes: limits.causes ?? 20 };
    this.#tracker = new WriteTracker((path, property, value) =>
      this.#touch(itemPathOf(this.#state, path, property, value)),
    );
    this.#view = this.#tracker.view(state);
  }

  /** The state after every event folded so far (raw: free of tracking). */
  get state(): State {
    return this.#state;
  }

  /** Folds one event with `evolve`, recording the items it writes. */
  fold(evolve: (state: State, event: RecordedEvent) => State, event: RecordedEvent): void {
    this.#event = event;
    const returned = this.#tracker.unwrap(evolve(this.#view, event));
    if (returned !== this.#state) this.#replaceRoot(returned);
    this.#event = null;
  }

  /** Items touched so far, without comparing them (cheap): their pointers. */
  touchedItems(): string[] {
    return [...this.#touched.keys()];
  }

  /** Compares every touched item's value before the first event with its value now. */
  changes(): ItemChange[] {
    const all = [...this.#touched.values()];
    const result: ItemChange[] = [];
    const wholesale = new Set<string>();
    for (const touched of all) {
      const after = valueAt(this.#state, touched.path);
      if ((touched.before === undefined) !== (after === undefined)) wholesale.add(pointerOf(touched.path));
    }
    for (const touched of all) {
      // An item inside one that was added or removed whole is told by its container.
      if (withinAny(touched.path, wholesale)) continue;
      const after = valueAt(this.#state, touched.path);
      const { before } = touched;
      if (before === undefined && after === undefined) continue;
      const common = { item: pointerOf(touched.path), causes: touched.causes, causeCount: touched.causeCount };
      if (before === undefined) {
        result.push({ ...common, kind: 'added', before: null, after: plainCopy(after), fields: [], fieldsOmitted: 0 });
      } else if (after === undefined) {
        result.push({
          ...common,
          kind: 'removed',
          before: plainDeep(before),
          after: null,
          fields: [],
          fieldsOmitted: 0,
        });
      } else if (!deepEqual(before, after)) {
        const { changes, omitted } = diffValues(before, after, this.#limits.fields);
        result.push({ ...common, kind: 'changed', before: null, after: null, fields: changes, fieldsOmitted: omitted });
      }
    }
    return result;
  }

  #touch(path: string[]): Touched | undefined {
    const event = this.#event;
    if (!event) return undefined;
    const key = pointerOf(path);
    let touched = this.#touched.get(key);
    if (!touched) {
      touched = { path, before: copyOf(valueAt(this.#state, path)), causes: [], causeCount: 0, lastIndex: -1 };
      this.#touched.set(key, touched);
    }
    this.#cause(touched);
    return touched;
  }

  #cause(touched: Touched): void {
    const event = this.#event!;
    if (touched.lastIndex !== event.index) {
      touched.lastIndex = event.index;
      touched.causeCount++;
      if (touched.causes.length < this.#limits.causes) touched.causes.push(eventRefOf(event));
    }
  }

  /**
   * `evolve` returned a new state instead of updating the old one in place (an immutable
   * fold): the items whose identity changed are the ones it replaced. The old state is
   * intact, so their old values are still there to copy.
   */
  #replaceRoot(returned: State): void {
    const walk = (before: unknown, after: unknown, path: string[]) => {
      if (before === after) return;
      const descend =
        path.length === 0 ? isRecord(before) && isRecord(after) : isCollection(before) && isCollection(after);
      if (!descend) {
        this.#touch(path);
        return;
      }
      const b = before as Record<string, unknown>;
      const a = after as Record<string, unknown>;
      for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) walk(b[key], a[key], [...path, key]);
    };
    walk(this.#state, returned, []);
    this.#state = returned;
    this.#tracker = new WriteTracker((path, property, value) =>
      this.#touch(itemPathOf(this.#state, path, property, value)),
    );
    this.#view = this.#tracker.view(returned);
  }
}

function copyOf(value: unknown): unknown {
  return value === undefined ? undefined : structuredClone(value);
}

function plainCopy(value: unknown): unknown {
  return plainDeep(structuredClone(value));
}

/** True when a strict ancestor of `path` is among `pointers`. */
function withinAny(path: readonly string[], pointers: ReadonlySet<string>): boolean {
  for (let depth = path.length - 1; depth >= 0; depth--) {
    if (pointers.has(pointerOf(path.slice(0, depth)))) return true;
  }
  return false;
}
