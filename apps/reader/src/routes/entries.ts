/**
 * `GET /v1/ledger/entries?from=&limit=`: the exact leaf bytes of entries `from`… as NDJSON
 * (line k of the body is entry `from + k`, byte for byte as hashed), for independent
 * verification. Leaves hold personal fields only as ciphertext, but a ballot's leaf names its
 * owner and choice in plain text, so raw leaves go to auditors only unless the operator
 * opened them (`publicLeaves`).
 *
 * A page stops at `limit` entries or once it holds 4 MiB; `X-Next-From` then names the next
 * index to ask for. `X-Ledger-Size` is the size the page was read against.
 */
import type { FastifyInstance } from 'fastify';
import { notModified } from '../conditional.ts';
import type { ReaderContext } from '../context.ts';
import { badParameter } from '../errors.ts';
import { etagOf } from '../ledger-head.ts';
import { limitParam } from '../query-params.ts';
import { responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { query } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';

/** The most entries one page may ask for. */
export const MAX_ENTRIES_PER_PAGE = 1000;

/** A page stops adding leaves once it holds this many bytes (always at least one leaf). */
const MAX_PAGE_BYTES = 4 << 20;

const NEWLINE = Buffer.from('\n');

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { from: number; limit: number } }>(
    '/v1/ledger/entries',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Exact leaf bytes as NDJSON (auditors, unless the operator made leaves public)',
        querystring: query({
          from: { type: 'integer', minimum: 0, default: 0, description: 'index of the first entry' },
          limit: limitParam(MAX_ENTRIES_PER_PAGE, 100),
        }),
        response: {
          ...responses({}, 401),
          200: {
            description: 'One leaf per line, exactly the bytes hashed into the log.',
            headers: {
              'x-ledger-size': { type: 'integer', description: 'the ledger size the page was read against' },
              'x-next-from': { type: 'integer', description: 'the next index to ask for, when entries remain' },
            },
            content: { 'application/x-ndjson': { schema: { type: 'string' } } },
          },
        },
      },
    },
    async (request, reply) => {
      if (!ctx.publicLeaves && request.access !== 'auditor') {
        return sendFailure(reply, {
          _tag: 'Unauthorized',
          reason:
            'raw leaves are served to auditors only (a ballot leaf names its owner); send Authorization: Bearer <auditor token>',
        });
      }
      const { from, limit } = request.query;
      const head = await ctx.heads.current();
      if (from > head.size)
        return sendFailure(reply, badParameter('from', `${from} is beyond the ledger size ${head.size}`));
      const to = Math.min(head.size, from + limit);
      const etag = `${etagOf(to, await ctx.heads.rootOf(to)).slice(0, -1)}-from-${from}"`;
      reply.header('vary', 'authorization');
      if (
        notModified(
          request.headers['if-none-match'],
          reply,
          etag,
          request.access === 'auditor' ? 'private, no-cache' : undefined,
        )
      ) {
        return reply;
      }
      const parts: Buffer[] = [];
      let bytes = 0;
      let next = from;
      for await (const { leaf } of ctx.store.readLeaves(from, to)) {
        parts.push(Buffer.from(leaf.buffer, leaf.byteOffset, leaf.byteLength), NEWLINE);
        bytes += leaf.byteLength + 1;
        next++;
        if (bytes >= MAX_PAGE_BYTES) break;
      }
      reply.header('x-ledger-size', String(head.size));
      if (next < head.size) reply.header('x-next-from', String(next));
      return reply.type('application/x-ndjson').send(Buffer.concat(parts, bytes));
    },
  );
}

/** The raw entries route. */
export const entryRoutes: RouteModule = { needs: [], register };
