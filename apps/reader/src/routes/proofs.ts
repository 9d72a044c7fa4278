/**
 * RFC 9162 proofs, JSON exactly as the store's verifiable log returns them (hashes in
 * standard base64):
 * - `GET /v1/ledger/proofs/inclusion?index=I[&size=N]`: entry I is in the tree of size N;
 * - `GET /v1/ledger/proofs/consistency?from=M[&to=N]`: the tree of size N extends that of M.
 * Sizes default to the current head. A proof between fixed sizes never changes, so it is
 * served as immutable.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { notModified } from '../conditional.ts';
import type { ReaderContext } from '../context.ts';
import { badParameter, type BadParameter } from '../errors.ts';
import { responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { count, list, obj, query, str } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';

const hash = str('standard base64 SHA-256');

const inclusionSchema = obj({
  index: count(),
  size: count(),
  leafHash: hash,
  path: list(hash),
  root: hash,
});

const consistencySchema = obj({
  from: count(),
  to: count(),
  path: list(hash),
  fromRoot: hash,
  toRoot: hash,
});

const IMMUTABLE = 'public, max-age=86400, immutable';

/** Sends a proof with a validator naming its sizes; immutable when every size was given. */
function sendProof(
  request: { headers: { 'if-none-match'?: string | string[] } },
  reply: FastifyReply,
  etag: string,
  fixed: boolean,
  proof: object,
) {
  if (notModified(request.headers['if-none-match'], reply, etag, fixed ? IMMUTABLE : undefined)) return reply;
  return reply.send(proof);
}

function inclusionProblem(index: number, size: number, head: number, sizeGiven: boolean): BadParameter | null {
  if (size > head) return badParameter('size', `${size} is beyond the ledger size ${head}`);
  if (index >= size) {
    return sizeGiven
      ? badParameter('index', `${index} is not below size ${size}`)
      : badParameter('index', `${index} is beyond the last entry (ledger size ${head})`);
  }
  return null;
}

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { index: number; size?: number } }>(
    '/v1/ledger/proofs/inclusion',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Inclusion proof of entry `index` in the tree of `size` entries (default: the head)',
        querystring: query({ index: { type: 'integer', minimum: 0 }, size: { type: 'integer', minimum: 1 } }, [
          'index',
        ]),
        response: responses(inclusionSchema),
      },
    },
    async (request, reply) => {
      const { index } = request.query;
      const head = await ctx.heads.current();
      const size = request.query.size ?? head.size;
      const problem = inclusionProblem(index, size, head.size, request.query.size !== undefined);
      if (problem) return sendFailure(reply, problem);
      const proof = await ctx.store.log.inclusionProof(index, size);
      return sendProof(
        request,
        reply,
        `"inclusion-${index}-${size}-${proof.root}"`,
        request.query.size !== undefined,
        proof,
      );
    },
  );

  app.get<{ Querystring: { from: number; to?: number } }>(
    '/v1/ledger/proofs/consistency',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Consistency proof from the tree of `from` entries to the tree of `to` entries (default: the head)',
        querystring: query({ from: { type: 'integer', minimum: 1 }, to: { type: 'integer', minimum: 1 } }, ['from']),
        response: responses(consistencySchema),
      },
    },
    async (request, reply) => {
      const { from } = request.query;
      const head = await ctx.heads.current();
      const to = request.query.to ?? head.size;
      if (to > head.size) return sendFailure(reply, badParameter('to', `${to} is beyond the ledger size ${head.size}`));
      if (from > to) {
        return sendFailure(
          reply,
          request.query.to === undefined
            ? badParameter('from', `${from} is beyond the ledger size ${head.size}`)
            : badParameter('from', `${from} is greater than to (${to})`),
        );
      }
      const proof = await ctx.store.log.consistencyProof(from, to);
      return sendProof(
        request,
        reply,
        `"consistency-${from}-${to}-${proof.toRoot}"`,
        request.query.to !== undefined,
        proof,
      );
    },
  );
}

/** The proof routes. */
export const proofRoutes: RouteModule = { needs: [], register };
