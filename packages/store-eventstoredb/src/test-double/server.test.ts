import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  jsonEvent,
  NO_STREAM,
  STREAM_EXISTS,
  streamNameFilter,
} from '@eventstore/db-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDoubleServer, type TestDoubleServer } from './server.ts';

let server: TestDoubleServer;
let client: EventStoreDBClient;
beforeAll(async () => {
  server = await startTestDoubleServer({ maxAppendSize: 2048 });
  client = EventStoreDBClient.connectionString(server.url);
});
afterAll(async () => {
  await client.dispose();
  await server.stop();
});

const event = (n: number) => jsonEvent({ type: 'Counted', data: { n } });

async function types(iterable: AsyncIterable<{ event?: { streamId: string; revision: bigint } }>) {
  const out: string[] = [];
  for await (const e of iterable) if (e.event) out.push(`${e.event.streamId}@${e.event.revision}`);
  return out;
}

describe('the EventStoreDB test double, through the official client', () => {
  it('checks expected revisions and reports WrongExpectedVersion with the current revision', async () => {
    await client.appendToStream('c-1', [event(0), event(1)], { expectedRevision: NO_STREAM });
    await expect(client.appendToStream('c-1', [event(2)], { expectedRevision: NO_STREAM })).rejects.toMatchObject({
      type: 'wrong-expected-version',
      actualVersion: 1n,
    });
    await expect(client.appendToStream('c-2', [event(0)], { expectedRevision: STREAM_EXISTS })).rejects.toMatchObject({
      type: 'wrong-expected-version',
    });
    const ok = await client.appendToStream('c-1', [event(2)], { expectedRevision: 1n });
    expect(ok.nextExpectedRevision).toBe(2n);
  });

  it('treats the same event ids written again at the same revision as one write', async () => {
    const same = [jsonEvent({ id: '0190c1a2-0000-7000-8000-000000000001', type: 'T', data: {} })];
    await client.appendToStream('idem', same, { expectedRevision: NO_STREAM });
    await client.appendToStream('idem', same, { expectedRevision: NO_STREAM });
    expect(server.log.stream('idem')).toHaveLength(1);
  });

  it('refuses a write over the maximum append size with the size the client reports', async () => {
    const big = jsonEvent({ type: 'Big', data: { pad: 'x'.repeat(3000) } });
    await expect(client.appendToStream('big', [big])).rejects.toMatchObject({
      type: 'maximum-append-size-exceeded',
      maxAppendSize: 2048,
    });
    expect(server.log.stream('big')).toBeUndefined();
  });

  it('reads one stream forwards and backwards from a revision, and a missing stream as not found', async () => {
    expect(await types(client.readStream('c-1', { fromRevision: 1n }))).toEqual(['c-1@1', 'c-1@2']);
    expect(await types(client.readStream('c-1', { fromRevision: END, direction: BACKWARDS, maxCount: 2 }))).toEqual([
      'c-1@2',
      'c-1@1',
    ]);
    await expect(types(client.readStream('nothing-here'))).rejects.toMatchObject({ type: 'stream-not-found' });
  });

  it('subscribes to $all filtered on the server, after a position, then live', async () => {
    await client.appendToStream('f-a', [event(0)]);
    const first = server.log.stream('f-a')![0]!;
    await client.appendToStream('g-x', [event(1)]);
    await client.appendToStream('f-b', [event(2)]);
    const subscription = client.subscribeToAll({
      fromPosition: { commit: first.position, prepare: first.position },
      filter: streamNameFilter({ prefixes: ['f-'] }),
    });
    let caughtUp = false;
    subscription.on('caughtUp', () => {
      caughtUp = true;
    });
    const seen: string[] = [];
    for await (const resolved of subscription) {
      seen.push(resolved.event!.streamId);
      if (seen.length === 1) await client.appendToStream('f-c', [event(3)]);
      if (seen.length === 2) break;
    }
    await subscription.unsubscribe();
    expect(seen).toEqual(['f-b', 'f-c']);
    expect(caughtUp).toBe(true);
  });

  it('stores stream metadata (ACLs) written through the client', async () => {
    await client.setStreamMetadata('c-1', { acl: { deleteRoles: ['$admins'], writeRoles: ['writers'] } });
    expect(server.log.streamMetadata('c-1')).toMatchObject({ $acl: { $d: ['$admins'], $w: ['writers'] } });
  });
});
