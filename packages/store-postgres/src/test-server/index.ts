/**
 * `@govledger/store-postgres/test-server`: throw-away PostgreSQL servers for tests and
 * benchmarks (initdb in a scratch directory, a free port, pg_ctl start/stop, a streaming
 * standby), and the reason to skip where the server binaries are absent.
 *
 * @module \@govledger/store-postgres/test-server
 */
export { serverBinDir, whyNoServer } from './binaries.ts';
export { freePort, startTestServer, type TestServer, type TestServerOptions } from './server.ts';
