/**
 * Child process of `multi-writer.test.ts`: appends events one batch at a time to a file
 * another process is appending to, then prints `done <size>`.
 *
 * Usage: node --import tsx append-child.ts <file> <batches> <stream prefix>
 */
import type { ProposedEvent } from '@govledger/core';
import { openSqliteStore } from '../open-store.ts';

const sampleEvent = (streamId: string, data: Record<string, unknown>): ProposedEvent => ({
  streamId,
  type: 'SomethingHappened',
  schemaVersion: 1,
  data,
  metadata: { actor: { id: 'child', role: 'system' }, occurredAt: '2024-01-02T03:04:05.000Z' },
});

const [path, batches = '50', prefix = 'child'] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: append-child.ts <file> <batches> <stream prefix>');
const store = openSqliteStore(path);
process.stdout.write('started\n');
for (let n = 0; n < Number(batches); n++) {
  const events = Array.from({ length: 1 + (n % 3) }, (_, i) => sampleEvent('shared', { by: prefix, n, i }));
  const result = await store.appendBatch([
    { streamId: 'shared', expectedVersion: 'any', events },
    { streamId: `${prefix}-${n % 4}`, expectedVersion: 'any', events: [sampleEvent(`${prefix}-${n % 4}`, { n })] },
  ]);
  if (result._tag === 'Left') throw new Error(`batch ${n} refused: ${JSON.stringify(result.left)}`);
}
process.stdout.write(`done ${(await store.head()).size}\n`);
await store.close();
