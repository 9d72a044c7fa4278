/**
 * The compatibility promise of docs/versioning.md, as vectors: these bytes were written by
 * version 0.1.0 and every later version must produce and accept exactly the same. A failure
 * here is never fixed by updating the vector: a changed leaf, hash or checkpoint format is a
 * new schema version, never a silent change.
 */
import { createHash } from 'node:crypto';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { openCheckpoint } from './checkpoint/checkpoint.ts';
import { parseVerifierKey } from './checkpoint/keys.ts';
import { canonicalLeaf, parseLeaf } from './leaf.ts';
import { encodeHash } from './merkle/base64.ts';
import { leafHash } from './merkle/hash.ts';
import { rootAt } from './merkle/tree-reader.ts';
import { MerkleFrontier } from './merkle/frontier.ts';

const EVENT = {
  streamId: 'budget-2025',
  streamVersion: 0,
  eventId: '0190d8a2-0000-7000-8000-000000000001',
  type: 'BudgetOpened',
  schemaVersion: 1,
  data: { budgetId: '2025', capCents: 500000, note: 'café ✓', members: ['m1', 'm2'] },
  metadata: {
    actor: { id: 'treasurer', role: 'treasurer' },
    occurredAt: '2025-01-10T18:00:00Z',
    recordedAt: '2025-01-10T18:00:00.000Z',
    correlationId: 'c-1',
  },
};

/** Leaf schema version 1: RFC 8785 JSON of the recorded event without its index. */
const LEAF_V1 =
  '{"data":{"budgetId":"2025","capCents":500000,"members":["m1","m2"],"note":"café ✓"},' +
  '"eventId":"0190d8a2-0000-7000-8000-000000000001","metadata":{"actor":{"id":"treasurer","role":"treasurer"},' +
  '"correlationId":"c-1","occurredAt":"2025-01-10T18:00:00Z","recordedAt":"2025-01-10T18:00:00.000Z"},' +
  '"schemaVersion":1,"streamId":"budget-2025","streamVersion":0,"type":"BudgetOpened"}';

const VERIFIER = 'vectors.example/log+955cf932+AZQPiuHJeQ/1lXE4S6fCHGAgTd4Yw3F5Ulax8ig3IBXs';
const CHECKPOINT =
  'vectors.example/log\n1\nYoXD1RyxxoohFG20z6IrknyWE8z/DVkAphg96bA3RYY=\n\n' +
  '— vectors.example/log lVz5Mm6mNIMrlSvaWXHKXtSisxo6qv+6nB41O+y5THSQ/zUFXXjfl2djcmRPclm9jGTZmGggXVrNswpxDAgEkNjjdQI=\n';

describe('the leaf and checkpoint formats (promised never to change)', () => {
  it('writes a recorded event as exactly the version-1 leaf bytes', () => {
    expect(canonicalLeaf(EVENT).toString('utf8')).toBe(LEAF_V1);
  });

  it('reads the version-1 leaf back to the same event', () => {
    expect(parseLeaf(LEAF_V1, 7)).toEqual({ index: 7, ...EVENT });
  });

  it('hashes a leaf as SHA-256(0x00 || leaf), as RFC 6962 says', () => {
    const independent = createHash('sha256')
      .update(Buffer.from([0]))
      .update(LEAF_V1)
      .digest('base64');
    expect(encodeHash(leafHash(Buffer.from(LEAF_V1)))).toBe('YoXD1RyxxoohFG20z6IrknyWE8z/DVkAphg96bA3RYY=');
    expect(independent).toBe('YoXD1RyxxoohFG20z6IrknyWE8z/DVkAphg96bA3RYY=');
  });

  it('gives the RFC 6962 root of three leaves', () => {
    const frontier = new MerkleFrontier();
    const stored = ['a', 'b', 'c'].map((s) => frontier.append(leafHash(Buffer.from(s))));
    const read = (level: number, index: number) => stored[(index + 1) * 2 ** level - 1]![level]!;
    expect(encodeHash(rootAt(read, 3))).toBe('NmQuc8JUCrEh46a/lUWwokmCzYMOsT080Z3jzmwCHsE=');
  });

  it('opens a checkpoint signed by version 0.1.0 with its published verifier key', () => {
    const verifier = parseVerifierKey(VERIFIER);
    if (!isRight(verifier)) throw new Error('the pinned verifier key no longer parses');
    const opened = openCheckpoint(CHECKPOINT, [verifier.right]);
    expect(isRight(opened) && opened.right.checkpoint.size).toBe(1);
    expect(isRight(opened) && encodeHash(opened.right.checkpoint.root)).toBe(
      encodeHash(leafHash(Buffer.from(LEAF_V1))),
    );
  });
});
