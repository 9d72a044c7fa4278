/**
 * Core's `SubtreeReader` over the `entries` table: the perfect subtree (level L, index j)
 * is stored in entry ((j+1)·2^L − 1)'s `hashes` blob at byte 32·L, so every hash a tree
 * head or proof needs is one primary-key read.
 */
import { HASH_BYTES, type SubtreeReader, subtreeLocation } from '@govledger/core';
import type { EntryTable } from './entry-table.ts';
import { storeErrors } from './errors.ts';

/**
 * Reads stored subtree hashes. Returns a 32-byte view into the row's blob (core never
 * mutates or keeps it). A missing row or a short blob means the file is damaged or the
 * caller asked past the head (core validates sizes first), so it throws.
 */
export function storedSubtreeReader(entries: EntryTable): SubtreeReader {
  return (level, index) => {
    const { entry, offset } = subtreeLocation(level, index);
    const blob = entries.hashes(entry);
    if (blob === undefined)
      throw storeErrors.corruptEntry(entry, `no row holds subtree (level ${level}, index ${index})`);
    if (blob.length < offset + HASH_BYTES) {
      throw storeErrors.corruptEntry(entry, `its hashes blob is ${blob.length} bytes, too short for level ${level}`);
    }
    return blob.subarray(offset, offset + HASH_BYTES);
  };
}
