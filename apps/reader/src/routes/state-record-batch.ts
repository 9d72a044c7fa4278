/**
 * `GET /v1/state/proofs?record=<model>/<key>&record=…[&asOf=]`: several public records of the
 * read models, each with its inclusion proof against the one state root of the answer's ledger
 * size, and the signed state note of that size. A panel of the dashboard asks once for all the
 * records behind its figures (one request, one note to check, one catch-up or past replay on
 * the server) instead of one request per figure. The checks are those of
 * `/v1/state/records/{model}/{key}` (docs/audit.md, "State commitments").
 */
import { encodeHash } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { badParameter } from '../errors.ts';
import { asOfFrom, asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { count, list, nullable, obj, query, str } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';
import type { RecordRef } from '../reader-fold.ts';
import { attest } from '../state-reply.ts';
import { storedStateNote } from '../state-note.ts';

/** The most records one request may ask for (a panel's figures fit well within it). */
export const MAX_RECORDS_PER_REQUEST = 256;

const hash = str('base64 SHA-256');

const recordParam = {
  type: 'array',
  minItems: 1,
  maxItems: MAX_RECORDS_PER_REQUEST,
  items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*/.+$', minLength: 3, maxLength: 512 },
  description: 'a record as `<model>/<key>` (the key may hold `/`); repeat the parameter for more records',
};

const batchSchema = obj({
  asOf: ledgerPointSchema,
  state: obj({
    root: hash,
    records: count('records (leaves) of the state tree'),
    note: nullable(str('the signed state note of this size (C2SP signed note), when one was signed')),
  }),
  proofs: list(
    obj({ model: str(), key: str(), record: {}, index: count(), size: count(), leafHash: hash, path: list(hash) }),
    'the proofs of the records that exist, in the order asked',
  ),
  missing: list(str('`<model>/<key>`'), 'the records asked for that never existed at this size'),
  absent: nullable(
    obj({
      asOf: ledgerPointSchema,
      state: obj({
        root: hash,
        records: count('records (leaves) of the later state tree'),
        note: nullable(str('the signed state note of that later size, when one was signed')),
      }),
      proofs: list(
        obj({ model: str(), key: str(), record: {}, index: count(), size: count(), leafHash: hash, path: list(hash) }),
        'proofs, at the later size, of the missing records that exist by then',
      ),
    }),
  ),
});

/**
 * The newest checkpointed size after `size` (one with a signed state note first), where the
 * records missing at `size` are proven to prove their absence (docs/audit.md, "Absent records").
 */
async function laterSignedSize(ctx: ReaderContext, size: number): Promise<number | undefined> {
  const later = (await ctx.store.log.checkpoints()).map((c) => c.size).filter((s) => s > size);
  for (let i = later.length - 1; i >= 0; i--) {
    if ((await storedStateNote(ctx.store, later[i]!)) !== null) return later[i];
  }
  return later.at(-1);
}

/** `<model>/<key>` split at its first slash. */
function refOf(text: string): RecordRef {
  const at = text.indexOf('/');
  return { model: text.slice(0, at), key: text.slice(at + 1) };
}

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { record: string[]; asOf?: string } }>(
    '/v1/state/proofs',
    {
      schema: {
        tags: ['audit'],
        summary: "Several public records with their proofs against the one state root of the answer's ledger size",
        description:
          'Repeat `record=<model>/<key>` (up to 256, within the 2048-character URL limit) to get every record a page ' +
          'shows with one request: one state root, one signed state note, and one inclusion proof per record. ' +
          'Records asked for that never existed at that size are listed in `missing`; `absent` proves those that exist ' +
          "at a later signed size (their leaf index there is past this size's record count: they did not exist yet). Give `asOf` as an entry index " +
          'to pin the answer to the ledger size your other answers state. Checks: docs/audit.md, "State commitments".',
        querystring: query({ record: recordParam, asOf: asOfParam }, ['record']),
        response: responses(batchSchema),
      },
    },
    async (request, reply) => {
      const asOf = asOfFrom(request.query.asOf);
      if (isLeft(asOf)) return sendFailure(reply, asOf.left);
      const asked = request.query.record;
      const refs = [...new Set(asked)].map(refOf);
      if (refs.some((r) => r.key === '')) return sendFailure(reply, badParameter('record', 'must be <model>/<key>'));
      const proven = await ctx.stateProofs.proveMany(asOf.right, refs);
      const point = ledgerPointOf({ size: proven.size, root: await ctx.heads.rootOf(proven.size) });
      attest(reply, point.size, point.root);
      reply.header('cache-control', 'public, no-cache');
      const proofs = [];
      const missing: string[] = [];
      for (const [i, proof] of proven.proofs.entries()) {
        if (proof === undefined) missing.push(`${refs[i]!.model}/${refs[i]!.key}`);
        else proofs.push(proof);
      }
      // A record that never existed at this size has no proof here; its proof at a later
      // signed size, at a leaf index past this size's record count, proves it did not exist yet.
      const later = missing.length > 0 ? await laterSignedSize(ctx, proven.size) : undefined;
      let absent = null;
      if (later !== undefined) {
        const at = await ctx.stateProofs.proveMany({ index: later - 1 }, missing.map(refOf));
        absent = {
          asOf: ledgerPointOf({ size: at.size, root: await ctx.heads.rootOf(at.size) }),
          state: {
            root: encodeHash(at.stateRoot.root),
            records: at.stateRoot.records,
            note: await storedStateNote(ctx.store, at.size),
          },
          proofs: at.proofs.filter((proof) => proof !== undefined),
        };
      }
      return {
        asOf: point,
        state: {
          root: encodeHash(proven.stateRoot.root),
          records: proven.stateRoot.records,
          note: await storedStateNote(ctx.store, proven.size),
        },
        proofs,
        missing,
        absent,
      };
    },
  );
}

/** The batched record proof route. */
export const stateRecordBatchRoutes: RouteModule = { needs: [], register };
