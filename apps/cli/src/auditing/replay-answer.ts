/**
 * Re-deriving a read-API answer from verified leaves: load the first `size` leaves into an
 * in-memory store, serve them with the same reader and projections, ask the same question,
 * and list where the two answers differ. Nothing of the operator's code path is trusted
 * beyond the leaves, which the caller verified against a signed checkpoint.
 */
import { MemoryStore } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError } from '../cli-error.ts';
import { allProjections, ledgerUpcasters } from '../projections.ts';

/** Paths (`a.b.0.c`) where two JSON values differ, at most `limit` of them. */
export function jsonDifferences(served: unknown, replayed: unknown, limit = 10, path = ''): string[] {
  if (Object.is(served, replayed)) return [];
  const here = path === '' ? '(the whole answer)' : path;
  if (typeof served !== 'object' || typeof replayed !== 'object' || served === null || replayed === null) {
    return [`${here}: served ${JSON.stringify(served)}, replayed ${JSON.stringify(replayed)}`];
  }
  if (Array.isArray(served) !== Array.isArray(replayed)) return [`${here}: one is a list, the other is not`];
  const out: string[] = [];
  const keys = new Set([...Object.keys(served), ...Object.keys(replayed)]);
  for (const key of keys) {
    if (out.length >= limit) break;
    const child = path === '' ? key : `${path}.${key}`;
    out.push(
      ...jsonDifferences(
        (served as Record<string, unknown>)[key],
        (replayed as Record<string, unknown>)[key],
        limit - out.length,
        child,
      ),
    );
  }
  return out;
}

/** The answer to `pathAndQuery` over `leaves`, as the reader would give it at `clock`. */
export async function replayAnswer(
  leaves: readonly Uint8Array[],
  pathAndQuery: string,
  clock: Date,
): Promise<{ status: number; body: string }> {
  const store = new MemoryStore();
  const imported = await store.importLeaves(leaves);
  if (isLeft(imported)) throw new CliError(`the verified leaves do not load: ${JSON.stringify(imported.left)}`);
  const { createReader } = await import('@govledger/reader');
  const reader = createReader({
    store,
    projections: allProjections,
    upcasters: ledgerUpcasters,
    rateLimit: false,
    docs: false,
    clock: () => clock,
  });
  try {
    const response = await reader.inject({ method: 'GET', url: pathAndQuery });
    return { status: response.statusCode, body: response.body };
  } finally {
    await reader.close();
  }
}
