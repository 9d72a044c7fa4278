/**
 * Child process of `multi-writer.test.ts`: a second process appending to the same file.
 * Each batch appends 1–3 events to the stream `shared` and one to `<prefix>-<n mod 4>`.
 *
 * - `free <batches>`: appends `batches` batches back to back, then prints `done`.
 * - `lockstep`: appends one batch per `append` line read from stdin, printing
 *   `appended <n>` after each, and exits on `quit`.
 *
 * Usage: node --import tsx append-child.ts <file> <prefix> free <batches> | lockstep
 */
import { createInterface } from 'node:readline';
import type { ProposedEvent } from '@govledger/core';
import { openSqliteStore } from '../open-store.ts';

const [path, prefix = 'child', mode = 'free', batches = '50'] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: append-child.ts <file> <prefix> free <batches> | lockstep');

const sampleEvent = (streamId: string, data: Record<string, unknown>): ProposedEvent => ({
  streamId,
  type: 'SomethingHappened',
  schemaVersion: 1,
  data,
  metadata: { actor: { id: prefix, role: 'system' }, occurredAt: '2024-01-02T03:04:05.000Z' },
});

const store = openSqliteStore(path);

async function appendOne(n: number): Promise<void> {
  const shared = Array.from({ length: 1 + (n % 3) }, (_, i) => sampleEvent('shared', { by: prefix, n, i }));
  const own = `${prefix}-${n % 4}`;
  const result = await store.appendBatch([
    { streamId: 'shared', expectedVersion: 'any', events: shared },
    { streamId: own, expectedVersion: 'any', events: [sampleEvent(own, { n })] },
  ]);
  if (result._tag === 'Left') throw new Error(`batch ${n} refused: ${JSON.stringify(result.left)}`);
}

process.stdout.write('started\n');
if (mode === 'lockstep') {
  let n = 0;
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'quit') break;
    await appendOne(n);
    process.stdout.write(`appended ${n++}\n`);
  }
  process.stdin.destroy();
} else {
  for (let n = 0; n < Number(batches); n++) await appendOne(n);
  process.stdout.write('done\n');
}
await store.close();
