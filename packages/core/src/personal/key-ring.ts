/**
 * The state of a key store, held in memory: live keys per subject and tombstones of erased
 * subjects, with the rules of {@link PersonalKeyStore} applied synchronously. The in-memory
 * and file stores share it; the file store persists its {@link KeyRingSnapshot}.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { SubjectErased } from './errors.ts';
import { type KeySource, type SubjectKey, keyIdOf } from './key-material.ts';
import type { ErasedSubject, KeyLookup, SubjectStatus } from './key-store.ts';
import { coreError } from '../errors/thrown-errors.ts';

/** A key ring as plain data, e.g. to write to or read from a file. */
export interface KeyRingSnapshot {
  readonly subjects: readonly {
    readonly subject: string;
    readonly currentKeyId: string;
    /** Oldest first. */
    readonly keys: readonly { readonly keyId: string; readonly key: Uint8Array }[];
  }[];
  readonly erased: readonly ErasedSubject[];
}

interface Live {
  currentKeyId: string;
  readonly keys: Map<string, Buffer>;
}

/** A key ring answer and whether it changed the ring (then a file store must write it). */
export interface Changed<T> {
  readonly value: T;
  readonly changed: boolean;
}

/** Live subject keys and tombstones; see the module comment. */
export class KeyRing {
  readonly #live = new Map<string, Live>();
  readonly #erased = new Map<string, readonly string[]>();
  readonly #source: KeySource;

  constructor(source: KeySource, snapshot?: KeyRingSnapshot) {
    this.#source = source;
    for (const s of snapshot?.subjects ?? []) {
      this.#live.set(s.subject, {
        currentKeyId: s.currentKeyId,
        keys: new Map(s.keys.map((k) => [k.keyId, Buffer.from(k.key)])),
      });
    }
    for (const e of snapshot?.erased ?? []) this.#erased.set(e.subject, [...e.keyIds]);
  }

  /** The current key of `subject`, created when it has none. */
  current(subject: string): Either<SubjectErased, Changed<SubjectKey>> {
    if (this.#erased.has(subject)) return left({ _tag: 'SubjectErased', subject });
    const live = this.#live.get(subject);
    const key = live?.keys.get(live.currentKeyId);
    if (live && key) return right({ value: copyOf(subject, live.currentKeyId, key), changed: false });
    return right({ value: this.#addKey(subject), changed: true });
  }

  /** A new current key for `subject`. */
  rotate(subject: string): Either<SubjectErased, Changed<SubjectKey>> {
    if (this.#erased.has(subject)) return left({ _tag: 'SubjectErased', subject });
    return right({ value: this.#addKey(subject), changed: true });
  }

  /** The key `keyId` of `subject`. */
  find(subject: string, keyId: string): KeyLookup {
    if (this.#erased.has(subject)) return { _tag: 'KeyDestroyed', subject };
    const key = this.#live.get(subject)?.keys.get(keyId);
    return key ? { _tag: 'KeyFound', key: copyOf(subject, keyId, key) } : { _tag: 'KeyNotFound', subject, keyId };
  }

  /** What the ring holds for `subject`. */
  status(subject: string): SubjectStatus {
    const erased = this.#erased.get(subject);
    if (erased) return { _tag: 'Erased', subject, keyIds: [...erased] };
    const live = this.#live.get(subject);
    if (!live) return { _tag: 'Unknown', subject };
    return { _tag: 'Active', subject, keyIds: [...live.keys.keys()], currentKeyId: live.currentKeyId };
  }

  /** Destroys the subject's keys (overwriting the bytes held here) and tombstones it. */
  destroy(subject: string): Changed<ErasedSubject> {
    const live = this.#live.get(subject);
    const before = this.#erased.get(subject) ?? [];
    const keyIds = [...before, ...(live ? [...live.keys.keys()].filter((id) => !before.includes(id)) : [])];
    const changed = !this.#erased.has(subject) || live !== undefined;
    if (live) {
      for (const key of live.keys.values()) key.fill(0);
      this.#live.delete(subject);
    }
    this.#erased.set(subject, keyIds);
    return { value: { subject, keyIds: [...keyIds] }, changed };
  }

  /** Every tombstone, in erasure order. */
  erasedSubjects(): ErasedSubject[] {
    return [...this.#erased].map(([subject, keyIds]) => ({ subject, keyIds: [...keyIds] }));
  }

  /** The ring as plain data (key bytes are copies). */
  snapshot(): KeyRingSnapshot {
    return {
      subjects: [...this.#live].map(([subject, live]) => ({
        subject,
        currentKeyId: live.currentKeyId,
        keys: [...live.keys].map(([keyId, key]) => ({ keyId, key: Buffer.from(key) })),
      })),
      erased: this.erasedSubjects(),
    };
  }

  #addKey(subject: string): SubjectKey {
    const live = this.#live.get(subject) ?? { currentKeyId: '', keys: new Map<string, Buffer>() };
    const key = this.#source(subject, live.keys.size);
    const keyId = keyIdOf(key);
    if (live.keys.has(keyId))
      throw coreError('GL_KEY_MATERIAL_INVALID', `key source repeated key ${keyId} for subject ${subject}`);
    live.keys.set(keyId, key);
    live.currentKeyId = keyId;
    this.#live.set(subject, live);
    return copyOf(subject, keyId, key);
  }
}

function copyOf(subject: string, keyId: string, key: Buffer): SubjectKey {
  return { subject, keyId, key: Buffer.from(key) };
}
