/**
 * Items of a state: the unit in which changes are reported. A projection's state is a tree
 * of records; an auditor asks about complaints, votes and funds, not about `/complaints`
 * as a whole nor about `/complaints/c-1/status` alone. So a state is read as collections
 * and items:
 *
 * - the root's properties are sections (`complaints`, `order`, `totals`);
 * - a *collection* is a record whose values are all records (complaints by id, unit
 *   accounts by community then unit); its entries are descended into;
 * - an *item* is the first node on a path that is not a collection: a complaint card, a
 *   unit account, a counter record, an array, a scalar.
 *
 * So `/complaints/c-1` and `/communities/cm-1/1-1-101` are items, and so is `/order`.
 * Whether a record is a collection is judged from its first values, so a check costs O(1).
 */

/** How many values of a record are looked at to judge whether it is a collection. */
const SAMPLED_VALUES = 8;

/** True for records (plain objects, not arrays, Maps or other classes). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * What each non-empty record was judged to be. Enumerating a large record's keys costs
 * O(its size) even to look at the first few, so each record is judged once; a record does
 * not turn from a collection into an item or back.
 */
const judged = new WeakMap<object, boolean>();

/** True when `value` is a record whose (first few) values are all records: its entries are items. */
export function isCollection(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const known = judged.get(value);
  if (known !== undefined) return known;
  let seen = 0;
  let collection = true;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (!isRecord(value[key])) {
      collection = false;
      break;
    }
    if (++seen >= SAMPLED_VALUES) break;
  }
  if (seen > 0 || !collection) judged.set(value, collection);
  return collection;
}

/** True once `value` was judged a collection or not (it had entries then): the judgement no longer changes. */
export function isJudged(value: object): boolean {
  return judged.has(value);
}

/**
 * The path of the item that a write to `property` of the object at `path` falls in, judged
 * on `root` before the write. The root's properties are always sections. An empty record
 * is judged by the value written into it: records make it a collection, anything else an
 * item (a record of counts by id is one item, a record of complaints by id a collection).
 */
export function itemPathOf(root: unknown, path: readonly string[], property: string, written?: unknown): string[] {
  if (!isRecord(root)) return [];
  const full = [...path, property];
  let node: unknown = root;
  for (let depth = 0; depth < full.length; depth++) {
    const key = full[depth]!;
    if (depth > 0) {
      const judgedByValue = depth === full.length - 1 && isRecord(node) && !judged.has(node) && isEmpty(node);
      if (!(judgedByValue ? isRecord(written) : isCollection(node))) return full.slice(0, depth);
    }
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined) return full.slice(0, depth + 1);
  }
  // Every node down to the written property is a collection: the write replaces it whole.
  return full;
}

function isEmpty(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return false;
  return true;
}

/** The value at `path` in `root`, or undefined when any step is missing. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node instanceof Map ? node.get(key) : (node as Record<string, unknown>)[key];
  }
  return node;
}

/** An RFC 6901 JSON Pointer for a path (`['communities', 'a/b']` → `/communities/a~1b`). */
export function pointerOf(path: readonly string[]): string {
  return path.map((key) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
