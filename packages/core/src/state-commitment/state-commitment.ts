/**
 * The state commitment of a set of projections: one RFC 6962 tree over every public record
 * they declare (see `public-records.ts`), kept up to date as the projections fold.
 *
 * Layout (format v1, docs/audit.md): a record's leaf index is fixed the first time it
 * exists: the records that first exist after the same event take the next indices in order
 * of (model, key) by UTF-16 code units; later changes replace the leaf in place, and a
 * record that disappears keeps its index with a `null` record. So positions never move as
 * the ledger grows, and the commitment depends only on the log and the set of committed
 * models (never on the order projections were listed in, the store, or snapshots).
 *
 * Cost: per event, one `touched` call per committed projection and a Map lookup per touched
 * key; per root, one canonical leaf per record changed since the last root plus its
 * ancestors. O(log n) amortised per event.
 */
import { createHash } from 'node:crypto';
import type { RecordedEvent } from '../envelope.ts';
import { decodeBase64Strict, encodeHash } from '../merkle/base64.ts';
import { HASH_BYTES } from '../merkle/hash.ts';
import type { InclusionProof } from '../merkle/proof-types.ts';
import type { AnyProjection } from '../projection.ts';
import { coreError } from '../errors/thrown-errors.ts';
import type { PublicRecords } from './public-records.ts';
import { digestBytes } from './digest.ts';
import { RecordTree } from './record-tree.ts';
import { STATE_FORMAT_VERSION, stateLeafDigest, stateLeafPrefix } from './state-leaf.ts';

/** One public record with its inclusion proof in the state tree (an {@link InclusionProof} plus the record). */
export interface StateRecordProof extends InclusionProof {
  readonly model: string;
  readonly key: string;
  /** The record's public form, `null` when it no longer exists. */
  readonly record: unknown;
}

/** The root of a state commitment and the number of records (leaves) it covers. */
export interface StateRoot {
  readonly root: Uint8Array;
  readonly records: number;
}

/** A record whose leaf differs between two commitments (or from its recomputation). */
export interface RecordDifference {
  readonly index: number;
  readonly model: string;
  readonly key: string;
}

/** The commitment's own part of a projection snapshot: the layout and leaf hashes. */
export interface StateCommitmentSnapshot {
  /** `[model, key]` of each leaf, in leaf order. */
  readonly records: readonly (readonly [string, string])[];
  /** Every leaf hash, concatenated, in standard base64. */
  readonly leaves: string;
}

/** The name under which the commitment's snapshot is kept beside the projections' snapshots. */
export const STATE_COMMITMENT_SNAPSHOT = 'stateCommitment';

interface Model {
  readonly name: string;
  /** Index of the projection in the list the states are aligned with. */
  readonly slot: number;
  // biome-ignore lint/suspicious/noExplicitAny: each model declares records over its own state type
  readonly records: PublicRecords<any>;
  readonly positions: Map<string, number>;
}

type StateOf = (slot: number) => unknown;

/**
 * Maintains the state tree of the projections that declare `publicRecords` (the others are
 * ignored). Feed it every event after the projections folded it (`observe`), then ask for
 * `root()` or `prove()` at the size the states stand at.
 *
 * @example
 * const commitment = new StateCommitment(projections);
 * for (const event of log) { states = fold(states, event); commitment.observe(event, (i) => states[i]); }
 * commitment.root((i) => states[i]); // { root, records }
 */
export class StateCommitment {
  readonly #models: readonly Model[];
  readonly #byName: ReadonlyMap<string, Model>;
  readonly #projections: readonly AnyProjection[];
  /** The models that declare clock-driven records. */
  readonly #clockDriven: readonly Model[];
  #tree = new RecordTree();
  /** `[model, key]` of each leaf index. */
  #layout: (readonly [Model, string])[] = [];
  /** Per leaf index, the text of its leaf before the record (`stateLeafPrefix`), once hashed. */
  #prefixes: (string | undefined)[] = [];
  /** Leaf indices whose record may have changed since the last flush, each once (see `#marked`). */
  #dirty: number[] = [];
  /** Per leaf index, 1 while it is listed in `#dirty`: a flag is cheaper than a Set per touched key. */
  #marked = new Uint8Array(1024);

  /** Commits the public records of `projections` (states are passed aligned with this list). */
  constructor(projections: readonly AnyProjection[]) {
    this.#projections = projections;
    this.#models = projections.flatMap((p, slot) =>
      p.publicRecords ? [{ name: p.name, slot, records: p.publicRecords, positions: new Map() }] : [],
    );
    this.#byName = new Map(this.#models.map((m) => [m.name, m]));
    this.#clockDriven = this.#models.filter((m) => m.records.clockDriven !== undefined);
  }

  /** A fresh, empty commitment over the same projections. */
  fresh(): StateCommitment {
    return new StateCommitment(this.#projections);
  }

  /**
   * The snapshot version of this commitment: changes with the format version and with the
   * name and version of any committed projection, so a stale layout is never resumed.
   */
  get snapshotVersion(): number {
    const models = this.#models.map((m) => `${m.name}@${this.#projections[m.slot]!.version}`).sort();
    const digest = createHash('sha256')
      .update(`v${STATE_FORMAT_VERSION}\n${models.join('\n')}`)
      .digest();
    return digest.readUInt32BE(0);
  }

  /** The number of records (leaves) committed so far. */
  get records(): number {
    return this.#layout.length;
  }

  /** Notes which records `event` touched; `stateOf(i)` is projection i's state after folding it. */
  observe(event: RecordedEvent, stateOf: StateOf): void {
    let fresh: (readonly [Model, string])[] | undefined;
    const models = this.#models;
    for (let m = 0; m < models.length; m++) {
      const model = models[m]!;
      const state = stateOf(model.slot);
      const touched = model.records.touched(state, event);
      // Most declarations return an array (often empty): walked by index, without an iterator.
      const keys = Array.isArray(touched) ? (touched as readonly string[]) : Array.from(touched);
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        const index = model.positions.get(key);
        if (index !== undefined) {
          if (index >= 0 && this.#marked[index] === 0) this.#mark(index);
        } else if (model.records.read(state, key) !== undefined) {
          model.positions.set(key, -1);
          fresh ??= [];
          fresh.push([model, key]);
        }
      }
    }
    if (fresh === undefined) return;
    if (fresh.length > 1) fresh.sort(compareRecords);
    for (const entry of fresh) {
      const index = this.#layout.length;
      entry[0].positions.set(entry[1], index);
      this.#layout.push(entry);
      this.#mark(index);
    }
  }

  /** Lists leaf `index` as changed (the caller checked it is not listed yet). */
  #mark(index: number): void {
    if (index >= this.#marked.length) {
      const grown = new Uint8Array(Math.max(index + 1, this.#marked.length * 2));
      grown.set(this.#marked);
      this.#marked = grown;
    }
    this.#marked[index] = 1;
    this.#dirty.push(index);
  }

  /** The leaf digest of leaf `index` as its record reads in the states now. */
  #leafOf(index: number, stateOf: StateOf): string {
    const [model, key] = this.#layout[index]!;
    let prefix = this.#prefixes[index];
    if (prefix === undefined) {
      prefix = stateLeafPrefix(model.name, key);
      this.#prefixes[index] = prefix;
    }
    return stateLeafDigest(model.name, key, model.records.read(stateOf(model.slot), key), prefix);
  }

  /**
   * Hashes every record changed since the last flush (and every clock-driven record) into the
   * tree; a leaf whose hash did not change leaves the tree untouched.
   */
  #flush(stateOf: StateOf): void {
    for (const model of this.#clockDriven) {
      for (const key of model.records.clockDriven!(stateOf(model.slot))) {
        const index = model.positions.get(key);
        if (index !== undefined && index >= 0 && this.#marked[index] === 0) this.#mark(index);
      }
    }
    if (this.#dirty.length === 0) return;
    const ordered = Int32Array.from(this.#dirty).sort();
    this.#dirty = [];
    const tree = this.#tree;
    for (const index of ordered) {
      this.#marked[index] = 0;
      const digest = this.#leafOf(index, stateOf);
      if (tree.leafDigest(index) !== digest) tree.setLeafDigest(index, digest);
    }
  }

  /** The state root at the size the states stand at. */
  root(stateOf: StateOf): StateRoot {
    this.#flush(stateOf);
    return { root: digestBytes(this.#tree.rootDigest()), records: this.#layout.length };
  }

  /** The record `key` of `model` with its inclusion proof, or undefined when it never existed. */
  prove(model: string, key: string, stateOf: StateOf): StateRecordProof | undefined {
    const committed = this.#byName.get(model);
    const index = committed?.positions.get(key);
    if (committed === undefined || index === undefined) return undefined;
    this.#flush(stateOf);
    const record = committed.records.read(stateOf(committed.slot), key);
    return { model, key, record: record === undefined ? null : record, ...this.#tree.prove(index) };
  }

  /**
   * The first record whose committed leaf is not the leaf of its record in the states, or a
   * record the states hold that was never committed: a check of the commitment (or of states
   * resumed from a snapshot) against the states themselves. O(records).
   */
  firstMismatch(stateOf: StateOf): RecordDifference | undefined {
    this.#flush(stateOf);
    for (let index = 0; index < this.#layout.length; index++) {
      const [model, key] = this.#layout[index]!;
      if (this.#leafOf(index, stateOf) !== this.#tree.leafDigest(index)) return { index, model: model.name, key };
    }
    for (const model of this.#models) {
      for (const key of model.records.keys(stateOf(model.slot))) {
        if (!model.positions.has(key)) return { index: this.#layout.length, model: model.name, key };
      }
    }
    return undefined;
  }

  /** The first leaf at which this commitment and `other` differ (layout or hash), if any. */
  firstDifference(other: StateCommitment, stateOf: StateOf, otherStateOf: StateOf): RecordDifference | undefined {
    this.#flush(stateOf);
    other.#flush(otherStateOf);
    const count = Math.max(this.#layout.length, other.#layout.length);
    for (let index = 0; index < count; index++) {
      const mine = this.#layout[index];
      const theirs = other.#layout[index];
      const named = (mine ?? theirs)!;
      const difference = { index, model: named[0].name, key: named[1] };
      if (mine === undefined || theirs === undefined) return difference;
      if (mine[0].name !== theirs[0].name || mine[1] !== theirs[1]) return difference;
      if (this.#tree.leafDigest(index) !== other.#tree.leafDigest(index)) return difference;
    }
    return undefined;
  }

  /** The layout and leaf hashes, to be saved beside the projections' snapshots of the same size. */
  snapshot(stateOf: StateOf): StateCommitmentSnapshot {
    this.#flush(stateOf);
    return {
      records: this.#layout.map(([model, key]) => [model.name, key] as const),
      leaves: this.#tree.leafBytes().toString('base64'),
    };
  }

  /** Replaces this commitment's layout and leaves with a snapshot's (taken with the same snapshotVersion). */
  restore(snapshot: StateCommitmentSnapshot): void {
    const leaves = decodeBase64Strict(snapshot.leaves);
    if (leaves === undefined || leaves.length !== snapshot.records.length * HASH_BYTES) {
      throw coreError('GL_SNAPSHOT_INVALID', 'state commitment snapshot: leaves do not match its records');
    }
    for (const model of this.#models) model.positions.clear();
    this.#tree = new RecordTree();
    this.#layout = [];
    this.#prefixes = [];
    this.#dirty = [];
    this.#marked = new Uint8Array(1024);
    const digests = leaves.toString('latin1');
    snapshot.records.forEach(([name, key], index) => {
      const model = this.#byName.get(name);
      if (model === undefined) throw coreError('GL_SNAPSHOT_INVALID', `state commitment snapshot: no model ${name}`);
      model.positions.set(key, index);
      this.#layout.push([model, key]);
      this.#tree.setLeafDigest(index, digests.slice(index * HASH_BYTES, (index + 1) * HASH_BYTES));
    });
  }
}

function compareRecords(a: readonly [Model, string], b: readonly [Model, string]): number {
  if (a[0].name !== b[0].name) return a[0].name < b[0].name ? -1 : 1;
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/** `root` in the standard base64 the notes and proofs use. */
export function encodeStateRoot(root: StateRoot): string {
  return encodeHash(root.root);
}
