/**
 * `GET /v1/ledger/leaves/:index`: the exact leaf bytes of one entry, so that anyone — a
 * browser included — can hash it (RFC 6962 `SHA-256(0x00 || leaf)`) and check it against an
 * inclusion proof and a signed checkpoint without taking the server's word for the event.
 *
 * Raw leaves in bulk are for auditors (`/v1/ledger/entries`), because a ballot's leaf names
 * its owner and choice and other leaves carry personal fields as ciphertext. One leaf is
 * public exactly when its bytes say no more than the event's public view already does: it
 * is not a secret ballot and holds no sealed personal field. Any other leaf answers 401 for
 * the public (an auditor, or a reader with `publicLeaves`, gets it).
 */
import { hasSealedFields, parseLeaf } from '@govledger/core';
import type { FastifyInstance } from 'fastify';
import { notModified } from '../conditional.ts';
import type { ReaderContext } from '../context.ts';
import { SECRET_EVENT_TYPES } from '../dto/event.ts';
import { badParameter, type ReaderFailure } from '../errors.ts';
import { responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { patterned, query } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';

const IMMUTABLE = 'public, max-age=86400, immutable';

/** Why a leaf is not served to the public, or null when its bytes are fit to publish. */
export function leafWithheldBecause(leaf: Uint8Array, index: number): string | null {
  const event = parseLeaf(leaf, index);
  if (SECRET_EVENT_TYPES.has(event.type)) {
    return `entry ${index} is a secret ballot: its leaf names the owner and the choice; it is served to auditors only`;
  }
  if (hasSealedFields(event.data)) {
    return `entry ${index} holds sealed personal fields: its leaf is served to auditors only (its hash is public in the inclusion proof)`;
  }
  return null;
}

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Params: { index: string } }>(
    '/v1/ledger/leaves/:index',
    {
      schema: {
        tags: ['ledger'],
        summary: "One entry's exact leaf bytes (public unless it is a ballot or holds sealed personal fields)",
        params: {
          type: 'object',
          additionalProperties: false,
          required: ['index'],
          properties: {
            index: patterned('^(0|[1-9][0-9]{0,14})$', 'a 0-based entry index', '0-based index of the entry'),
          },
        },
        querystring: query({}),
        response: {
          ...responses({}, 401),
          200: {
            description: 'The leaf: RFC 8785 canonical JSON, exactly the bytes hashed into the log.',
            content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } },
          },
        },
      },
    },
    async (request, reply) => {
      const index = Number(request.params.index);
      const head = await ctx.heads.current();
      if (index >= head.size) {
        return sendFailure(
          reply,
          badParameter('index', `${index} is beyond the last entry (ledger size ${head.size})`),
        );
      }
      let leaf: Uint8Array | undefined;
      for await (const stored of ctx.store.readLeaves(index, index + 1)) leaf = stored.leaf;
      if (!leaf) return sendFailure(reply, badParameter('index', `${index} could not be read`));
      if (!ctx.publicLeaves && request.access !== 'auditor') {
        const withheld = leafWithheldBecause(leaf, index);
        if (withheld !== null) {
          const failure: ReaderFailure = { _tag: 'Unauthorized', reason: withheld };
          return sendFailure(reply, failure);
        }
      }
      reply.header('vary', 'authorization');
      if (notModified(request.headers['if-none-match'], reply, `"leaf-${index}"`, IMMUTABLE)) return reply;
      return reply
        .type('application/json; charset=utf-8')
        .send(Buffer.from(leaf.buffer, leaf.byteOffset, leaf.byteLength));
    },
  );
}

/** The single-leaf route. */
export const leafRoutes: RouteModule = { needs: [], register };
