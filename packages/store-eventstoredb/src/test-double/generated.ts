/**
 * TEST DOUBLE — the protobuf messages and gRPC service definitions that ship with
 * `@eventstore/db-client` (generated from EventStoreDB's own .proto files), loaded for the
 * wire-level test server. Using the client's own definitions keeps the double byte-compatible
 * with what the client sends and expects.
 */
import { createRequire } from 'node:module';
import type * as grpc from '@grpc/grpc-js';

const require = createRequire(import.meta.url);

type StreamsPb = typeof import('@eventstore/db-client/generated/streams_pb.js');
type SharedPb = typeof import('@eventstore/db-client/generated/shared_pb.js');

/** Message classes of `streams.proto`. */
export const streamsPb = require('@eventstore/db-client/generated/streams_pb.js') as StreamsPb;
/** Message classes of `shared.proto`. */
export const sharedPb = require('@eventstore/db-client/generated/shared_pb.js') as SharedPb;
/** The `event_store.client.streams.Streams` service definition. */
export const StreamsService = (
  require('@eventstore/db-client/generated/streams_grpc_pb.js') as { StreamsService: grpc.ServiceDefinition }
).StreamsService;
