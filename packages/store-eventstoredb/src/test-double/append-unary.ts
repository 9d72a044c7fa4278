/**
 * TEST DOUBLE — the unary `Streams.Append` RPC, the path the client takes when the server does
 * not advertise `BatchAppend` (servers before 21.10, or a call with per-call credentials).
 * Client streaming: options first, then one message per proposed event. WrongExpectedVersion
 * is an `AppendResp` (not a gRPC error); an oversized write is INVALID_ARGUMENT and a write to
 * a deleted stream FAILED_PRECONDITION, each with the `exception` trailer the client decodes.
 */
import * as grpc from '@grpc/grpc-js';
import type { AppendReq, AppendResp } from '@eventstore/db-client/generated/streams_pb.js';
import { sharedPb, streamsPb } from './generated.ts';
import type { AppendOutcome, ExpectedRevision, MemoryTransactionLog, ProposedRecord } from './memory-log.ts';
import type { RpcCalls } from './rpc-calls.ts';
import { maxAppendSizeError, streamDeletedError } from './wire-errors.ts';

/** The stream name of a `StreamIdentifier` (UTF-8 bytes on the wire). */
export function streamName(identifier: { getStreamName_asU8(): Uint8Array } | undefined): string {
  return identifier ? Buffer.from(identifier.getStreamName_asU8()).toString('utf8') : '';
}

/** What the proposed messages of `Append` and `BatchAppend` have in common. */
export interface WireProposedMessage {
  getId(): { getString(): string } | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

/** A proposed event of either append RPC, as the log stores it. */
export function proposedRecord(message: WireProposedMessage): ProposedRecord {
  const metadata = message.getMetadataMap();
  return {
    id: message.getId()!.getString(),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

function expectedRevision(options: AppendReq.Options): ExpectedRevision {
  if (options.hasRevision()) return { kind: 'revision', revision: Number(options.getRevision()) };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'any' };
}

function appendResponse(outcome: AppendOutcome): AppendResp | grpc.ServiceError {
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
    case 'MaximumAppendSizeExceeded':
      return maxAppendSizeError(outcome.maxAppendSize);
    case 'StreamDeleted':
      return streamDeletedError(outcome.streamName);
  }
}

/** The `Append` handler over `log`. */
export function unaryAppend(log: MemoryTransactionLog, calls: RpcCalls) {
  return (call: grpc.ServerReadableStream<AppendReq, AppendResp>, callback: grpc.sendUnaryData<AppendResp>): void => {
    calls.append++;
    let options: AppendReq.Options | undefined;
    const events: ProposedRecord[] = [];
    call.on('data', (message: AppendReq) => {
      if (message.hasOptions()) options = message.getOptions();
      if (message.hasProposedMessage()) events.push(proposedRecord(message.getProposedMessage()!));
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
  };
}
