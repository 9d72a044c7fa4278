import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { binaryEvent, EventStoreDBClient } from '@eventstore/db-client';
import type { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb.js';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmptyPb, sharedPb, streamsPb } from './generated.ts';
import { startTestDoubleServer, type TestDoubleServer } from './server.ts';

const require = createRequire(import.meta.url);
const { StreamsClient } = require('@eventstore/db-client/generated/streams_grpc_pb.js') as {
  StreamsClient: new (
    address: string,
    credentials: grpc.ChannelCredentials,
  ) => grpc.Client & { batchAppend(): grpc.ClientDuplexStream<BatchAppendReq, BatchAppendResp> };
};
const { Timestamp } = createRequire(require.resolve('@eventstore/db-client/generated/status_pb.js'))(
  'google-protobuf/google/protobuf/timestamp_pb.js',
) as { Timestamp: { fromDate(date: Date): never } };

let server: TestDoubleServer;
let raw: InstanceType<typeof StreamsClient>;
beforeAll(async () => {
  server = await startTestDoubleServer({ maxAppendSize: 1000 });
  raw = new StreamsClient(server.url.replace(/^esdb:\/\/([^?]+).*$/, '$1'), grpc.credentials.createInsecure());
});
afterAll(async () => {
  raw.close();
  await server.stop();
});

/** One raw BatchAppend call: requests in, every response collected. */
function openBatch() {
  const call = raw.batchAppend();
  const responses: BatchAppendResp[] = [];
  const waiters: (() => void)[] = [];
  call.on('data', (response: BatchAppendResp) => {
    responses.push(response);
    for (const wake of waiters.splice(0)) wake();
  });
  call.on('error', () => undefined);
  return {
    send: (request: BatchAppendReq) => call.write(request),
    responses,
    /** Resolves once `count` responses arrived. */
    until: (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (responses.length >= count ? resolve() : waiters.push(check));
        check();
      }),
    close: () => call.cancel(),
  };
}

const uuid = (id: string) => new sharedPb.UUID().setString(id);

function options(stream: string, deadline: Date) {
  return new streamsPb.BatchAppendReq.Options()
    .setStreamIdentifier(new sharedPb.StreamIdentifier().setStreamName(Buffer.from(stream)))
    .setNoStream(new EmptyPb())
    .setDeadline(Timestamp.fromDate(deadline));
}

function proposed(bytes: number) {
  const message = new streamsPb.BatchAppendReq.ProposedMessage()
    .setId(uuid(randomUUID()))
    .setData(new Uint8Array(bytes));
  message.getMetadataMap().set('type', 'T');
  message.getMetadataMap().set('content-type', 'application/octet-stream');
  return message;
}

function request(
  correlationId: string,
  parts: { options?: ReturnType<typeof options>; events?: number[]; final?: boolean },
) {
  const req = new streamsPb.BatchAppendReq().setCorrelationId(uuid(correlationId)).setIsFinal(parts.final ?? false);
  if (parts.options) req.setOptions(parts.options);
  req.setProposedMessagesList((parts.events ?? []).map(proposed));
  return req;
}

/** The correlation id of a response, which the server sends as a structured UUID. */
function correlationOf(response: BatchAppendResp): string {
  const structured = response.getCorrelationId()!.getStructured()!;
  const hex = (bits: string) => BigInt.asUintN(64, BigInt(bits)).toString(16).padStart(16, '0');
  const all = hex(structured.getMostSignificantBits()) + hex(structured.getLeastSignificantBits());
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20)}`;
}

const soon = () => new Date(Date.now() + 10_000);

describe('BatchAppend in the EventStoreDB test double', () => {
  it('commits a write sent in several requests only at the final one, as one atomic append', async () => {
    const client = EventStoreDBClient.connectionString(server.url);
    const before = server.calls.batchAppendWrites;
    const events = Array.from({ length: 12 }, () => binaryEvent({ type: 'T', data: new Uint8Array(60) }));
    // batchAppendSize makes the client split the 12 events over several requests.
    await client.appendToStream('chunked', events, { batchAppendSize: 200 });
    expect(server.calls.batchAppendWrites - before).toBe(1);
    const stored = server.log.stream('chunked')!;
    expect(stored.map((r) => r.revision)).toEqual([...Array(12).keys()]);
    expect(stored.map((r) => r.id)).toEqual(events.map((e) => e.id));
    await client.dispose();
  });

  it('answers each write once, with its correlation id, and ignores requests of writes it never saw open', async () => {
    const batch = openBatch();
    const a = randomUUID();
    const b = randomUUID();
    batch.send(request(randomUUID(), { events: [10], final: true })); // no options: ignored
    batch.send(request(a, { options: options('corr-a', soon()), events: [10] }));
    batch.send(request(b, { options: options('corr-b', soon()), events: [10], final: true }));
    batch.send(request(a, { events: [10], final: true }));
    await batch.until(2);
    expect(batch.responses.map(correlationOf)).toEqual([b, a]);
    expect(batch.responses.every((r) => r.hasSuccess())).toBe(true);
    expect(server.log.stream('corr-a')).toHaveLength(2);
    expect(Buffer.from(batch.responses[1]!.getStreamIdentifier()!.getStreamName_asU8()).toString()).toBe('corr-a');
    batch.close();
  });

  it('refuses a write as soon as its requests pass the maximum append size, once, and writes nothing', async () => {
    const batch = openBatch();
    const big = randomUUID();
    const next = randomUUID();
    batch.send(request(big, { options: options('too-big', soon()), events: [600] }));
    batch.send(request(big, { events: [600] }));
    await batch.until(1);
    batch.send(request(big, { events: [10], final: true })); // the write was forgotten: ignored
    batch.send(request(next, { options: options('after-big', soon()), events: [10], final: true }));
    await batch.until(2);
    const [refused, ok] = batch.responses;
    expect(correlationOf(refused!)).toBe(big);
    expect(refused!.getError()!.getDetails()!.getTypeName()).toBe('event_store.client.MaximumAppendSizeExceeded');
    expect(correlationOf(ok!)).toBe(next);
    expect(batch.responses).toHaveLength(2);
    expect(server.log.stream('too-big')).toBeUndefined();
    batch.close();
  });

  it('answers Timeout for a write whose final request did not come by its deadline, and writes nothing', async () => {
    const batch = openBatch();
    const late = randomUUID();
    batch.send(request(late, { options: options('late', new Date(Date.now() + 50)), events: [10] }));
    await batch.until(1);
    expect(correlationOf(batch.responses[0]!)).toBe(late);
    expect(batch.responses[0]!.getError()!.getDetails()!.getTypeName()).toBe('event_store.client.Timeout');
    batch.send(request(late, { events: [10], final: true })); // too late: ignored
    const next = randomUUID();
    batch.send(request(next, { options: options('in-time', soon()), events: [10], final: true }));
    await batch.until(2);
    expect(correlationOf(batch.responses[1]!)).toBe(next);
    expect(batch.responses).toHaveLength(2);
    expect(server.log.stream('late')).toBeUndefined();
    batch.close();
  });
});
