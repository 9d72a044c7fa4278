/**
 * Answers a state endpoint from the answer cache before the route validates its query or
 * runs its handler: most requests of a polled dashboard repeat a URL whose answer has not
 * changed, and for them validation and the handler's parsing would only repeat work done
 * when the answer was computed (a held answer is always one that succeeded for that exact
 * URL). The hook runs after the `onRequest` hooks, so access checks and rate limiting still
 * apply to every request. It answers only when the store offers its head synchronously
 * (SQLite, memory); otherwise the route's handler checks the cache after reading the head.
 */
import type { FastifyInstance } from 'fastify';
import { isCurrent, sendAnswer } from './answer-cache.ts';
import type { ReaderContext } from './context.ts';

/** Adds the `preValidation` hook that answers GET requests from held, current answers. */
export function answerFromHeldAnswers(app: FastifyInstance, ctx: Pick<ReaderContext, 'answers' | 'heads' | 'nowMs'>) {
  app.addHook('preValidation', (request, reply, done) => {
    if (request.method !== 'GET') return done();
    // The cache first: most URLs of other routes are never held, and need no head read.
    const answer = ctx.answers.held(request.url);
    if (answer === undefined) return done();
    const head = ctx.heads.currentIfKnown();
    if (head === undefined || !isCurrent(answer, head, ctx.nowMs())) return done();
    sendAnswer(reply, request.headers['if-none-match'], answer);
  });
}
