/**
 * `GET /v1/coverage`: old-community coverage 老旧小区物业管理全覆盖 — counts, the exact rate,
 * counts per mode, and every management area and old community — as of `?asOf`.
 */
import { right } from 'fp-ts/lib/Either.js';
import { coverage } from '@govledger/governance';
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from '../context.ts';
import { coverageDto, coverageProperties } from '../dto/coverage.ts';
import { asOfParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { obj, query } from '../schema.ts';
import { replyWithState } from '../state-reply.ts';

const COVERAGE = coverage.coverage;

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Querystring: { asOf?: string } }>(
    '/v1/coverage',
    {
      schema: {
        tags: ['coverage'],
        summary: 'Old-community coverage: counts, exact rate, modes, areas and communities',
        querystring: query({ asOf: asOfParam }),
        response: responses(obj({ asOf: ledgerPointSchema, ...coverageProperties })),
      },
    },
    (request, reply) =>
      replyWithState(ctx, request, reply, { asOf: request.query.asOf }, (view) =>
        right({ asOf: ledgerPointOf(view), ...coverageDto(view.state(COVERAGE)) }),
      ),
  );
}

/** The coverage route. */
export const coverageRoutes: RouteModule = { needs: [COVERAGE.name], register };
