/**
 * Test helpers: a fresh temporary directory per test, and deterministic clocks and ids so
 * two stores fed the same events record the same leaves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary directory; `file(name)` is a path inside it; `remove()` deletes it all. */
export interface TempDir {
  readonly dir: string;
  file(name?: string): string;
  remove(): void;
}

/** Creates a fresh directory under the OS temp dir. */
export function makeTempDir(): TempDir {
  const dir = mkdtempSync(join(tmpdir(), 'govledger-sqlite-'));
  return {
    dir,
    file: (name = 'ledger.db') => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Ids `evt-000001`, `evt-000002`, … (a fresh sequence per call). */
export function sequentialIds(prefix = 'evt'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(6, '0')}`;
}

/** A clock that advances one second per call from 2024-03-01T08:00:00Z. */
export function steppingClock(startMs = Date.parse('2024-03-01T08:00:00.000Z'), stepMs = 1000): () => Date {
  let now = startMs;
  return () => {
    const date = new Date(now);
    now += stepMs;
    return date;
  };
}

/** Collects an async iterable into an array. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
