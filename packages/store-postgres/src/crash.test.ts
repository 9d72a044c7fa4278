import { sampleEvent } from '@govledger/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from './open-store.ts';
import { runFixture } from './test-fixtures/child.ts';
import { checkLedger, eventsPerBatch } from './test-fixtures/ledger-check.ts';
import { startTestServer, type TestServer, whyNoServer } from './test-server/index.ts';

const noServer = whyNoServer();
const isAck = (line: string) => line.startsWith('ack ');

/** Every acknowledged batch is there whole; any other batch is there whole or not at all. */
async function expectWholeBatches(url: string, lines: readonly string[]): Promise<number> {
  const store = await openPostgresStore(url, { readonly: true });
  try {
    const check = await checkLedger(store);
    expect(check).toMatchObject({ dense: true, firstMismatch: undefined, rootMatches: true, streamsDense: true });
    const perBatch = eventsPerBatch(check.events);
    for (const line of lines.filter(isAck)) {
      const [, by, i, count] = line.split(' ');
      expect(perBatch.get(`${by} ${i}`)).toBe(Number(count));
    }
    for (const count of perBatch.values()) expect(count).toBe(5);
    return check.size;
  } finally {
    await store.close();
  }
}

describe.skipIf(noServer !== null)(`crashes while appending${noServer ? ` (skipped: ${noServer})` : ''}`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 120_000);
  afterAll(() => server?.destroy());

  it('kill -9 of an appending process mid-batch loses no acknowledged batch and leaves no partial one', async () => {
    const url = server.url('client_crash');
    await (await openPostgresStore(url, { create: true })).close();
    const child = runFixture('appender.ts', [url, 'k', '100000', 'stream']);
    await child.waitFor(isAck, 40);
    child.process.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');
    const size = await expectWholeBatches(url, child.lines);
    expect(size).toBeGreaterThanOrEqual(200);
    // The ledger goes on from where the killed process left it.
    const store = await openPostgresStore(url);
    const after = await store.append('own-k', [sampleEvent('own-k', { by: 'k', i: -1, n: 0 })], 'any');
    expect(after._tag === 'Right' && after.right.events[0]?.index).toBe(size);
    await store.close();
  }, 120_000);

  it('an immediate server stop mid-commit loses no acknowledged batch, leaves no partial one, and appends resume after restart', async () => {
    const url = server.url('server_crash');
    await (await openPostgresStore(url, { create: true })).close();
    const child = runFixture('appender.ts', [url, 's', '100000', 'stream']);
    await child.waitFor(isAck, 40);
    server.stop('immediate');
    await child.waitFor((line) => line.startsWith('error '));
    await child.exited;
    server.start();
    const size = await expectWholeBatches(url, child.lines);
    expect(size).toBeGreaterThanOrEqual(200);
    const resumed = runFixture('appender.ts', [url, 'r', '5', 'stream']);
    expect(await resumed.exited).toMatchObject({ code: 0, stderr: '' });
    expect(resumed.lines.filter(isAck)).toHaveLength(5);
    expect(await expectWholeBatches(url, [...child.lines, ...resumed.lines])).toBe(size + 25);
  }, 120_000);
});
