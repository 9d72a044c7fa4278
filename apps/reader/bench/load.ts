/**
 * Load measurement for the reader's benchmark (`bench/reader.ts`): an autocannon run against
 * a URL, and a bare Fastify server serving fixed bytes from memory — the machine's limit for
 * an HTTP answer of that size, measured in the same run. Lives beside the reader so that
 * autocannon and fastify resolve from its dependencies; not part of the app.
 */
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';

/** What one load run measured. */
export interface LoadResult {
  readonly requestsPerSecond: number;
  /** 99th percentile latency in ms. */
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** Options of a load run. */
export interface LoadOptions {
  readonly seconds: number;
  readonly connections: number;
  /** Load-generating worker threads (0: in this thread). */
  readonly workers: number;
  readonly headers?: Record<string, string>;
}

/** Loads `url` with GET requests for `options.seconds`. */
export async function measure(url: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    duration: options.seconds,
    connections: options.connections,
    ...(options.workers > 0 ? { workers: options.workers } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Headers that belong to one response or connection, not to what an endpoint answers. */
const PER_CONNECTION = new Set(['date', 'content-length', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * A bare Fastify server answering `GET /` with `body` and `headers` (no hooks, no plugins),
 * listening on loopback. Given the headers our answer carries, it sends the same bytes on
 * the wire, so the load generator parses the same response from both.
 */
export async function bareServer(
  body: Buffer,
  headers: Readonly<Record<string, string>>,
): Promise<{ app: FastifyInstance; url: string }> {
  const fixed = Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_CONNECTION.has(name)));
  const app = Fastify({ logger: false });
  app.get('/', (_request, reply) => reply.headers(fixed).send(body));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url: `${url}/` };
}
