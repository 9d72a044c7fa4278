/**
 * `GET /v1/state/signed?asOf=`: the newest ledger size at or before a point where both a log
 * checkpoint and a state note were signed. State notes are signed at write sizes only, so a
 * past date almost never falls on one; a page showing that date shows this size instead
 * (saying so), and every figure it draws can then be proven against a signed state root.
 * When nothing was signed at or before the point, `signed` is null (an answer, not a 404: a
 * page asking for an early date has nothing wrong to log).
 */
import { type EventStore, sizeAsOf } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { asOfFrom, asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { count, nullable, obj, query, str, time } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';
import { attest } from '../state-reply.ts';
import { storedStateNote } from '../state-note.ts';

const signedSchema = obj({
  asked: count('the ledger size the point asked for stands at'),
  signed: nullable(
    obj({
      asOf: ledgerPointSchema,
      recordedAt: time('when the last entry of that size was recorded (the ledger’s own time)'),
      note: str('the signed state note of that size (C2SP signed note)'),
    }),
  ),
});

/** When entry `index` was recorded. */
async function recordedAt(store: EventStore, index: number): Promise<string | undefined> {
  for await (const event of store.readAll({ from: index, limit: 1 })) return event.metadata.recordedAt;
  return undefined;
}

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/state/signed',
    {
      schema: {
        tags: ['audit'],
        summary: 'The last signed state at or before a point: the size a past view can be proven at',
        description:
          'The newest size, at or before `asOf` (default: the head), with a stored signed checkpoint and a signed state note. Ask ' +
          'the state endpoints and `/v1/state/proofs` with `asOf` = that size − 1 (an entry index) to get figures ' +
          'that verify against the note. `signed` is null when nothing was signed at or before the point.',
        querystring: query({ asOf: asOfParam }),
        response: responses(signedSchema),
      },
    },
    async (request, reply) => {
      const asOf = asOfFrom(request.query.asOf);
      if (isLeft(asOf)) return sendFailure(reply, asOf.left);
      const asked = await sizeAsOf(ctx.store, asOf.right);
      const checkpoints = await ctx.store.log.checkpoints();
      for (let i = checkpoints.length - 1; i >= 0; i--) {
        const { size } = checkpoints[i]!;
        if (size > asked || size === 0) continue;
        const note = await storedStateNote(ctx.store, size);
        if (note === null) continue;
        const point = ledgerPointOf({ size, root: await ctx.heads.rootOf(size) });
        attest(reply, point.size, point.root);
        reply.header('cache-control', 'public, no-cache');
        return { asked, signed: { asOf: point, recordedAt: await recordedAt(ctx.store, size - 1), note } };
      }
      reply.header('cache-control', 'public, no-cache');
      return { asked, signed: null };
    },
  );
}

/** The route naming the last signed state before a point. */
export const stateSignedRoutes: RouteModule = { needs: [], register };
