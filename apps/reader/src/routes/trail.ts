/**
 * `GET /v1/actors/:actorId/trail?from=&asOf=&period=&limit=`: every act of one actor (an
 * official, a company, a committee) between two points, with counts by type, role and
 * period (China Standard Time). For the public, secret ballots are left out entirely — not
 * even counted — since an owner's trail would tell that they voted and when.
 */
import { actorTrail, PERIOD_UNITS, type PeriodUnit } from '@govledger/core';
import { audit } from '@govledger/governance';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { FastifyInstance } from 'fastify';
import { notModified } from '../conditional.ts';
import type { ReaderContext } from '../context.ts';
import { eventRefSchema } from '../dto/changes.ts';
import { badParameter } from '../errors.ts';
import { asOfFrom, asOfParam, limitParam } from '../query-params.ts';
import { ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { count, list, nullable, obj, oneOf, pathParams, query, str, time } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';
import { attest } from '../state-reply.ts';
import { rangeOf } from '@govledger/core';

/** China Standard Time, in which the domain reckons months and quarters. */
const CHINA_STANDARD_TIME_MINUTES = 480;

const counts = { type: 'object', additionalProperties: { type: 'integer' } };

const trailSchema = obj({
  actorId: str(),
  access: oneOf(['public', 'auditor']),
  fromSize: count('first entry of the range'),
  toSize: count('ledger size at the end of the range'),
  period: oneOf(PERIOD_UNITS),
  total: count(),
  byType: counts,
  byRole: counts,
  byPeriod: { type: 'object', additionalProperties: counts },
  firstAt: nullable(time()),
  lastAt: nullable(time()),
  acts: list(eventRefSchema),
  actsOmitted: count(),
  asOf: ledgerPointSchema,
});

interface TrailQuery {
  from?: string;
  asOf?: string;
  period: PeriodUnit;
  limit: number;
}

function register(app: FastifyInstance, ctx: ReaderContext): void {
  app.get<{ Params: { actorId: string }; Querystring: TrailQuery }>(
    '/v1/actors/:actorId/trail',
    {
      schema: {
        tags: ['audit'],
        summary: 'Every act of one actor, with counts by type and period (secret ballots left out for the public)',
        params: pathParams('actorId'),
        querystring: query({
          from: { ...asOfParam, description: 'Start after this point (default: the beginning).' },
          asOf: asOfParam,
          period: { ...oneOf(PERIOD_UNITS, 'count by this period (China Standard Time)'), default: 'month' },
          limit: limitParam(1000, 100),
        }),
        response: responses(trailSchema, 401),
      },
    },
    async (request, reply) => {
      const auditor = request.access === 'auditor';
      reply.header('vary', 'authorization');
      const from = asOfFrom(request.query.from);
      if (isLeft(from)) return sendFailure(reply, badParameter('from', from.left.reason));
      const to = asOfFrom(request.query.asOf);
      if (isLeft(to)) return sendFailure(reply, to.left);
      const head = await ctx.heads.current();
      const range = await rangeOf(ctx.store, from.right ?? { index: -1 }, to.right);
      if (isLeft(range)) return sendFailure(reply, badParameter('from', 'lies after asOf'));
      const asOf = ledgerPointOf({ size: range.right.toSize, root: await ctx.heads.rootOf(range.right.toSize) });
      attest(reply, asOf.size, asOf.root);
      if (auditor) reply.header('cache-control', 'no-store');
      else if (notModified(request.headers['if-none-match'], reply, head.etag)) return reply;
      // Every answer here replays the log: it spends the client's budget of fresh as-of work.
      const retryAfterSeconds = ctx.asOfBudget.take(request.ip);
      if (retryAfterSeconds > 0) return sendFailure(reply, { _tag: 'RateLimited', retryAfterSeconds });
      const trail = await actorTrail(ctx.store, request.params.actorId, {
        ...range.right,
        period: request.query.period,
        offsetMinutes: CHINA_STANDARD_TIME_MINUTES,
        limit: request.query.limit,
        ...(auditor ? {} : { exclude: (event) => audit.SECRET_ACT_TYPES.has(event.type) }),
      });
      return { ...trail, asOf, access: auditor ? 'auditor' : 'public' };
    },
  );
}

/** The actor trail route. */
export const trailRoutes: RouteModule = { needs: [], register };
