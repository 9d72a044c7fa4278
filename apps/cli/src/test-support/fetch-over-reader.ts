/**
 * A `fetch` that answers from a read API in the same process (Fastify's `inject`), so a
 * witness reading the read API over HTTP can be tested without a port. Test code only.
 */
import type { createReader } from '@govledger/reader';

/** `fetch` over `reader`: the request's path, query and headers, the answer's bytes, status and type. */
export function fetchOverReader(reader: ReturnType<typeof createReader>): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input));
    const answer = await reader.inject({
      method: 'GET',
      url: url.pathname + url.search,
      headers: (init?.headers ?? {}) as Record<string, string>,
    });
    return new Response(answer.rawPayload, {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type']) },
    });
  };
}
