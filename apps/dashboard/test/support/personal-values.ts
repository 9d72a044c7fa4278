/**
 * The personal data a demo ledger holds, opened the way an auditor opens it (the ledger's
 * key store): every name, phone number and ID number sealed in its leaves. A privacy test
 * looks for each of them in what the public page shows and fetches. Test code only.
 */
import { FileKeyStore, isSealedFieldLike, mayContainSealedData, openPersonalData, parseLeaf } from '@govledger/core';
import { openSqliteStore } from '@govledger/store-sqlite';
import { isLeft } from 'fp-ts/lib/Either.js';

/** Sealed field names whose values are names, phone numbers or ID numbers. */
const IDENTIFYING = /name|phone|idnumber/i;

function collect(sealed: unknown, opened: unknown, field: string, out: Set<string>): void {
  if (isSealedFieldLike(sealed)) {
    if (typeof opened === 'string' && IDENTIFYING.test(field)) out.add(opened);
    return;
  }
  if (typeof sealed !== 'object' || sealed === null || typeof opened !== 'object' || opened === null) return;
  for (const [key, value] of Object.entries(sealed)) {
    collect(value, (opened as Record<string, unknown>)[key], Array.isArray(sealed) ? field : key, out);
  }
}

/** Every name, phone number and ID number sealed in the ledger at `db` (key store beside it). */
export async function personalValuesOf(db: string): Promise<ReadonlySet<string>> {
  const keys = await FileKeyStore.open(`${db}.keys`);
  if (isLeft(keys)) throw new Error(`key store: ${keys.left._tag}`);
  const store = openSqliteStore(db, { readonly: true });
  const values = new Set<string>();
  try {
    const { size } = await store.head();
    for await (const { leaf, index } of store.readLeaves(0, size)) {
      if (!mayContainSealedData(leaf)) continue;
      const event = parseLeaf(leaf, index);
      // Ballot boxes are sealed under inspection keys, which live in a key store of their own.
      const opened = await openPersonalData(event, keys.right, {
        keepSealed: (subject) => subject.startsWith('ballots-'),
      });
      if (isLeft(opened)) throw new Error(`entry ${index}: ${opened.left._tag}`);
      collect(event.data, opened.right.data, '', values);
    }
  } finally {
    await store.close();
  }
  return values;
}
