/**
 * Write tracking: a view of a state object that reports every write made through it, so
 * a fold can tell which parts of a projection or aggregate state one event changed without
 * comparing whole states. This is what keeps "what changed between two dates" O(events in
 * the range): only the parts written in the range are compared.
 *
 * The view is a tree of proxies created lazily as `evolve` reads deeper. Writes (set,
 * delete, define) are reported with the path of the object written and the property,
 * before they happen, so the caller can copy the part's old value first. Values stored
 * through the view are unwrapped, so the raw state never holds a proxy. Objects that a proxy
 * cannot stand in for (Map, Set, Date, typed arrays, frozen objects) are returned raw, and
 * reading one reports a write of its property: a conservative over-report, never a miss.
 */

/**
 * A slot kept with each tracked object for its listener's use (e.g. to remember which item
 * every write to that object falls in, instead of working it out again on each write).
 */
export interface ObjectMemo {
  item?: unknown;
  entries?: unknown;
}

/**
 * Called before a write to `property` of the object found at `path` from the root (`value`:
 * what is written, if anything; for a Map, Set or other object read raw, that object);
 * `memo` is the same object for every write to that object, and `target` is that raw object.
 */
export type WriteListener = (
  path: readonly string[],
  property: string,
  value: unknown,
  memo: ObjectMemo,
  target: object,
) => void;

/** True for `{}`-like objects and arrays: what a proxy may stand in for safely. */
export function isTrackable(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !Object.isFrozen(value);
}

/**
 * Wraps `root` so that writes through the returned view are reported to `listener`.
 * `unwrap` turns any value read through the view back into the raw object.
 *
 * @example
 * const tracker = new WriteTracker((path, property) => touched.push([...path, property]));
 * const view = tracker.view(state);
 * view.complaints['c-1'].status = 'closed'; // reports (['complaints', 'c-1'], 'status')
 */
export class WriteTracker {
  readonly #core: TrackingCore;

  constructor(listener: WriteListener) {
    this.#core = { listener, proxyOf: new WeakMap(), targetOf: new WeakMap() };
  }

  /** The tracked view of `root` (the same view each time for the same object). */
  view<T>(root: T): T {
    if (root === null || typeof root !== 'object') return root;
    return wrap(this.#core, root as object, []) as T;
  }

  /** The raw object behind a view (or the value itself when it is not a view). */
  unwrap<T>(value: T): T {
    if (value === null || typeof value !== 'object') return value;
    return (this.#core.targetOf.get(value as object) as T | undefined) ?? value;
  }
}

/** What every proxy of one tracker shares: the listener and the two-way map of views. */
interface TrackingCore {
  readonly listener: WriteListener;
  readonly proxyOf: WeakMap<object, object>;
  readonly targetOf: WeakMap<object, object>;
}

function wrap(core: TrackingCore, target: object, path: readonly string[]): object {
  const known = core.proxyOf.get(target);
  if (known) return known;
  if (!isTrackable(target)) return target;
  const proxy = new Proxy(target, new TrackingHandler(core, path));
  core.proxyOf.set(target, proxy);
  core.targetOf.set(proxy, target);
  return proxy;
}

/**
 * The traps of one tracked object. One instance per object, with its traps on the
 * prototype (no closures made per object), serving also as the object's memo.
 */
class TrackingHandler implements ProxyHandler<object>, ObjectMemo {
  item?: unknown;
  entries?: unknown;
  readonly #core: TrackingCore;
  readonly #path: readonly string[];

  constructor(core: TrackingCore, path: readonly string[]) {
    this.#core = core;
    this.#path = path;
  }

  get(target: object, property: string | symbol): unknown {
    const value = (target as Record<string | symbol, unknown>)[property];
    if (value === null || typeof value !== 'object' || typeof property === 'symbol') return value;
    const core = this.#core;
    const known = core.proxyOf.get(value);
    if (known) return known;
    if (!isTrackable(value)) {
      // A Map or Set is changed through its methods, which no proxy sees: assume it is.
      core.listener(this.#path, property, value, this, target);
      return value;
    }
    return wrap(core, value, [...this.#path, property]);
  }

  set(target: object, property: string | symbol, value: unknown): boolean {
    if (typeof property !== 'symbol') this.#core.listener(this.#path, property, value, this, target);
    return Reflect.set(target, property, rawDeep(this.#core, value), target);
  }

  deleteProperty(target: object, property: string | symbol): boolean {
    if (typeof property !== 'symbol') this.#core.listener(this.#path, property, undefined, this, target);
    return Reflect.deleteProperty(target, property);
  }

  defineProperty(target: object, property: string | symbol, descriptor: PropertyDescriptor): boolean {
    if (typeof property !== 'symbol') this.#core.listener(this.#path, property, descriptor.value, this, target);
    const raw = 'value' in descriptor ? { ...descriptor, value: rawDeep(this.#core, descriptor.value) } : descriptor;
    return Reflect.defineProperty(target, property, raw);
  }
}

/**
 * The value to store: a view becomes its raw object, and a new object built by `evolve`
 * (which may hold views it read) has them replaced. Objects already in the state are raw.
 */
function rawDeep(core: TrackingCore, value: unknown, seen?: Set<object>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const target = core.targetOf.get(value);
  if (target) return target;
  if (core.proxyOf.has(value) || seen?.has(value) || !isTrackable(value)) return value;
  seen ??= new Set();
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (child !== null && typeof child === 'object') {
      const raw = rawDeep(core, child, seen);
      if (raw !== child) record[key] = raw;
    }
  }
  return value;
}
