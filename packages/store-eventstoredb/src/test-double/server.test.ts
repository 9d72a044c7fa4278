import {
  BACKWARDS,
  binaryEvent,
  END,
  EventStoreDBClient,
  jsonEvent,
  NO_STREAM,
  STREAM_EXISTS,
  streamNameFilter,
} from '@eventstore/db-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDoubleServer, type TestDoubleServer } from './server.ts';

const event = (n: number) => jsonEvent({ type: 'Counted', data: { n } });

async function types(iterable: AsyncIterable<{ event?: { streamId: string; revision: bigint } }>) {
  const out: string[] = [];
  for await (const e of iterable) if (e.event) out.push(`${e.event.streamId}@${e.event.revision}`);
  return out;
}

describe.each([
  { path: 'BatchAppend', batchAppend: true },
  { path: 'unary Append', batchAppend: false },
])('the EventStoreDB test double, through the official client, appending with $path', ({ batchAppend }) => {
  let server: TestDoubleServer;
  let client: EventStoreDBClient;
  beforeAll(async () => {
    server = await startTestDoubleServer({ maxAppendSize: 2048, batchAppend });
    client = EventStoreDBClient.connectionString(server.url);
  });
  afterAll(async () => {
    await client.dispose();
    await server.stop();
  });

  it('is written to through the path it advertises, and only that one', async () => {
    const before = { ...server.calls };
    await client.appendToStream('path', [event(0)]);
    await client.appendToStream('path', [event(1)]);
    if (batchAppend) {
      expect(server.calls.batchAppendWrites - before.batchAppendWrites).toBe(2);
      expect(server.calls.append).toBe(before.append);
      expect(server.calls.getSupportedMethods).toBe(1);
    } else {
      expect(server.calls.append - before.append).toBe(2);
      expect(server.calls.batchAppend).toBe(0);
      expect(server.calls.getSupportedMethods).toBe(0);
    }
    expect(server.log.stream('path')).toHaveLength(2);
  });

  it('checks expected revisions and reports WrongExpectedVersion with the current revision', async () => {
    await client.appendToStream('c-1', [event(0), event(1)], { expectedRevision: NO_STREAM });
    await expect(client.appendToStream('c-1', [event(2)], { expectedRevision: NO_STREAM })).rejects.toMatchObject({
      type: 'wrong-expected-version',
      streamName: 'c-1',
      actualVersion: 1n,
      expectedVersion: 'no_stream',
    });
    await expect(client.appendToStream('c-1', [event(2)], { expectedRevision: 0n })).rejects.toMatchObject({
      type: 'wrong-expected-version',
      actualVersion: 1n,
      expectedVersion: 0n,
    });
    await expect(client.appendToStream('c-2', [event(0)], { expectedRevision: STREAM_EXISTS })).rejects.toMatchObject({
      type: 'wrong-expected-version',
      actualVersion: 'no_stream',
      expectedVersion: 'stream_exists',
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

  it('counts the event type towards the append size, as the server (two bytes a character)', async () => {
    const data = new Uint8Array(2048 - 2 * 'Fits'.length);
    await client.appendToStream('exact', [binaryEvent({ type: 'Fits', data })]);
    await expect(client.appendToStream('exact', [binaryEvent({ type: 'Fitss', data })])).rejects.toMatchObject({
      type: 'maximum-append-size-exceeded',
    });
    expect(server.log.stream('exact')).toHaveLength(1);
  });

  it('refuses appends to and reads of a tombstoned stream as deleted, naming it', async () => {
    await client.appendToStream('gone', [event(0)]);
    server.log.tombstone('gone');
    await expect(client.appendToStream('gone', [event(1)])).rejects.toMatchObject({
      type: 'stream-deleted',
      streamName: 'gone',
    });
    await expect(types(client.readStream('gone'))).rejects.toMatchObject({ type: 'stream-deleted' });
    expect(server.log.stream('gone')).toHaveLength(1);
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
