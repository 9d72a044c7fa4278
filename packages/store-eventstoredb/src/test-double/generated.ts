/**
 * TEST DOUBLE — the protobuf messages and gRPC service definitions that ship with
 * `@eventstore/db-client` (generated from EventStoreDB's own .proto files), loaded for the
 * wire-level test server. Using the client's own definitions keeps the double byte-compatible
 * with what the client sends and expects.
 */
import { createRequire } from 'node:module';
import type * as grpc from '@grpc/grpc-js';

const require = createRequire(import.meta.url);
/** Resolves modules as the client's generated code does (its own google-protobuf instance). */
const requireAsClient = createRequire(require.resolve('@eventstore/db-client/generated/status_pb.js'));

type StreamsPb = typeof import('@eventstore/db-client/generated/streams_pb.js');
type SharedPb = typeof import('@eventstore/db-client/generated/shared_pb.js');
type StatusPb = typeof import('@eventstore/db-client/generated/status_pb.js');
type ServerFeaturesPb = typeof import('@eventstore/db-client/generated/serverfeatures_pb.js');

/** `google.protobuf.Empty`, as the generated setters of the client type it. */
type GoogleEmpty = NonNullable<Parameters<InstanceType<typeof streamsPb.BatchAppendResp.Success>['setNoStream']>[0]>;

/** `google.protobuf.Any`, as the client unpacks it (`pack(bytes, typeName)`, `getTypeName()`). */
export interface AnyMessage {
  pack(serialized: Uint8Array, name: string): void;
  getTypeName(): string;
}

/** Message classes of `streams.proto`. */
export const streamsPb = require('@eventstore/db-client/generated/streams_pb.js') as StreamsPb;
/** Message classes of `shared.proto`. */
export const sharedPb = require('@eventstore/db-client/generated/shared_pb.js') as SharedPb;
/** `google.rpc.Status` as EventStoreDB sends it in BatchAppend errors (`status.proto`). */
export const statusPb = require('@eventstore/db-client/generated/status_pb.js') as StatusPb;
/** Message classes of `serverfeatures.proto`. */
export const serverFeaturesPb = require('@eventstore/db-client/generated/serverfeatures_pb.js') as ServerFeaturesPb;
/** The `google.protobuf.Any` class of the client's protobuf runtime. */
export const AnyPb = (requireAsClient('google-protobuf/google/protobuf/any_pb.js') as { Any: new () => AnyMessage })
  .Any;
/** The `google.protobuf.Empty` class of the client's protobuf runtime (BatchAppend's oneof markers). */
export const EmptyPb = (
  requireAsClient('google-protobuf/google/protobuf/empty_pb.js') as { Empty: new () => GoogleEmpty }
).Empty;
/** The `event_store.client.streams.Streams` service definition. */
export const StreamsService = (
  require('@eventstore/db-client/generated/streams_grpc_pb.js') as { StreamsService: grpc.ServiceDefinition }
).StreamsService;
/** The `event_store.client.server_features.ServerFeatures` service definition. */
export const ServerFeaturesService = (
  require('@eventstore/db-client/generated/serverfeatures_grpc_pb.js') as {
    ServerFeaturesService: grpc.ServiceDefinition;
  }
).ServerFeaturesService;
