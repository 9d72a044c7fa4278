/**
 * The log as C2SP tlog-tiles (c2sp.org/tlog-tiles), for any independent tile client:
 * - `GET /tlog/checkpoint`: the latest signed (and cosigned) checkpoint, cached seconds only;
 * - `GET /tlog/tile/<L>/<N>[.p/<W>]`: Merkle tree tiles, 32-byte hashes concatenated;
 * - `GET /tlog/tile/entries/<N>[.p/<W>]`: entry bundles, each leaf prefixed by its length
 *   as a big-endian uint16 (so a leaf is at most 65,535 bytes, which the store enforces).
 * A tile exists once the log holds every entry it spans, and never changes after: tiles are
 * served immutable. Entry bundles are leaves, so they follow the leaves' access rule
 * (auditors only unless the operator made leaves public).
 */
import { parseTilePath, TILE_WIDTH, tileSpan } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { FastifyInstance } from 'fastify';
import { notModified } from '../conditional.ts';
import type { ReaderContext } from '../context.ts';
import { badParameter, notFound } from '../errors.ts';
import { responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { query } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const PRIVATE_IMMUTABLE = 'private, max-age=31536000, immutable';
const OCTETS = 'application/octet-stream';

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get(
    '/tlog/checkpoint',
    {
      schema: {
        tags: ['tiles'],
        summary: 'The latest checkpoint (tlog-tiles), with the witnesses’ cosignatures',
        querystring: query({}),
        response: {
          ...responses({}, 404),
          200: { description: 'The signed note', content: { 'text/plain': { schema: { type: 'string' } } } },
        },
      },
    },
    async (_request, reply) => {
      const checkpoint = await ctx.store.log.checkpoint();
      if (!checkpoint) return sendFailure(reply, notFound('checkpoint', 'latest'));
      reply.header('cache-control', 'public, max-age=5');
      return reply.type('text/plain; charset=utf-8').send(checkpoint.note);
    },
  );

  app.get<{ Params: { '*': string } }>(
    '/tlog/tile/*',
    {
      schema: {
        tags: ['tiles'],
        summary: 'A Merkle tree tile or an entry bundle (tlog-tiles), immutable',
        querystring: query({}),
        response: {
          ...responses({}, 401, 404),
          200: { description: 'Tile bytes', content: { 'application/octet-stream': { schema: { type: 'string' } } } },
        },
      },
    },
    async (request, reply) => {
      const tile = parseTilePath(request.params['*']);
      if (isLeft(tile)) return sendFailure(reply, badParameter('tile', tile.left));
      const span = tileSpan(tile.right);
      const { size } = await ctx.heads.current();
      if (span.end > size) return sendFailure(reply, notFound('tile', request.params['*']));
      const entries = tile.right.level === 'entries';
      if (entries && !ctx.publicLeaves && request.access !== 'auditor') {
        return sendFailure(reply, {
          _tag: 'Unauthorized',
          reason: 'entry bundles are leaves, served to auditors only; send Authorization: Bearer <auditor token>',
        });
      }
      const etag = `"tile-${request.params['*'].replaceAll('/', '_')}"`;
      if (entries) reply.header('vary', 'authorization');
      const cache = entries && !ctx.publicLeaves ? PRIVATE_IMMUTABLE : IMMUTABLE;
      if (notModified(request.headers['if-none-match'], reply, etag, cache)) return reply;
      const first = tile.right.index * TILE_WIDTH;
      const parts: Buffer[] = [];
      if (entries) {
        for await (const { leaf } of ctx.store.readLeaves(span.start, span.end)) {
          const length = Buffer.alloc(2);
          length.writeUInt16BE(leaf.byteLength);
          parts.push(length, Buffer.from(leaf.buffer, leaf.byteOffset, leaf.byteLength));
        }
      } else {
        for (const hash of await ctx.store.log.subtreeHashes(span.hashLevel, first, tile.right.width)) {
          parts.push(Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength));
        }
      }
      return reply.type(OCTETS).send(Buffer.concat(parts));
    },
  );
}

/** The tlog-tiles routes. */
export const tileRoutes: RouteModule = { needs: [], register };
