/**
 * TEST DOUBLE — the `Streams.BatchAppend` RPC, the path `@eventstore/db-client` 6.x takes for
 * every append when the server lists `batchappend` in its supported methods. One
 * bidirectional stream carries many writes, each under a correlation id:
 * - a write's first request carries its options (stream, expected position: any, no_stream,
 *   stream_exists or a revision, and a deadline); requests under an id whose options were
 *   never seen are ignored, as the server does;
 * - its proposed events may come in several requests (the client splits at its
 *   `batchAppendSize`, 3 MiB by default); the size is checked as they arrive, and a write over
 *   the maximum append size is answered at once with MaximumAppendSizeExceeded and forgotten
 *   (later requests under that id are ignored);
 * - the request marked `is_final` commits the write, atomically, through the same log as
 *   the unary `Append`;
 * - a write not completed by its deadline (at most the server's 2 s write timeout after its
 *   options) is answered with Timeout and forgotten;
 * - every write is answered exactly once, with its correlation id (as a structured UUID, as
 *   the server sends it) and stream: Success (current revision and position) or an error
 *   status whose detail is WrongExpectedVersion (current revision or no stream, and what was
 *   expected), StreamDeleted, MaximumAppendSizeExceeded, Timeout or BadRequest.
 */
import * as grpc from '@grpc/grpc-js';
import type { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb.js';
import { proposedRecord, streamName } from './append-unary.ts';
import { EmptyPb, sharedPb, streamsPb } from './generated.ts';
import {
  type AppendOutcome,
  appendSizeOnDisk,
  type ExpectedRevision,
  type MemoryTransactionLog,
  type ProposedRecord,
} from './memory-log.ts';
import type { RpcCalls } from './rpc-calls.ts';
import { badRequestStatus, rpcStatus, timeoutStatus } from './wire-errors.ts';

/** The server's default write timeout (`WriteTimeoutMs`), which caps a write's deadline. */
export const WRITE_TIMEOUT_MS = 2000;

/** A write whose events are still arriving. */
interface PendingWrite {
  readonly identifier: InstanceType<typeof sharedPb.StreamIdentifier>;
  readonly expected: ExpectedRevision;
  readonly events: ProposedRecord[];
  size: number;
  readonly timer: NodeJS.Timeout;
}

function expectedPosition(options: BatchAppendReq.Options): ExpectedRevision {
  if (options.hasStreamPosition()) return { kind: 'revision', revision: Number(options.getStreamPosition()) };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'any' };
}

/** A correlation id as the client sent it (a string UUID, or structured bits). */
function correlationText(uuid: InstanceType<typeof sharedPb.UUID> | undefined): string | null {
  if (!uuid) return null;
  if (uuid.hasString()) return uuid.getString().toLowerCase();
  if (!uuid.hasStructured()) return null;
  const s = uuid.getStructured()!;
  const hex = (bits: string) => BigInt.asUintN(64, BigInt(bits)).toString(16).padStart(16, '0');
  const all = hex(s.getMostSignificantBits()) + hex(s.getLeastSignificantBits());
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20)}`;
}

/** The structured form of a UUID (signed 64-bit halves), as EventStoreDB answers correlation ids. */
function structuredUuid(text: string): InstanceType<typeof sharedPb.UUID> {
  const hex = text.replaceAll('-', '');
  const signed = (half: string) => BigInt.asIntN(64, BigInt(`0x${half}`)).toString();
  const structured = new sharedPb.UUID.Structured()
    .setMostSignificantBits(signed(hex.slice(0, 16)))
    .setLeastSignificantBits(signed(hex.slice(16)));
  return new sharedPb.UUID().setStructured(structured);
}

function wrongExpectedVersionStatus(current: number | 'no_stream', expected: ExpectedRevision) {
  const detail = new sharedPb.WrongExpectedVersion();
  if (current === 'no_stream') detail.setCurrentNoStream(new EmptyPb());
  else detail.setCurrentStreamRevision(String(current));
  if (expected.kind === 'revision') detail.setExpectedStreamPosition(String(expected.revision));
  else if (expected.kind === 'no_stream') detail.setExpectedNoStream(new EmptyPb());
  else if (expected.kind === 'stream_exists') detail.setExpectedStreamExists(new EmptyPb());
  else detail.setExpectedAny(new EmptyPb());
  return rpcStatus(grpc.status.ALREADY_EXISTS, 'WrongExpectedVersion', detail);
}

function outcomeResponse(outcome: AppendOutcome, identifier: PendingWrite['identifier']): BatchAppendResp {
  const Resp = streamsPb.BatchAppendResp;
  switch (outcome._tag) {
    case 'Success': {
      const position = new sharedPb.AllStreamPosition()
        .setCommitPosition(String(outcome.position))
        .setPreparePosition(String(outcome.position));
      const success = new Resp.Success().setPosition(position);
      if (outcome.currentRevision < 0) success.setNoStream(new EmptyPb());
      else success.setCurrentRevision(String(outcome.currentRevision));
      return new Resp().setSuccess(success);
    }
    case 'WrongExpectedVersion':
      return new Resp().setError(wrongExpectedVersionStatus(outcome.current, outcome.expected));
    case 'StreamDeleted':
      return new Resp().setError(
        rpcStatus(grpc.status.NOT_FOUND, 'StreamDeleted', new sharedPb.StreamDeleted().setStreamIdentifier(identifier)),
      );
    case 'MaximumAppendSizeExceeded':
      return new Resp().setError(tooLargeStatus(outcome.maxAppendSize));
  }
}

function tooLargeStatus(maxAppendSize: number) {
  return rpcStatus(
    grpc.status.INVALID_ARGUMENT,
    'MaximumAppendSizeExceeded',
    new sharedPb.MaximumAppendSizeExceeded().setMaxappendsize(maxAppendSize),
  );
}

/** The `BatchAppend` handler over `log`. */
export function batchAppend(log: MemoryTransactionLog, calls: RpcCalls) {
  return (call: grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void => {
    calls.batchAppend++;
    const pending = new Map<string, PendingWrite>();
    const answer = (
      correlationId: string,
      identifier: PendingWrite['identifier'] | undefined,
      response: BatchAppendResp,
    ) => {
      response.setCorrelationId(structuredUuid(correlationId));
      if (identifier) response.setStreamIdentifier(identifier);
      if (call.writable) call.write(response);
    };
    const forget = (correlationId: string) => {
      const write = pending.get(correlationId);
      if (write) clearTimeout(write.timer);
      pending.delete(correlationId);
      return write;
    };
    const forgetAll = () => {
      for (const id of [...pending.keys()]) forget(id);
    };
    call.on('data', (request: BatchAppendReq) => {
      const correlationId = correlationText(request.getCorrelationId());
      if (correlationId === null) return;
      const options = request.getOptions();
      try {
        if (options && !pending.has(correlationId)) {
          const identifier = options.getStreamIdentifier();
          if (!identifier) {
            answer(
              correlationId,
              undefined,
              new streamsPb.BatchAppendResp().setError(badRequestStatus('Required field StreamIdentifier not set.')),
            );
            return;
          }
          calls.batchAppendWrites++;
          const deadline = options.getDeadline()?.toDate().getTime() ?? Number.POSITIVE_INFINITY;
          const timeout = Math.max(0, Math.min(deadline - Date.now(), WRITE_TIMEOUT_MS));
          const timer = setTimeout(() => {
            if (forget(correlationId)) {
              answer(correlationId, identifier, new streamsPb.BatchAppendResp().setError(timeoutStatus()));
            }
          }, timeout);
          timer.unref();
          pending.set(correlationId, {
            identifier,
            expected: expectedPosition(options),
            events: [],
            size: 0,
            timer,
          });
        }
        const write = pending.get(correlationId);
        if (!write) return;
        for (const message of request.getProposedMessagesList()) {
          const event = proposedRecord(message);
          write.events.push(event);
          write.size += appendSizeOnDisk(event);
        }
        if (write.size > log.maxAppendSize) {
          forget(correlationId);
          answer(
            correlationId,
            write.identifier,
            new streamsPb.BatchAppendResp().setError(tooLargeStatus(log.maxAppendSize)),
          );
          return;
        }
        if (!request.getIsFinal()) return;
        forget(correlationId);
        const outcome = log.append(streamName(write.identifier), write.expected, write.events);
        answer(correlationId, write.identifier, outcomeResponse(outcome, write.identifier));
      } catch (error) {
        const write = forget(correlationId);
        answer(
          correlationId,
          write?.identifier ?? options?.getStreamIdentifier(),
          new streamsPb.BatchAppendResp().setError(badRequestStatus((error as Error).message)),
        );
      }
    });
    call.on('end', () => {
      forgetAll();
      call.end();
    });
    call.on('error', forgetAll);
    call.on('cancelled', forgetAll);
  };
}
