/**
 * Child process of `crash.test.ts`: appends acknowledged events one at a time, printing
 * `ack <index> <eventId>` after each, then prints `batch` and starts one huge batch, during
 * which the parent kills it with SIGKILL. Prints `committed` if it ever gets that far.
 *
 * Usage: node --import tsx crash-child.ts <file> <acknowledged count> <batch size> [bulk|direct]
 * (`bulk`, the default: the big batch goes through the pipelined writer thread; `direct`:
 * it is written on the main thread.)
 */
import { openSqliteStore } from '../open-store.ts';
import { syntheticBatch } from './synthetic-events.ts';

const [path, acknowledged = '5', batchSize = '50000', writer = 'bulk'] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: crash-child.ts <file> <acknowledged> <batch size> [bulk|direct]');
const store = openSqliteStore(path, writer === 'direct' ? { bulkFromEntries: Number.POSITIVE_INFINITY } : {});
for (let n = 0; n < Number(acknowledged); n++) {
  const result = await store.appendBatch(syntheticBatch(n, 1));
  if (result._tag === 'Left') throw new Error(`append ${n} refused: ${JSON.stringify(result.left)}`);
  const [recorded] = result.right.events;
  process.stdout.write(`ack ${recorded?.index} ${recorded?.eventId}\n`);
}
const batch = syntheticBatch(1_000_000, Number(batchSize));
process.stdout.write('batch\n');
await store.appendBatch(batch);
process.stdout.write('committed\n');
await store.close();
