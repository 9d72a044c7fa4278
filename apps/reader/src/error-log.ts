/**
 * The reader's log as `govledger serve` runs it: errors only (an unexpected failure answered
 * 500 says "the operator can find it in the log", so it must be there), one JSON line each,
 * with nothing a client sent that could carry a secret or a person: no headers (the auditor
 * token travels in `Authorization`), no query string, no body.
 */
import type { FastifyServerOptions } from 'fastify';

/** The request as logged: method and path, without the query string. */
function requestForLog(request: { method?: string; url?: string }): { method?: string; path?: string } {
  return { method: request.method, path: request.url?.split('?')[0] };
}

/** The error as logged: its kind, code, message and stack. */
function errorForLog(error: Error & { code?: unknown }): {
  type: string;
  message: string;
  stack: string;
  code?: unknown;
} {
  return { type: error.name, code: error.code, message: error.message, stack: error.stack ?? '' };
}

/** Fastify logger options writing errors to `destination` (see the module comment). */
export function errorLog(destination: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level: 'error',
    stream: destination,
    serializers: { req: requestForLog, err: errorForLog },
  };
}
