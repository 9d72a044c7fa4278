/**
 * TEST DOUBLE — gRPC handlers of `event_store.client.streams.Streams` over a
 * {@link MemoryTransactionLog}, following the server's documented behaviour for what the
 * adapter uses:
 * - `Append` (client streaming): options first, then proposed messages; WrongExpectedVersion
 *   is an `AppendResp` (not a gRPC error), an oversized write is INVALID_ARGUMENT with the
 *   `exception: maximum-append-size-exceeded` trailer the client decodes;
 * - `Read` of one stream forwards/backwards from a revision (StreamNotFound for a missing
 *   stream), of `$all` forwards (from a position, inclusive) and backwards (before a
 *   position), with server-side stream-name or event-type filters (prefixes or a regex);
 * - catch-up subscriptions to `$all`: a confirmation, the history after the start position
 *   (exclusive), filter checkpoints every `max × multiplier` scanned events, `CaughtUp`, then
 *   live events as they are committed.
 * `BatchAppend`, `Delete` and `Tombstone` answer UNIMPLEMENTED: the client falls back to
 * `Append` when ServerFeatures is absent, and the adapter never deletes.
 */
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import type { AppendReq, AppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb.js';
import { sharedPb, streamsPb } from './generated.ts';
import type { ExpectedRevision, MemoryTransactionLog, ProposedRecord, StoredRecord } from './memory-log.ts';

type Filter = (record: StoredRecord) => boolean;

function streamName(identifier: { getStreamName_asU8(): Uint8Array } | undefined): string {
  return identifier ? Buffer.from(identifier.getStreamName_asU8()).toString('utf8') : '';
}

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
    call.destroy(Object.assign(new Error('read options are required'), { code: grpc.status.INVALID_ARGUMENT }));
    return;
  }
  if (options.hasSubscription()) {
    if (!options.hasAll()) {
      call.destroy(
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
    const events = log.stream(streamName(identifier));
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

function expectedRevision(options: AppendReq.Options): ExpectedRevision {
  if (options.hasRevision()) return { kind: 'revision', revision: Number(options.getRevision()) };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'any' };
}

function appendResponse(outcome: ReturnType<MemoryTransactionLog['append']>): AppendResp | grpc.ServiceError {
  const Resp = streamsPb.AppendResp;
  switch (outcome._tag) {
    case 'Success': {
      const position = new Resp.Position()
        .setCommitPosition(String(outcome.position))
        .setPreparePosition(String(outcome.position));
      return new Resp().setSuccess(
        new Resp.Success().setCurrentRevision(String(outcome.currentRevision)).setPosition(position),
      );
    }
    case 'WrongExpectedVersion': {
      const wrong = new Resp.WrongExpectedVersion();
      if (outcome.current === 'no_stream') wrong.setCurrentNoStream(new sharedPb.Empty());
      else wrong.setCurrentRevision(String(outcome.current));
      const expected = outcome.expected;
      if (expected.kind === 'revision') wrong.setExpectedRevision(String(expected.revision));
      else if (expected.kind === 'no_stream') wrong.setExpectedNoStream(new sharedPb.Empty());
      else if (expected.kind === 'stream_exists') wrong.setExpectedStreamExists(new sharedPb.Empty());
      else wrong.setExpectedAny(new sharedPb.Empty());
      return new Resp().setWrongExpectedVersion(wrong);
    }
    case 'MaximumAppendSizeExceeded': {
      const metadata = new grpc.Metadata();
      metadata.set('exception', 'maximum-append-size-exceeded');
      metadata.set('maximum-append-size', String(outcome.maxAppendSize));
      return Object.assign(new Error(`Maximum Append Size of ${outcome.maxAppendSize} Exceeded.`), {
        code: grpc.status.INVALID_ARGUMENT,
        details: `Maximum Append Size of ${outcome.maxAppendSize} Exceeded.`,
        metadata,
      });
    }
  }
}

function append(
  log: MemoryTransactionLog,
  call: grpc.ServerReadableStream<AppendReq, AppendResp>,
  callback: grpc.sendUnaryData<AppendResp>,
): void {
  let options: AppendReq.Options | undefined;
  const events: ProposedRecord[] = [];
  call.on('data', (message: AppendReq) => {
    if (message.hasOptions()) options = message.getOptions();
    if (message.hasProposedMessage()) {
      const proposed = message.getProposedMessage()!;
      const metadata = proposed.getMetadataMap();
      events.push({
        id: proposed.getId()!.getString(),
        type: metadata.get('type') ?? '',
        contentType: metadata.get('content-type') ?? 'application/octet-stream',
        data: proposed.getData_asU8(),
        customMetadata: proposed.getCustomMetadata_asU8(),
      });
    }
  });
  call.on('end', () => {
    if (!options) {
      callback({ code: grpc.status.INVALID_ARGUMENT, details: 'append options must come first' }, null);
      return;
    }
    const response = appendResponse(
      log.append(streamName(options.getStreamIdentifier()), expectedRevision(options), events),
    );
    if (response instanceof Error) callback(response, null);
    else callback(null, response);
  });
}

function unimplemented(_call: unknown, callback?: grpc.sendUnaryData<unknown>): void {
  const error = { code: grpc.status.UNIMPLEMENTED, details: 'not served by the test double' };
  if (callback) callback(error, null);
}

/** The handlers to register with `server.addService(StreamsService, …)`. */
export function streamsHandlers(log: MemoryTransactionLog): grpc.UntypedServiceImplementation {
  return {
    read: (call: grpc.ServerWritableStream<ReadReq, ReadResp>) => read(log, call),
    append: (call: grpc.ServerReadableStream<AppendReq, AppendResp>, callback: grpc.sendUnaryData<AppendResp>) =>
      append(log, call, callback),
    delete: unimplemented,
    tombstone: unimplemented,
    batchAppend: (call: grpc.ServerDuplexStream<unknown, unknown>) =>
      call.destroy(Object.assign(new Error('not served by the test double'), { code: grpc.status.UNIMPLEMENTED })),
  };
}
