/**
 * Folding events into a state while recording which items they changed, and the events
 * that wrote each. Nothing is deep-copied while folding: the first write to any object of
 * an item keeps a shallow copy of that object (its own properties, before the write), and of
 * the objects between it and the item's root. The item's value before the first event is
 * rebuilt from those copies at the end, sharing every object that was never written with
 * the state as it is now, so the comparison skips them by identity. The cost is the events
 * folded plus the objects they wrote — never the size of the whole state, nor of a large
 * item (a fund's history, a list of ids) that one event appended to.
 */
import type { RecordedEvent } from '../envelope.ts';
import { isCollection, isJudged, isRecord, itemPathOf, pointerOf, valueAt } from './state-items.ts';
import { deepEqual, diffValues, type FieldChange, plainDeep } from './value-diff.ts';
import { isTrackable, type ObjectMemo, WriteTracker } from './write-tracker.ts';

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
  /** The item's pointer. */
  readonly key: string;
  /** The item's value before its first write: a raw reference, rebuilt from shadows at the end. */
  readonly before: unknown;
  readonly causes: EventRef[];
  causeCount: number;
  lastIndex: number;
}

/**
 * What a write listener remembers of one object: the item it lies inside (it is then
 * shadowed, with the objects above it), or for a collection, the items of the entries
 * written so far — so that later writes are attributed without working their item out again.
 */
interface ItemMemo extends ObjectMemo {
  item?: Touched;
  entries?: Map<string, Touched>;
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
  /**
   * Each object written, and a copy of it from before its first write: shallow for records
   * and arrays (their children are shadowed in turn when written), deep for the objects a
   * proxy cannot follow (Map, Set, …), which are changed through methods.
   */
  readonly #shadows = new Map<object, object>();
  readonly #deepShadows = new WeakSet<object>();
  #event: RecordedEvent | null = null;
  #tracker: WriteTracker;
  #view: State;

  constructor(state: State, limits: ChangeLimits = {}) {
    this.#state = state;
    this.#limits = { fields: limits.fields ?? 200, causes: limits.causes ?? 20 };
    this.#tracker = this.#newTracker();
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
    const afters = all.map((touched) => valueAt(this.#state, touched.path));
    const result: ItemChange[] = [];
    const wholesale = new Set<string>();
    all.forEach((touched, i) => {
      if ((touched.before === undefined) !== (afters[i] === undefined)) wholesale.add(touched.key);
    });
    const rebuilt = new Map<object, unknown>();
    for (let i = 0; i < all.length; i++) {
      const touched = all[i]!;
      // An item inside one that was added or removed whole is told by its container.
      if (wholesale.size > 0 && withinAny(touched.path, wholesale)) continue;
      const after = afters[i];
      const before = this.#beforeOf(touched.before, rebuilt);
      if (before === undefined && after === undefined) continue;
      const common = { item: touched.key, causes: touched.causes, causeCount: touched.causeCount };
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
      } else {
        // Field changes found mean the values differ; none found is confirmed by a full
        // comparison (which also tells arrays apart that differ only by trailing holes).
        const { changes, omitted } = diffValues(before, after, this.#limits.fields);
        if (changes.length > 0 || omitted > 0 || !deepEqual(before, after)) {
          result.push({
            ...common,
            kind: 'changed',
            before: null,
            after: null,
            fields: changes,
            fieldsOmitted: omitted,
          });
        }
      }
    }
    return result;
  }

  #newTracker(): WriteTracker {
    return new WriteTracker((path, property, value, memo, target) =>
      this.#written(path, property, value, memo as ItemMemo, target),
    );
  }

  /** A write to `property` of `target` (at `path`) is about to happen: shadow, then attribute it. */
  #written(path: readonly string[], property: string, value: unknown, memo: ItemMemo, target: object): void {
    if (!this.#event) return;
    // A Map, Set or other untrackable object read raw may be changed through its methods.
    if (
      value !== null &&
      typeof value === 'object' &&
      !isTrackable(value) &&
      target[property as keyof object] === value
    ) {
      this.#shadowDeep(value);
    }
    const known = memo.item ?? memo.entries?.get(property);
    if (known) {
      this.#cause(known);
      return;
    }
    const item = itemPathOf(this.#state, path, property, value);
    const touched = this.#touch(item);
    if (item.length <= path.length) {
      // The written object lies inside the item: shadow it and every object down to it from
      // the item's root, so the item's old value can be rebuilt; later writes take the fast way.
      this.#shadowDown(path, item.length, target);
      memo.item = touched;
    } else if (path.length === 0 || isJudged(target)) {
      // A write to an entry of a collection (or a section of the root). A collection judged
      // from its entries stays one, so its entry's item is remembered; an empty record is
      // judged by what is written into it, so it is worked out again.
      memo.entries ??= new Map();
      memo.entries.set(property, touched);
    }
    this.#cause(touched);
  }

  #touch(path: string[]): Touched {
    const key = pointerOf(path);
    let touched = this.#touched.get(key);
    if (!touched) {
      touched = {
        path,
        key,
        before: referenceOf(valueAt(this.#state, path)),
        causes: [],
        causeCount: 0,
        lastIndex: -1,
      };
      this.#touched.set(key, touched);
    }
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

  /** Shadows the objects on `path` from depth `from` (the item's root) down, and `target`. */
  #shadowDown(path: readonly string[], from: number, target: object): void {
    let node: unknown = this.#state;
    for (let depth = 0; depth <= path.length; depth++) {
      if (node === null || typeof node !== 'object') break;
      if (depth >= from) this.#shadow(node);
      if (depth < path.length) node = (node as Record<string, unknown>)[path[depth]!];
    }
    this.#shadow(target);
  }

  #shadow(node: object): void {
    if (this.#shadows.has(node)) return;
    if (!isTrackable(node)) {
      this.#shadowDeep(node);
      return;
    }
    this.#shadows.set(
      node,
      Array.isArray(node) ? node.slice() : Object.assign(Object.create(Object.getPrototypeOf(node)), node),
    );
  }

  #shadowDeep(node: object): void {
    if (this.#shadows.has(node)) return;
    this.#shadows.set(node, structuredClone(node));
    this.#deepShadows.add(node);
  }

  /** The value `value` had before its first write: rebuilt from shadows, sharing what was never written. */
  #beforeOf(value: unknown, rebuilt: Map<object, unknown>): unknown {
    if (value === null || typeof value !== 'object') return value;
    const shadow = this.#shadows.get(value);
    if (shadow === undefined) return value;
    if (this.#deepShadows.has(value)) return shadow;
    const done = rebuilt.get(value);
    if (done !== undefined) return done;
    if (Array.isArray(shadow)) {
      const copy: unknown[] = new Array(shadow.length);
      rebuilt.set(value, copy);
      for (let i = 0; i < shadow.length; i++) if (i in shadow) copy[i] = this.#beforeOf(shadow[i], rebuilt);
      return copy;
    }
    const copy = Object.create(Object.getPrototypeOf(shadow)) as Record<string, unknown>;
    rebuilt.set(value, copy);
    for (const key of Object.keys(shadow))
      copy[key] = this.#beforeOf((shadow as Record<string, unknown>)[key], rebuilt);
    return copy;
  }

  /**
   * `evolve` returned a new state instead of updating the old one in place (an immutable
   * fold): the items whose identity changed are the ones it replaced. The old state is
   * intact, so their old values are still there.
   */
  #replaceRoot(returned: State): void {
    const walk = (before: unknown, after: unknown, path: string[]) => {
      if (before === after) return;
      const descend =
        path.length === 0 ? isRecord(before) && isRecord(after) : isCollection(before) && isCollection(after);
      if (!descend) {
        this.#cause(this.#touch(path));
        return;
      }
      const b = before as Record<string, unknown>;
      const a = after as Record<string, unknown>;
      for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) walk(b[key], a[key], [...path, key]);
    };
    walk(this.#state, returned, []);
    this.#state = returned;
    this.#tracker = this.#newTracker();
    this.#view = this.#tracker.view(returned);
  }
}

/** An item's old value as kept at its first write: objects a proxy cannot follow are copied whole. */
function referenceOf(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !isTrackable(value) ? structuredClone(value) : value;
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
