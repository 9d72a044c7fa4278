/**
 * Record tables: a snapshot encoding that stores a large collection of same-shaped records
 * (an array, a Map or a plain object whose values are plain objects with the same keys in
 * the same order) as columns, one array per key, instead of record by record.
 *
 * Why: `node:v8` writes every property name of every object, and reading it back
 * internalises each name again, so a state of 135,000 complaint cards with 17 fields spends
 * much of its load on 2.3 million key strings. As columns the names are written once, and
 * the records are rebuilt by one generated constructor per shape, which gives them all one
 * hidden class. On the scale-10 demo this loads the complaint board in about three quarters
 * of the time, the fund ledger in about half and the unit fund balances in a quarter, and
 * the stored bytes shrink by a sixth to a third.
 *
 * Only records reachable exactly once are packed: a record that another part of the state
 * also references would come back as two objects, and a projection that mutates one would
 * not see the change in the other. Everything else passes through unchanged, so the result
 * is the structured clone of the state, as `node:v8` alone would give.
 */

/** The marker key of a packed collection; no projection state uses it. */
const PACKED = '\u0000govledger-record-table';

/** The fewest records worth packing: below this the columns save nothing. */
const MIN_RECORDS = 64;

/** A packed collection, as stored. */
interface PackedTable {
  readonly [PACKED]: 'map' | 'object' | 'array';
  readonly ids: unknown[];
  readonly keys: string[];
  readonly columns: unknown[][];
}

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Counts how many times each object is reached from `root` (stopping at objects seen
 * before); null when a plain object already uses the marker key, which then cannot be packed.
 */
function countReferences(root: unknown): Map<object, number> | null {
  const counts = new Map<object, number>();
  const stack: object[] = [];
  const reach = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const seen = counts.get(value);
    counts.set(value, (seen ?? 0) + 1);
    if (seen === undefined) stack.push(value);
  };
  reach(root);
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (value instanceof Map) {
      for (const [k, v] of value) {
        reach(k);
        reach(v);
      }
    } else if (value instanceof Set || Array.isArray(value)) {
      for (const v of value) reach(v);
    } else if (isPlainObject(value)) {
      if (Object.hasOwn(value, PACKED)) return null;
      for (const key in value) reach(value[key]);
    }
  }
  return counts;
}

/** The keys shared by every record of `values`, or null when they are not all same-shaped, once-referenced plain objects. */
function sharedShape(values: unknown[], counts: Map<object, number>): string[] | null {
  const first = values[0];
  if (!isPlainObject(first)) return null;
  const keys = Object.keys(first);
  if (keys.length === 0) return null;
  for (const value of values) {
    if (!isPlainObject(value) || counts.get(value) !== 1) return null;
    const own = Object.keys(value);
    if (own.length !== keys.length) return null;
    for (let i = 0; i < own.length; i++) if (own[i] !== keys[i]) return null;
  }
  return keys;
}

function packTable(
  kind: 'map' | 'object' | 'array',
  ids: unknown[],
  records: Plain[],
  keys: string[],
  pack: (v: unknown) => unknown,
): PackedTable {
  // Columns are built by push, never pre-sized: `node:v8` writes a holey array index by index.
  const columns = keys.map((key) => {
    const column: unknown[] = [];
    for (const record of records) {
      const cell = record[key];
      column.push(typeof cell === 'object' && cell !== null ? pack(cell) : cell);
    }
    return column;
  });
  return { [PACKED]: kind, ids, keys, columns };
}

/**
 * `state` with its large same-shaped collections as record tables (see the module comment).
 * Containers with nothing packed inside are kept as they are, not copied. Only containers
 * reached exactly once are walked: one that is shared, or on a cycle, is left whole to
 * `node:v8`, which keeps its identity, where a copy would split it in two.
 */
export function packRecordTables(state: unknown): unknown {
  const counts = countReferences(state);
  if (counts === null) return state;
  const pack = (value: unknown): unknown =>
    typeof value === 'object' && value !== null && counts.get(value) === 1 ? packContainer(value, counts, pack) : value;
  return pack(state);
}

function packContainer(value: object, counts: Map<object, number>, pack: (v: unknown) => unknown): unknown {
  if (value instanceof Map) {
    const records = [...value.values()];
    const keys = records.length >= MIN_RECORDS ? sharedShape(records, counts) : null;
    if (keys) return packTable('map', [...value.keys()], records as Plain[], keys, pack);
    let copy: Map<unknown, unknown> | null = null;
    let i = 0;
    for (const [k, v] of value) {
      const packed = pack(v);
      if (packed !== v && copy === null) copy = new Map([...value].slice(0, i));
      // Keys stay as they are: v8 keeps an object key's identity within one serialisation.
      copy?.set(k, packed);
      i++;
    }
    return copy ?? value;
  }
  if (Array.isArray(value)) {
    const keys = value.length >= MIN_RECORDS ? sharedShape(value, counts) : null;
    if (keys) return packTable('array', [], value as Plain[], keys, pack);
    // A copy from slice() keeps the array's holes; only the changed items are replaced.
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const packed = pack(value[i]);
      if (packed === value[i]) continue;
      copy ??= value.slice();
      copy[i] = packed;
    }
    return copy ?? value;
  }
  if (value instanceof Set) {
    const members = [...value];
    const packed = members.map(pack);
    return packed.some((member, i) => member !== members[i]) ? new Set(packed) : value;
  }
  if (!isPlainObject(value)) return value;
  const ids = Object.keys(value);
  const records = ids.map((id) => value[id]);
  const keys = records.length >= MIN_RECORDS ? sharedShape(records, counts) : null;
  if (keys) return packTable('object', ids, records as Plain[], keys, pack);
  let copy: Plain | null = null;
  for (let i = 0; i < ids.length; i++) {
    const packed = pack(records[i]);
    if (packed !== records[i] && copy === null) {
      copy = {};
      for (let j = 0; j < i; j++) setOwn(copy, ids[j]!, records[j]);
    }
    if (copy !== null) setOwn(copy, ids[i]!, packed);
  }
  return copy ?? value;
}

/** Sets an own property, also one named `__proto__` (which plain assignment would take as the prototype). */
function setOwn(object: Plain, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

/**
 * A constructor of records with `keys`, reading field i of record r from `columns[i][r]`.
 * Generated once per shape so that every record is an object literal of one hidden class;
 * the names are JSON-quoted, and `__proto__` is computed so that it stays an own property.
 */
function recordBuilder(keys: string[]): RecordBuilder {
  const shape = keys.join('\u0000');
  const known = builders.get(shape);
  if (known !== undefined) return known;
  const name = (key: string) => (key === '__proto__' ? `[${JSON.stringify(key)}]` : JSON.stringify(key));
  const fields = keys.map((key, i) => `${name(key)}: c[${i}][r]`).join(', ');
  const built = new Function('c', 'r', `return { ${fields} };`) as RecordBuilder;
  if (builders.size >= MAX_BUILDERS) builders.clear();
  builders.set(shape, built);
  return built;
}

type RecordBuilder = (columns: unknown[][], row: number) => Plain;

/** Builders by shape (the keys joined): a state has few shapes, and compiling one costs more than using it. */
const builders = new Map<string, RecordBuilder>();

/** Shapes remembered at most; past that the cache starts over, so odd states cannot grow it without bound. */
const MAX_BUILDERS = 256;

function isPacked(value: unknown): value is PackedTable {
  return isPlainObject(value) && PACKED in value;
}

/** Undoes {@link packRecordTables} on a freshly deserialised value, in place where it can. */
export function unpackRecordTables(value: unknown): unknown {
  return unpack(value, new Set());
}

/** Unpacks `value`; `seen` holds the containers already walked, so cycles end. */
function unpack(value: unknown, seen: Set<object>): unknown {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  if (isPacked(value)) return unpackTable(value, seen);
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      const unpacked = unpack(v, seen);
      if (unpacked !== v) value.set(k, unpacked);
    }
  } else if (value instanceof Set) {
    const members = [...value];
    const unpacked = members.map((member) => unpack(member, seen));
    if (unpacked.some((member, i) => member !== members[i])) {
      value.clear();
      for (const member of unpacked) value.add(member);
    }
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === 'object' && item !== null) value[i] = unpack(item, seen);
    }
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const unpacked = unpack(value[key], seen);
      if (unpacked !== value[key]) setOwn(value, key, unpacked);
    }
  }
  return value;
}

/** Rebuilds the Map or object a table was packed from (a table is reached once: it was made for one place). */
function unpackTable(table: PackedTable, seen: Set<object>): unknown {
  const { ids, columns } = table;
  for (const column of columns) {
    for (let r = 0; r < column.length; r++) {
      const cell = column[r];
      if (typeof cell === 'object' && cell !== null) column[r] = unpack(cell, seen);
    }
  }
  const build = recordBuilder(table.keys);
  if (table[PACKED] === 'array') {
    const rows = columns.length > 0 ? columns[0]!.length : 0;
    const array: Plain[] = [];
    for (let r = 0; r < rows; r++) array.push(build(columns, r));
    return array;
  }
  if (table[PACKED] === 'map') {
    const map = new Map();
    for (let r = 0; r < ids.length; r++) map.set(ids[r], build(columns, r));
    return map;
  }
  const object: Plain = {};
  for (let r = 0; r < ids.length; r++) setOwn(object, ids[r] as string, build(columns, r));
  return object;
}
