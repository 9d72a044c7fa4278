/**
 * Fixture process: appends `batches` batches to the ledger at `url` and prints one line per
 * outcome, so the parent knows exactly what was acknowledged:
 * - `ack <by> <i> <count>`: batch i of this process committed with `count` events;
 * - `conflict <by> <i>`: refused as WrongExpectedVersion (nothing written);
 * - `error <by> <i> <message>`: anything else (the server went away …), then it stops.
 *
 * Modes: `contend` appends 1–3 events to one of 8 streams shared by every process, with the
 * version it just read as the expected version (so processes collide); `stream` appends
 * batches of 5 events to its own stream, as fast as it can (for crash tests).
 */
import { sampleEvent } from '@govledger/core/testing';
import { openPostgresStore } from '../open-store.ts';

const [url, by, batchesText, mode] = process.argv.slice(2) as [string, string, string, 'contend' | 'stream'];
const batches = Number(batchesText);
const store = await openPostgresStore(url, { maxConnections: 1 });
const out = (line: string) => process.stdout.write(`${line}\n`);
out('started');
for (let i = 0; i < batches; i++) {
  const streamId = mode === 'contend' ? `shared-${(i * 7 + by.length) % 8}` : `own-${by}`;
  const count = mode === 'contend' ? 1 + (i % 3) : 5;
  try {
    const expected = mode === 'contend' ? await store.streamVersion(streamId) : 'any';
    const events = Array.from({ length: count }, (_, n) => sampleEvent(streamId, { by, i, n }));
    const result = await store.append(streamId, events, expected);
    if (result._tag === 'Right') out(`ack ${by} ${i} ${count}`);
    else if (result.left._tag === 'WrongExpectedVersion') out(`conflict ${by} ${i}`);
    else out(`error ${by} ${i} ${result.left._tag}`);
  } catch (error) {
    out(`error ${by} ${i} ${(error as Error).message.replaceAll('\n', ' ')}`);
    break;
  }
}
out('done');
await store.close().catch(() => {});
