/**
 * The ledger's identity and signed checkpoints (DESIGN.md, the audit protocol):
 * - `GET /v1/ledger`: origin, size, root, the verifier key and the latest checkpoint's size;
 * - `GET /v1/ledger/checkpoint[?size=N]`: a stored signed checkpoint note, as text;
 * - `GET /v1/ledger/checkpoints`: the sizes of every stored checkpoint.
 */
import type { FastifyInstance } from 'fastify';
import { notModified } from '../conditional.ts';
import type { ReaderContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { responses } from '../responses.ts';
import { count, list, nullable, obj, query, str, time } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';
import type { RouteModule } from '../route-module.ts';

/** `GET /v1/ledger`. */
export interface LedgerDto {
  readonly origin: string | null;
  readonly size: number;
  readonly root: string;
  readonly verifierKey: string | null;
  readonly lastRecordedAt: string | null;
  readonly latestCheckpointSize: number | null;
}

const ledgerSchema = obj({
  origin: nullable(str('the log origin: the first line of its checkpoints (else the verifier key name)')),
  size: count('number of entries'),
  root: str('standard base64 RFC 6962 root of all entries'),
  verifierKey: nullable(str('the Ed25519 verifier key `name+keyid+base64` that signs checkpoints')),
  lastRecordedAt: nullable(time('recordedAt of the last entry')),
  latestCheckpointSize: nullable(count('size of the latest stored signed checkpoint')),
});

const IMMUTABLE = 'public, max-age=86400, immutable';

/** A head's ETag extended with the latest checkpoint's size: a new checkpoint changes the answer, not the head. */
function withCheckpoint(etag: string, checkpoints: number | string | undefined): string {
  return `${etag.slice(0, -1)}-c${checkpoints ?? 'none'}"`;
}

/** The origin of a checkpoint note: its first line. */
function originOf(note: string): string | null {
  const line = note.slice(0, note.indexOf('\n'));
  return line === '' ? null : line;
}

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get(
    '/v1/ledger',
    {
      schema: {
        tags: ['ledger'],
        summary: 'The ledger head: origin, size, root and verifier key',
        querystring: query({}),
        response: responses(ledgerSchema),
      },
    },
    async (request, reply) => {
      const head = await ctx.heads.current();
      const latest = await ctx.store.log.checkpoint();
      if (notModified(request.headers['if-none-match'], reply, withCheckpoint(head.etag, latest?.size))) return reply;
      const dto: LedgerDto = {
        origin: (latest && originOf(latest.note)) ?? ctx.verifierKeyName ?? null,
        size: head.size,
        root: head.root,
        verifierKey: ctx.verifierKey ?? null,
        lastRecordedAt: head.lastRecordedAt,
        latestCheckpointSize: latest?.size ?? null,
      };
      return dto;
    },
  );

  app.get<{ Querystring: { size?: number } }>(
    '/v1/ledger/checkpoint',
    {
      schema: {
        tags: ['ledger'],
        summary: 'A signed checkpoint (C2SP signed note): the latest, or the one stored for ?size=N',
        querystring: query({
          size: { type: 'integer', minimum: 0, description: 'the tree size of a stored checkpoint' },
        }),
        response: {
          ...responses({}, 404),
          200: {
            description: 'The signed note: `<origin>\\n<size>\\n<base64 root>\\n\\n— <name> <base64 signature>\\n`',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
        },
      },
    },
    async (request, reply) => {
      const { size } = request.query;
      const checkpoint = await ctx.store.log.checkpoint(size);
      if (!checkpoint)
        return sendFailure(reply, notFound('checkpoint', size === undefined ? 'latest' : `of size ${size}`));
      if (size !== undefined) {
        reply.header('etag', `"checkpoint-${checkpoint.size}"`).header('cache-control', IMMUTABLE);
      } else {
        if (notModified(request.headers['if-none-match'], reply, `"checkpoint-${checkpoint.size}"`)) return reply;
      }
      return reply.type('text/plain; charset=utf-8').send(checkpoint.note);
    },
  );

  app.get(
    '/v1/ledger/checkpoints',
    {
      schema: {
        tags: ['ledger'],
        summary: 'The sizes of every stored signed checkpoint, in increasing order',
        querystring: query({}),
        response: responses(obj({ sizes: list(count()) })),
      },
    },
    async (request, reply) => {
      const head = await ctx.heads.current();
      const checkpoints = await ctx.store.log.checkpoints();
      const latest = checkpoints[checkpoints.length - 1]?.size;
      const version = latest === undefined ? undefined : `${latest}.${checkpoints.length}`;
      if (notModified(request.headers['if-none-match'], reply, withCheckpoint(head.etag, version))) return reply;
      return { sizes: checkpoints.map((c) => c.size) };
    },
  );
}

/** The ledger and checkpoint routes. */
export const ledgerRoutes: RouteModule = { needs: [], register };
