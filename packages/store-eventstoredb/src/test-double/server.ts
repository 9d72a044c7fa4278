/**
 * TEST DOUBLE — a wire-level stand-in for an EventStoreDB node, for CI only. It speaks the
 * server's gRPC protocol (the client's own generated definitions) on 127.0.0.1 without TLS,
 * over an in-memory log, so the adapter runs through the real `@eventstore/db-client`. It is
 * not EventStoreDB: run the same tests against a real node with `GOVLEDGER_ESDB_URL` (see
 * docs/operations/eventstoredb.md).
 */
import * as grpc from '@grpc/grpc-js';
import { ServerFeaturesService, StreamsService } from './generated.ts';
import { MemoryTransactionLog } from './memory-log.ts';
import { newRpcCalls, type RpcCalls } from './rpc-calls.ts';
import { serverFeaturesHandlers } from './server-features.ts';
import { streamsHandlers } from './streams-service.ts';

/** A running test double. */
export interface TestDoubleServer {
  /** Connection string for `EventStoreDBClient.connectionString`, e.g. `esdb://127.0.0.1:40123?tls=false`. */
  readonly url: string;
  /** The in-memory log behind it, for assertions. */
  readonly log: MemoryTransactionLog;
  /** How often each RPC was called: which append path the client took. */
  readonly calls: RpcCalls;
  /** Whether it serves `BatchAppend` and advertises it through ServerFeatures. */
  readonly batchAppend: boolean;
  stop(): Promise<void>;
}

/** How to start a test double. */
export interface TestDoubleOptions {
  /** The maximum size of one append (default 1,048,576, as the server). */
  readonly maxAppendSize?: number;
  /**
   * Serve `BatchAppend` and advertise it through ServerFeatures, as EventStoreDB 21.10 and
   * later do, so the client appends through it (default). `false`: no ServerFeatures service
   * and `BatchAppend` UNIMPLEMENTED, as older servers, so the client uses the unary `Append`.
   */
  readonly batchAppend?: boolean;
}

/**
 * Starts a test double on a free loopback port.
 *
 * @example
 * const server = await startTestDoubleServer();
 * const store = openEsdbStore(`${server.url}&ledger=t`, { cachePath });
 * await server.stop();
 */
export async function startTestDoubleServer(options: TestDoubleOptions = {}): Promise<TestDoubleServer> {
  const log = new MemoryTransactionLog(options);
  const calls = newRpcCalls();
  const batchAppend = options.batchAppend ?? true;
  const server = new grpc.Server();
  server.addService(StreamsService, streamsHandlers(log, calls, { batchAppend }));
  if (batchAppend) server.addService(ServerFeaturesService, serverFeaturesHandlers(calls));
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    url: `esdb://127.0.0.1:${port}?tls=false`,
    log,
    calls,
    batchAppend,
    stop: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
        setTimeout(() => server.forceShutdown(), 500).unref();
      }),
  };
}
