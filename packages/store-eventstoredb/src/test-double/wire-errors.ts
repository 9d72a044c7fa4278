/**
 * TEST DOUBLE — the errors EventStoreDB sends on the wire, in the two shapes its protocol
 * uses: a gRPC status with `exception` trailers (unary calls such as `Append` and `Read`),
 * and a `google.rpc.Status` with a packed detail message inside a `BatchAppendResp`.
 */
import * as grpc from '@grpc/grpc-js';
import { AnyPb, sharedPb, statusPb } from './generated.ts';

/** A gRPC error with the trailers the client's `convertToCommandError` decodes. */
export function serviceError(code: grpc.status, details: string, trailers: Record<string, string>): grpc.ServiceError {
  const metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return Object.assign(new Error(details), { code, details, metadata });
}

/** The unary calls' "stream deleted" error (FAILED_PRECONDITION, `exception: stream-deleted`). */
export function streamDeletedError(streamName: string): grpc.ServiceError {
  return serviceError(grpc.status.FAILED_PRECONDITION, `Event stream '${streamName}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': streamName,
  });
}

/** The unary calls' "maximum append size exceeded" error (INVALID_ARGUMENT with the limit). */
export function maxAppendSizeError(maxAppendSize: number): grpc.ServiceError {
  return serviceError(grpc.status.INVALID_ARGUMENT, `Maximum Append Size of ${maxAppendSize} Exceeded.`, {
    exception: 'maximum-append-size-exceeded',
    'maximum-append-size': String(maxAppendSize),
  });
}

/** A `google.rpc.Status` whose detail is `detail` packed as `event_store.client.<typeName>`. */
export function rpcStatus(
  code: grpc.status,
  typeName: string,
  detail: { serializeBinary(): Uint8Array },
): InstanceType<typeof statusPb.Status> {
  const any = new AnyPb();
  any.pack(detail.serializeBinary(), `event_store.client.${typeName}`);
  return new statusPb.Status()
    .setCode(code as number)
    .setMessage(typeName)
    .setDetails(any as never);
}

/** The `event_store.client.Timeout` status: the write's deadline passed before it was complete. */
export function timeoutStatus() {
  return rpcStatus(grpc.status.DEADLINE_EXCEEDED, 'Timeout', new sharedPb.Timeout());
}

/** The `event_store.client.BadRequest` status, with the reason. */
export function badRequestStatus(message: string) {
  return rpcStatus(grpc.status.INVALID_ARGUMENT, 'BadRequest', new sharedPb.BadRequest().setMessage(message));
}
