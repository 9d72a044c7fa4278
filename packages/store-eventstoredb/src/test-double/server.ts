/**
 * TEST DOUBLE — a wire-level stand-in for an EventStoreDB node, for CI only. It speaks the
 * server's gRPC protocol (the client's own generated definitions) on 127.0.0.1 without TLS,
 * over an in-memory log, so the adapter runs through the real `@eventstore/db-client`. It is
 * not EventStoreDB: run the same tests against a real node with `GOVLEDGER_ESDB_URL` (see
 * docs/operations/eventstoredb.md).
 */
import * as grpc from '@grpc/grpc-js';
import { StreamsService } from './generated.ts';
import { MemoryTransactionLog } from './memory-log.ts';
import { streamsHandlers } from './streams-service.ts';

/** A running test double. */
export interface TestDoubleServer {
  /** Connection string for `EventStoreDBClient.connectionString`, e.g. `esdb://127.0.0.1:40123?tls=false`. */
  readonly url: string;
  /** The in-memory log behind it, for assertions. */
  readonly log: MemoryTransactionLog;
  stop(): Promise<void>;
}

/**
 * Starts a test double on a free loopback port.
 *
 * @example
 * const server = await startTestDoubleServer();
 * const store = openEsdbStore(`${server.url}&ledger=t`, { cachePath });
 * await server.stop();
 */
export async function startTestDoubleServer(options: { maxAppendSize?: number } = {}): Promise<TestDoubleServer> {
  const log = new MemoryTransactionLog(options);
  const server = new grpc.Server();
  server.addService(StreamsService, streamsHandlers(log));
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    url: `esdb://127.0.0.1:${port}?tls=false`,
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
        setTimeout(() => server.forceShutdown(), 500).unref();
      }),
  };
}
