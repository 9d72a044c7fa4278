/**
 * The registry of names:
 * - `GET /v1/registry?kind=`: every registered entry (company, project, street office,
 *   residents' community), or those of one kind, with name, kind, whether active and a
 *   project's managing companies over time;
 * - `GET /v1/registry/:kind/:id`: one entry.
 * Both as of `?asOf`.
 */
import { left, right } from 'fp-ts/lib/Either.js';
import { registry } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { REGISTRY_KINDS, registryEntriesDto, registryEntryDto, registryEntrySchema } from '../dto/registry.ts';
import { notFound } from '../errors.ts';
import { ownEntry } from '../own-entry.ts';
import { asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { list, obj, oneOf, pathParams, query } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const REGISTRY = registry.registry;

type Kind = (typeof REGISTRY_KINDS)[number];

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string; kind?: Kind } }>(
    '/v1/registry',
    {
      schema: {
        tags: ['registry'],
        summary: 'Every registered company, project, street office and community, with its name',
        querystring: query({ asOf: asOfParam, kind: oneOf(REGISTRY_KINDS, 'only entries of this kind') }),
        response: responses(obj({ asOf: ledgerPointSchema, entries: list(registryEntrySchema) })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const kinds = request.query.kind ? [request.query.kind] : REGISTRY_KINDS;
        const entries = registryEntriesDto(view.state(REGISTRY), kinds);
        return right({ asOf: ledgerPointOf(view), entries });
      }),
  );

  app.get<{ Params: { kind: Kind; id: string }; Querystring: { asOf?: string } }>(
    '/v1/registry/:kind/:id',
    {
      schema: {
        tags: ['registry'],
        summary: 'One registered entry: its name, whether it is active and, for a project, who managed it',
        params: pathParams('kind', 'id'),
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, entry: registryEntrySchema }), 404),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) => {
        const { kind, id } = request.params;
        const table = REGISTRY_KINDS.includes(kind) ? view.state(REGISTRY)[kind] : undefined;
        const entry = table ? ownEntry(table, id) : undefined;
        if (!entry) return left(notFound(`registered ${kind}`, id));
        return right({ asOf: ledgerPointOf(view), entry: registryEntryDto(entry) });
      }),
  );
}

/** The registry route. */
export const registryRoutes: RouteModule = { needs: [REGISTRY.name], register };
