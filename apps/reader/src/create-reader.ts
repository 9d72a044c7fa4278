/**
 * `createReader`: the read API as a Fastify instance, GET only, over a store it is handed.
 * Order matters: the request hook (security headers, URL limit, access), rate limiting and
 * the OpenAPI collector come before the routes so that every route gets them; docs last.
 */
import { AsOfBudget } from './as-of-budget.ts';
import { nonCanonicalParameter } from './canonical-params.ts';
import rateLimit from '@fastify/rate-limit';
import { parseVerifierKey } from '@govledger/core';
import { governanceProjections, governanceUpcasters } from '@govledger/governance';
import { isLeft } from 'fp-ts/lib/Either.js';
import Fastify, { type FastifyInstance } from 'fastify';
import { AnswerCache } from './answer-cache.ts';
import { registerCompression } from './compression.ts';
import { type Access, AuditorAccess } from './auditor-access.ts';
import type { ReaderContext } from './context.ts';
import { checkDashboardRoot, DASHBOARD_HELMET_OPTIONS, isDashboardUrl, registerDashboard } from './dashboard-assets.ts';
import { failureOfError, handleError, handleNotFound } from './error-handler.ts';
import { badParameter, ReaderFailureError } from './errors.ts';
import { sendFailure } from './send-failure.ts';
import { answerFromHeldAnswers } from './held-answers.ts';
import { LedgerHeads } from './ledger-head.ts';
import { BODY_LIMIT_BYTES, MAX_PARAM_LENGTH, MAX_URL_LENGTH } from './limits.ts';
import { registerDocs, registerOpenApi } from './openapi.ts';
import { ProjectionStates } from './projection-states.ts';
import type { ReaderOptions } from './reader-options.ts';
import { ROUTE_MODULES } from './routes.ts';
import { LazySchemas } from './lazy-schemas.ts';
import { RequestActivity } from './request-activity.ts';
import { ReaderFold } from './reader-fold.ts';
import { StateProofs } from './state-proofs.ts';
import { API_HELMET_OPTIONS, helmetHeaders } from './security-headers.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: set from the Authorization header before any route runs. */
    access: Access;
  }
}

/** Builds the shared context, checking the options (a bad verifier key or token throws). */
function contextOf(options: ReaderOptions): ReaderContext & { readonly states: ProjectionStates } {
  let verifierKeyName: string | undefined;
  if (options.verifierKey !== undefined) {
    const parsed = parseVerifierKey(options.verifierKey);
    if (isLeft(parsed)) throw new RangeError(`verifierKey: ${parsed.left.reason}`);
    verifierKeyName = parsed.right.name;
  }
  const heads = new LedgerHeads(options.store);
  const clock = options.clock;
  // One fold of every projection with the state commitment: answers and proofs read it alike.
  const fold = new ReaderFold(options.store, {
    projections: options.projections ?? governanceProjections,
    upcasters: options.upcasters ?? governanceUpcasters,
    ...(options.snapshotEvery !== undefined ? { snapshotEvery: options.snapshotEvery } : {}),
  });
  return {
    store: options.store,
    heads,
    states: new ProjectionStates(
      options.store,
      heads,
      fold,
      options.pastStates !== undefined ? { pastStates: options.pastStates } : {},
    ),
    access: new AuditorAccess(options.auditorToken),
    answers: new AnswerCache(options.cachedAnswers ?? 512),
    keyStore: options.keyStore,
    verifierKey: options.verifierKey?.trim(),
    verifierKeyName,
    publicLeaves: options.publicLeaves ?? false,
    nowMs: clock ? () => clock().getTime() : Date.now,
    asOfBudget: new AsOfBudget(options.asOfBudget ?? {}, clock ? () => clock().getTime() : Date.now),
    stateProofs: new StateProofs(options.store, fold),
  };
}

/** How long after start-up the warm-up begins if no request was answered first. */
const WARM_UP_DELAY_MS = 2_000;

/**
 * Loads the fold in the background (see `ProjectionStates.warmUp`), starting after the first
 * answer (so the first request after a cold start decodes only what it needs) or a little
 * after start-up, each step begun only when no request came for a moment; then compiles the
 * route schemas no request compiled yet, then calls `afterWarmUp`. Closing stops it between
 * steps and waits for the step in progress, so the store is never closed under a fold.
 */
function warmUpWhenIdle(
  app: FastifyInstance,
  states: ProjectionStates,
  schemas: LazySchemas | undefined,
  afterWarmUp: (() => void) | undefined,
): void {
  const closing = new AbortController();
  const activity = new RequestActivity();
  let warming: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    if (warming) return;
    clearTimeout(timer);
    warming = states
      .warmUp(closing.signal, (signal) => activity.quiet(signal))
      .catch((error: unknown) => app.log.warn({ err: error }, 'warming up projections failed'))
      .then(async () => {
        if (schemas && (await activity.quiet(closing.signal))) await schemas.compileAll(closing.signal);
      })
      .catch((error: unknown) => app.log.warn({ err: error }, 'compiling route schemas failed'))
      .finally(() => afterWarmUp?.());
  };
  // Callback hooks, not async ones: they run on every request, and have nothing to wait for.
  app.addHook('onRequest', (_request, _reply, done) => {
    activity.seen();
    done();
  });
  app.addHook('onResponse', (_request, _reply, done) => {
    activity.seen();
    start();
    done();
  });
  app.addHook('onReady', async () => {
    timer = setTimeout(start, WARM_UP_DELAY_MS).unref();
  });
  app.addHook('onClose', async () => {
    clearTimeout(timer);
    closing.abort();
    await warming;
  });
}

/**
 * The read API over `options.store`. Nothing is listening yet: call `listen` (or `inject` in
 * tests). Closing the instance does not close the store, which belongs to the caller.
 *
 * @example
 * const reader = createReader({ store, verifierKey, auditorToken: process.env.GOVLEDGER_AUDITOR_TOKEN });
 * await reader.listen({ host: '127.0.0.1', port: 8080 });
 */
export function createReader(options: ReaderOptions): FastifyInstance {
  const ctx = contextOf(options);
  const dashboardRoot = options.dashboardRoot;
  if (dashboardRoot !== undefined) checkDashboardRoot(dashboardRoot);
  let apiHeaders: Readonly<Record<string, string>> = {};
  const schemas = options.lazySchemas ? new LazySchemas() : undefined;
  const app = Fastify({
    logger: options.logger ?? false,
    ...(schemas ? { schemaController: schemas.controller() } : {}),
    // A URL Fastify cannot decode (`/%zz`) gets the documented error shape and the API's headers.
    frameworkErrors: (error, _request, reply) => {
      reply.headers(apiHeaders);
      sendFailure(
        reply,
        failureOfError(error) ?? badParameter('(url)', 'is not a valid URL (a malformed percent escape)'),
      );
    },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  });
  app.removeAllContentTypeParsers();
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.decorateRequest('access', 'public');
  let pageHeaders: Readonly<Record<string, string>> = {};
  let dashboardHeaders: Readonly<Record<string, string>> = {};
  app.addHook('onReady', async () => {
    apiHeaders = await helmetHeaders(API_HELMET_OPTIONS);
    pageHeaders = await helmetHeaders();
    if (dashboardRoot !== undefined) dashboardHeaders = await helmetHeaders(DASHBOARD_HELMET_OPTIONS);
  });
  if (options.warmUp) warmUpWhenIdle(app, ctx.states, schemas, options.afterWarmUp);
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(
      request.url.startsWith('/docs')
        ? pageHeaders
        : dashboardRoot !== undefined && isDashboardUrl(request.url)
          ? dashboardHeaders
          : apiHeaders,
    );
    if (request.url.length > MAX_URL_LENGTH) {
      return done(new ReaderFailureError({ _tag: 'TooLarge', what: 'url', limit: MAX_URL_LENGTH }));
    }
    const access = ctx.access.accessOf(request.headers.authorization);
    if (isLeft(access)) return done(new ReaderFailureError(access.left));
    request.access = access.right;
    done();
  });
  answerFromHeldAnswers(app, ctx);
  app.addHook('preValidation', (request, _reply, done) => {
    const refused = nonCanonicalParameter(request);
    done(refused ? new ReaderFailureError(refused) : undefined);
  });
  if (options.corsOrigins?.length) {
    const origins = new Set(options.corsOrigins);
    app.addHook('onSend', async (request, reply) => {
      const origin = request.headers.origin;
      const vary = reply.getHeader('vary');
      reply.header('vary', vary ? `${String(vary)}, origin` : 'origin');
      if (origin && origins.has(origin)) reply.header('access-control-allow-origin', origin);
    });
  }
  if (options.rateLimit !== false) {
    const { max = 600, timeWindowMs = 60_000 } = options.rateLimit ?? {};
    app.register(rateLimit, {
      max,
      timeWindow: timeWindowMs,
      // Limit headers on 429 answers only: the hot path stays small.
      addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
      errorResponseBuilder: (_request, context) =>
        new ReaderFailureError({ _tag: 'RateLimited', retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
    });
  }
  registerCompression(app);
  const docs = options.docs ?? true;
  if (docs) registerOpenApi(app);
  app.register(async (scope) => {
    const served = new Set(ctx.states.names);
    for (const module of ROUTE_MODULES) {
      if (module.needs.every((name) => served.has(name))) {
        module.register(scope, { ...ctx, states: ctx.states.scoped(module.needs) });
      }
    }
  });
  if (docs) registerDocs(app);
  if (dashboardRoot !== undefined) registerDashboard(app, dashboardRoot);
  return app;
}
