/**
 * `GET /v1/diff?from=&asOf=&projection=&limit=`: for every projection (or one), what
 * differs between its state as of `from` and as of `asOf` (default: the head) — items
 * added, removed and changed, field by field, with the events between that caused each.
 *
 * The public gets the public view of changes: secret ballots named as causes lose their
 * actor, and a vote's choice totals are withheld while it is open at either end (a diff
 * across one ballot would tell its choice). Auditors get every change. The state as of
 * `from` resumes from the store's snapshots, so a diff costs the entries between the two
 * points (plus at most a milestone's distance before `from`).
 */
import { diffSizes, type ProjectionChanges } from '@govledger/core';
import { audit, governanceProjections, type votes } from '@govledger/governance';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { FastifyInstance } from 'fastify';
import { notModified } from '../conditional.ts';
import type { ReaderContext } from '../context.ts';
import { itemChangeSchema } from '../dto/changes.ts';
import { badParameter } from '../errors.ts';
import { asOfFrom, asOfParam, limitParam } from '../query-params.ts';
import { type LedgerPoint, ledgerPointOf, ledgerPointSchema, responses } from '../responses.ts';
import type { RouteModule } from '../route-module.ts';
import { count, list, obj, oneOf, query, str } from '../schema.ts';
import { sendFailure } from '../send-failure.ts';
import { attest } from '../state-reply.ts';
import { rangeOf } from '@govledger/core';

const NAMES = governanceProjections.map((p) => p.name);

const diffSchema = obj({
  from: ledgerPointSchema,
  asOf: ledgerPointSchema,
  access: oneOf(['public', 'auditor']),
  projections: list(
    obj({
      name: str(),
      added: count(),
      removed: count(),
      changed: count(),
      items: list(itemChangeSchema),
      itemsOmitted: count('items beyond the limit'),
    }),
  ),
});

interface DiffQuery {
  from: string;
  asOf?: string;
  projection?: string;
  limit: number;
}

function register(app: FastifyInstance, ctx: ReaderContext): void {
  /** The ledger point of the first `size` entries (roots come from the reader's cache). */
  const pointAt = async (size: number): Promise<LedgerPoint> =>
    ledgerPointOf({ size, root: await ctx.heads.rootOf(size) });

  app.get<{ Querystring: DiffQuery }>(
    '/v1/diff',
    {
      schema: {
        tags: ['audit'],
        summary: 'What changed in every projection between two points of the ledger, and which events changed it',
        querystring: query(
          {
            from: { ...asOfParam, description: 'The earlier point: a ledger index or ISO-8601 UTC time (as asOf).' },
            asOf: asOfParam,
            projection: oneOf(NAMES, 'only this projection'),
            limit: limitParam(500, 50),
          },
          ['from'],
        ),
        response: responses(diffSchema, 401),
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
      if (isLeft(range)) {
        return sendFailure(
          reply,
          badParameter(
            'from',
            `lies after asOf: ${range.left.fromSize} entries as of from, ${range.left.toSize} as of asOf`,
          ),
        );
      }
      const asOf = await pointAt(range.right.toSize);
      attest(reply, asOf.size, asOf.root);
      if (auditor) reply.header('cache-control', 'no-store');
      else if (notModified(request.headers['if-none-match'], reply, head.etag)) return reply;
      // Every answer here replays the log: it spends the client's budget of fresh as-of work.
      const retryAfterSeconds = ctx.asOfBudget.take(request.ip);
      if (retryAfterSeconds > 0) return sendFailure(reply, { _tag: 'RateLimited', retryAfterSeconds });
      const projections = governanceProjections.filter(
        (p) => !request.query.projection || p.name === request.query.projection,
      );
      const needed =
        request.query.projection === undefined || request.query.projection === 'voteResults'
          ? projections
          : [...projections, ...governanceProjections.filter((p) => p.name === 'voteResults')];
      const { fromSize, toSize } = range.right;
      const diff = await diffSizes(ctx.store, needed, fromSize, toSize, {
        snapshots: ctx.store,
        causes: 5,
        fields: 50,
      });
      const voteResults = diff.statesAtTo.voteResults as votes.VoteResultsState | undefined;
      const shown = diff.projections
        .filter((p) => projections.some((q) => q.name === p.name))
        .map((p): ProjectionChanges => (auditor ? p : audit.publicChanges(p, voteResults)))
        .map((p) => ({
          name: p.name,
          added: p.added,
          removed: p.removed,
          changed: p.changed,
          items: p.items.slice(0, request.query.limit),
          itemsOmitted: Math.max(0, p.items.length - request.query.limit),
        }));
      return {
        from: await pointAt(fromSize),
        asOf,
        access: auditor ? 'auditor' : 'public',
        projections: shown,
      };
    },
  );
}

/** The diff route. */
export const diffRoutes: RouteModule = { needs: [], register };
