import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from './open-store.ts';
import { runFixture } from './test-fixtures/child.ts';
import { checkLedger, eventsPerBatch } from './test-fixtures/ledger-check.ts';
import { startTestServer, type TestServer, whyNoServer } from './test-server/index.ts';

const noServer = whyNoServer();
const PROCESSES = 4;
/**
 * Batches per process: 1,000, as the store's acceptance run asks (about a minute on a quiet
 * 2-core machine); `PG_CONCURRENCY_BATCHES=250` makes a quicker local run.
 */
const BATCHES = Number(process.env.PG_CONCURRENCY_BATCHES ?? 1000);

describe.skipIf(noServer !== null)(
  `several processes appending to one ledger${noServer ? ` (skipped: ${noServer})` : ''}`,
  () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    }, 120_000);
    afterAll(() => server?.destroy());

    it(`${PROCESSES} processes × ${BATCHES} batches with expected versions: nothing lost or duplicated, no gap, conflicts reported, the log verifies`, async () => {
      const url = server.url('concurrent');
      await (await openPostgresStore(url, { create: true })).close();
      const workers = Array.from({ length: PROCESSES }, (_, w) =>
        runFixture('appender.ts', [url, `w${w}`.padEnd(w + 2, 'x'), String(BATCHES), 'contend']),
      );
      const ended = await Promise.all(workers.map((worker) => worker.exited));
      for (const end of ended) expect(end).toMatchObject({ code: 0, stderr: '' });
      const lines = workers.flatMap((worker) => worker.lines);
      const acks = lines.filter((line) => line.startsWith('ack '));
      const conflicts = lines.filter((line) => line.startsWith('conflict '));
      expect(lines.filter((line) => line.startsWith('error '))).toEqual([]);
      expect(acks.length + conflicts.length).toBe(PROCESSES * BATCHES);
      expect(conflicts.length).toBeGreaterThan(0);

      const store = await openPostgresStore(url, { readonly: true });
      try {
        const check = await checkLedger(store);
        expect(check).toMatchObject({ dense: true, firstMismatch: undefined, rootMatches: true, streamsDense: true });
        expect(check.idsUnique).toBe(true);
        const perBatch = eventsPerBatch(check.events);
        const acknowledged = new Map(
          acks.map((line) => line.split(' ')).map(([, by, i, n]) => [`${by} ${i}`, Number(n)]),
        );
        expect(perBatch).toEqual(acknowledged);
        expect(check.size).toBe([...acknowledged.values()].reduce((a, b) => a + b, 0));
        for (const line of conflicts) expect(perBatch.has(line.slice('conflict '.length))).toBe(false);
      } finally {
        await store.close();
      }
    }, 900_000);
  },
);
