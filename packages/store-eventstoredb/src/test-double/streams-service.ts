/**
 * TEST DOUBLE — gRPC handlers of `event_store.client.streams.Streams` over a
 * {@link MemoryTransactionLog}, following the server's documented behaviour for what the
 * adapter uses:
 * - `Append` (append-unary.ts) and `BatchAppend` (append-batch.ts), over the same log;
 * - `Read` of one stream forwards/backwards from a revision (StreamNotFound for a missing
 *   stream, the stream-deleted error for a tombstoned one), of `$all` forwards (from a position, inclusive) and backwards (before a
 *   position), with server-side stream-name or event-type filters (prefixes or a regex);
 * - catch-up subscriptions to `$all`: a confirmation, the history after the start position
 *   (exclusive), filter checkpoints every `max × multiplier` scanned events, `CaughtUp`, then
 *   live events as they are committed.
 * `Delete` and `Tombstone` answer UNIMPLEMENTED: the adapter never deletes (tests stand in
 * for an administrator's delete with `MemoryTransactionLog.tombstone`).
 */
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import type { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb.js';
import { batchAppend } from './append-batch.ts';
import { streamName, unaryAppend } from './append-unary.ts';
import { sharedPb, streamsPb } from './generated.ts';
import type { MemoryTransactionLog, StoredRecord } from './memory-log.ts';
import type { RpcCalls } from './rpc-calls.ts';
import { streamDeletedError } from './wire-errors.ts';

type Filter = (record: StoredRecord) => boolean;

function filterOf(options: ReadReq.Options): { matches: Filter; window: number; multiplier: number } | null {
  if (!options.hasFilter()) return null;
  const filter = options.getFilter()!;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier()! : filter.getEventType()!;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex() ? new RegExp(expression.getRegex()) : null;
  const matches: Filter = (record) => {
    const subject = onStream ? record.streamName : record.type;
    if (prefixes.length > 0) return prefixes.some((p) => subject.startsWith(p));
    return regex ? regex.test(subject) : true;
  };
  const window = filter.hasMax() ? filter.getMax() : 32;
  return { matches, window, multiplier: Math.max(1, filter.getCheckpointintervalmultiplier()) };
}

function readEvent(record: StoredRecord): ReadResp {
  const recorded = new streamsPb.ReadResp.ReadEvent.RecordedEvent();
  recorded.setId(new sharedPb.UUID().setString(record.id));
  recorded.setStreamIdentifier(new sharedPb.StreamIdentifier().setStreamName(Buffer.from(record.streamName, 'utf8')));
  recorded.setStreamRevision(String(record.revision));
  recorded.setPreparePosition(String(record.position));
  recorded.setCommitPosition(String(record.position));
  const metadata = recorded.getMetadataMap();
  metadata.set('type', record.type);
  metadata.set('content-type', record.contentType);
  metadata.set('created', String(record.createdTicks));
  recorded.setCustomMetadata(record.customMetadata);
  recorded.setData(record.data);
  const event = new streamsPb.ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(String(record.position));
  return new streamsPb.ReadResp().setEvent(event);
}

function checkpointAt(position: bigint): ReadResp {
  const checkpoint = new streamsPb.ReadResp.Checkpoint()
    .setCommitPosition(String(position))
    .setPreparePosition(String(position));
  return new streamsPb.ReadResp().setCheckpoint(checkpoint);
}

/** The stream events a one-shot stream read returns, in order. */
function streamSlice(events: readonly StoredRecord[], options: ReadReq.Options, count: number): StoredRecord[] {
  const stream = options.getStream()!;
  const backwards = options.getReadDirection() === streamsPb.ReadReq.Options.ReadDirection.BACKWARDS;
  if (backwards) {
    const from = stream.hasRevision() ? Math.min(Number(stream.getRevision()), events.length - 1) : events.length - 1;
    const out: StoredRecord[] = [];
    for (let r = from; r >= 0 && out.length < count; r--) out.push(events[r]!);
    return out;
  }
  const from = stream.hasRevision() ? Number(stream.getRevision()) : 0;
  return events.slice(from, from + count);
}

/** The `$all` events a one-shot read returns, in order. */
function allSlice(all: readonly StoredRecord[], options: ReadReq.Options, count: number): StoredRecord[] {
  const at = options.getAll()!;
  const backwards = options.getReadDirection() === streamsPb.ReadReq.Options.ReadDirection.BACKWARDS;
  const matches = filterOf(options)?.matches ?? (() => true);
  const out: StoredRecord[] = [];
  if (backwards) {
    const before = at.hasPosition() ? BigInt(at.getPosition()!.getCommitPosition()) : null;
    for (let i = all.length - 1; i >= 0 && out.length < count; i--) {
      const record = all[i]!;
      if (before !== null && record.position >= before) continue;
      if (matches(record)) out.push(record);
    }
    return out;
  }
  const from = at.hasPosition() ? BigInt(at.getPosition()!.getCommitPosition()) : at.hasEnd() ? null : 0n;
  if (from === null) return out;
  for (const record of all) {
    if (out.length >= count) break;
    if (record.position >= from && matches(record)) out.push(record);
  }
  return out;
}

function subscribeToAll(log: MemoryTransactionLog, call: grpc.ServerWritableStream<ReadReq, ReadResp>): void {
  const options = call.request.getOptions()!;
  const at = options.getAll()!;
  const filter = filterOf(options);
  const matches = filter?.matches ?? (() => true);
  const checkpointEvery = filter ? filter.window * filter.multiplier : Number.POSITIVE_INFINITY;
  call.write(
    new streamsPb.ReadResp().setConfirmation(
      new streamsPb.ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID()),
    ),
  );
  const after = at.hasPosition() ? BigInt(at.getPosition()!.getCommitPosition()) : null;
  let scanned = 0;
  const deliver = (record: StoredRecord) => {
    if (matches(record)) call.write(readEvent(record));
    if (filter && ++scanned % checkpointEvery === 0) call.write(checkpointAt(record.position));
  };
  // Replay and registration run in one synchronous step, so no append can fall between them.
  if (!at.hasEnd()) {
    for (const record of log.all()) {
      if (after === null || record.position > after) deliver(record);
    }
  }
  const unsubscribe = log.onAppended(deliver);
  const last = log.all()[log.all().length - 1];
  if (filter && last) call.write(checkpointAt(last.position));
  call.write(new streamsPb.ReadResp().setCaughtUp(new streamsPb.ReadResp.CaughtUp()));
  const stop = () => unsubscribe();
  call.on('cancelled', stop);
  call.on('close', stop);
  call.on('error', stop);
}

function read(log: MemoryTransactionLog, call: grpc.ServerWritableStream<ReadReq, ReadResp>): void {
  const options = call.request.getOptions();
  if (!options) {
    call.emit('error', Object.assign(new Error('read options are required'), { code: grpc.status.INVALID_ARGUMENT }));
    return;
  }
  if (options.hasSubscription()) {
    if (!options.hasAll()) {
      call.emit(
        'error',
        Object.assign(new Error('the test double serves subscriptions to $all only'), {
          code: grpc.status.UNIMPLEMENTED,
        }),
      );
      return;
    }
    subscribeToAll(log, call);
    return;
  }
  const count = options.getCount() ? Number(options.getCount()) : Number.MAX_SAFE_INTEGER;
  if (options.hasStream()) {
    const identifier = options.getStream()!.getStreamIdentifier();
    const name = streamName(identifier);
    if (log.isTombstoned(name)) {
      call.emit('error', streamDeletedError(name));
      return;
    }
    const events = log.stream(name);
    if (!events) {
      call.write(
        new streamsPb.ReadResp().setStreamNotFound(
          new streamsPb.ReadResp.StreamNotFound().setStreamIdentifier(identifier),
        ),
      );
    } else {
      for (const record of streamSlice(events, options, count)) call.write(readEvent(record));
    }
  } else {
    for (const record of allSlice(log.all(), options, count)) call.write(readEvent(record));
  }
  call.end();
}

function unimplemented(_call: unknown, callback?: grpc.sendUnaryData<unknown>): void {
  const error = { code: grpc.status.UNIMPLEMENTED, details: 'not served by the test double' };
  if (callback) callback(error, null);
}

/**
 * The handlers to register with `server.addService(StreamsService, …)`. With
 * `batchAppend: false` the double answers `BatchAppend` UNIMPLEMENTED, as a server before 21.10.
 */
export function streamsHandlers(
  log: MemoryTransactionLog,
  calls: RpcCalls,
  served: { readonly batchAppend: boolean },
): grpc.UntypedServiceImplementation {
  return {
    read: (call: grpc.ServerWritableStream<ReadReq, ReadResp>) => {
      calls.read++;
      read(log, call);
    },
    append: unaryAppend(log, calls),
    delete: unimplemented,
    tombstone: unimplemented,
    batchAppend: served.batchAppend
      ? batchAppend(log, calls)
      : (call: grpc.ServerDuplexStream<unknown, unknown>) =>
          call.emit(
            'error',
            Object.assign(new Error('not served by the test double'), { code: grpc.status.UNIMPLEMENTED }),
          ),
  };
}
