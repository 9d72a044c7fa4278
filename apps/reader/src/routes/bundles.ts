/**
 * `GET /v1/ledger/bundles/:index`: the proof bundle of one entry — a C2SP tlog-proof
 * (c2sp.org/tlog-proof@v1) carrying the entry's leaf bytes, its inclusion proof and the
 * latest checkpoint with its witness cosignatures — to keep and check offline with
 * `govledger verify-bundle`. It holds a leaf, so it follows the leaves' access rule.
 */
import { buildBundle } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { FastifyInstance } from 'fastify';
import { notModified } from '../conditional.ts';
import type { ReaderContext } from '../context.ts';
import { badParameter } from '../errors.ts';
import { responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { query } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Params: { index: number } }>(
    '/v1/ledger/bundles/:index',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Proof bundle (c2sp.org/tlog-proof@v1) of one entry in the latest cosigned checkpoint',
        params: {
          type: 'object',
          properties: { index: { type: 'integer', minimum: 0, description: 'the entry (0-based)' } },
          required: ['index'],
        },
        querystring: query({}),
        response: {
          ...responses({}, 401),
          200: {
            description: 'The .tlog-proof text',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
        },
      },
    },
    async (request, reply) => {
      if (!ctx.publicLeaves && request.access !== 'auditor') {
        return sendFailure(reply, {
          _tag: 'Unauthorized',
          reason: 'a bundle carries a leaf, served to auditors only; send Authorization: Bearer <auditor token>',
        });
      }
      const bundle = await buildBundle(ctx.store, request.params.index);
      if (isLeft(bundle)) return sendFailure(reply, badParameter('index', bundle.left.reason));
      reply.header('vary', 'authorization');
      const etag = `"bundle-${request.params.index}-${bundle.right.length}-${bundle.right.slice(-24).replace(/[^A-Za-z0-9]/g, '')}"`;
      if (
        notModified(request.headers['if-none-match'], reply, etag, ctx.publicLeaves ? undefined : 'private, no-cache')
      ) {
        return reply;
      }
      return reply.type('text/plain; charset=utf-8').send(bundle.right);
    },
  );
}

/** The proof bundle route. */
export const bundleRoutes: RouteModule = { needs: [], register };
