/**
 * `GET /v1/state/records/:model/:key?asOf=`: one public record of a read model with its
 * inclusion proof against the state root of that ledger size, the signed state note of that
 * size when one was signed, and the ledger point (size, root, checkpoint) it is bound to. A
 * figure on a page is checked by hashing the record's leaf, walking the proof to the state
 * root, checking the note's signature and that the note names the verified checkpoint
 * (docs/audit.md, "State commitments").
 */
import { encodeHash } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { asOfFrom, asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { count, list, nullable, obj, pathParams, query, str } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';
import { attest } from '../state-reply.ts';
import { storedStateNote } from '../state-note.ts';

const hash = str('base64 SHA-256');

const recordSchema = obj({
  asOf: ledgerPointSchema,
  state: obj({
    root: hash,
    records: count('records (leaves) of the state tree'),
    note: nullable(str('the signed state note of this size (C2SP signed note), when one was signed')),
  }),
  proof: obj({
    model: str(),
    key: str(),
    record: {},
    index: count(),
    size: count(),
    leafHash: hash,
    path: list(hash),
    root: hash,
  }),
});

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Params: { model: string; key: string }; Querystring: { asOf?: string } }>(
    '/v1/state/records/:model/:key',
    {
      schema: {
        tags: ['audit'],
        summary: "One public record of a read model with its proof against the state root of the answer's ledger size",
        params: pathParams('model', 'key'),
        querystring: query({ asOf: asOfParam }),
        response: responses(recordSchema, 404),
      },
    },
    async (request, reply) => {
      const asOf = asOfFrom(request.query.asOf);
      if (isLeft(asOf)) return sendFailure(reply, asOf.left);
      const { model, key } = request.params;
      const proven = await ctx.stateProofs.prove(asOf.right, model, key);
      if (proven.proof === undefined) return sendFailure(reply, notFound('public record', `${model}/${key}`));
      const point = ledgerPointOf({ size: proven.size, root: await ctx.heads.rootOf(proven.size) });
      attest(reply, point.size, point.root);
      reply.header('cache-control', 'public, no-cache');
      return {
        asOf: point,
        state: {
          root: encodeHash(proven.stateRoot.root),
          records: proven.stateRoot.records,
          note: await storedStateNote(ctx.store, proven.size),
        },
        proof: proven.proof,
      };
    },
  );
}

/** The record proof route. */
export const stateRecordRoutes: RouteModule = { needs: [], register };
