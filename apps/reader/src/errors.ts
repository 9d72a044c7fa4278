/**
 * The reader's error catalogue: every expected failure is a tagged value, and this is the one
 * place that maps each tag to an HTTP status, its code in core's one catalogue
 * (`READ_API_ERRORS`, docs/errors.md) and the message a caller needs (which parameter, which
 * id, which rule). Every error body is `{"error": {"code", "message"}}` (plus
 * `parameter` for a bad parameter); no stack trace or internal detail is ever sent.
 */
import { READ_API_ERRORS, type ReadApiErrorCode } from '@govledger/core';

/** A query parameter (or path segment) is missing, malformed or out of range. */
export interface BadParameter {
  readonly _tag: 'BadParameter';
  /** The parameter's name as the caller wrote it, e.g. `limit` or `asOf`. */
  readonly parameter: string;
  /** Why it was refused, e.g. `must be an integer from 1 to 1000`. */
  readonly reason: string;
}

/** The named thing does not exist (as of the state asked for). */
export interface NotFound {
  readonly _tag: 'NotFound';
  /** What was looked for, e.g. `complaint`, `checkpoint`, `route`. */
  readonly what: string;
  readonly id: string;
}

/** The request needs a valid auditor token, or carried an invalid one. */
export interface Unauthorized {
  readonly _tag: 'Unauthorized';
  readonly reason: string;
}

/** A method other than GET or HEAD. The read API never writes. */
export interface MethodNotAllowed {
  readonly _tag: 'MethodNotAllowed';
  readonly method: string;
}

/** Too many requests from one client in the rate-limit window. */
export interface RateLimited {
  readonly _tag: 'RateLimited';
  readonly retryAfterSeconds: number;
}

/** The request line or body exceeds the reader's limits. */
export interface TooLarge {
  readonly _tag: 'TooLarge';
  readonly what: 'url' | 'body';
  readonly limit: number;
}

/** A request body of a media type the reader does not read (it reads none). */
export interface UnsupportedMediaType {
  readonly _tag: 'UnsupportedMediaType';
}

/** A dependency the request needs is not configured or failed (e.g. the personal-data key store). */
export interface Unavailable {
  readonly _tag: 'Unavailable';
  readonly reason: string;
}

/** A bug or an I/O failure; the message never carries the underlying error's text. */
export interface Internal {
  readonly _tag: 'Internal';
}

/** Every failure the reader answers with. */
export type ReaderFailure =
  | BadParameter
  | NotFound
  | Unauthorized
  | MethodNotAllowed
  | RateLimited
  | TooLarge
  | UnsupportedMediaType
  | Unavailable
  | Internal;

/** An error as sent: status, stable code and message. */
export interface HttpError {
  readonly status: number;
  readonly code: ReadApiErrorCode;
  readonly message: string;
  readonly parameter?: string;
}

/** The HTTP answer to a failure. Total over every tag. */
export function httpErrorOf(failure: ReaderFailure): HttpError {
  switch (failure._tag) {
    case 'BadParameter':
      return {
        status: 400,
        code: READ_API_ERRORS.GL_BAD_PARAMETER.code,
        message: `${failure.parameter}: ${failure.reason}`,
        parameter: failure.parameter,
      };
    case 'NotFound':
      return {
        status: 404,
        code: READ_API_ERRORS.GL_NOT_FOUND.code,
        message: `no ${failure.what} ${JSON.stringify(failure.id)}`,
      };
    case 'Unauthorized':
      return { status: 401, code: READ_API_ERRORS.GL_UNAUTHORIZED.code, message: failure.reason };
    case 'MethodNotAllowed':
      return {
        status: 405,
        code: READ_API_ERRORS.GL_METHOD_NOT_ALLOWED.code,
        message: `${failure.method} is not allowed: the read API answers GET and HEAD only`,
      };
    case 'RateLimited':
      return {
        status: 429,
        code: READ_API_ERRORS.GL_RATE_LIMITED.code,
        message: `too many requests; retry in ${failure.retryAfterSeconds} s`,
      };
    case 'TooLarge':
      return failure.what === 'url'
        ? {
            status: 414,
            code: READ_API_ERRORS.GL_URL_TOO_LONG.code,
            message: `the request URL exceeds ${failure.limit} characters`,
          }
        : {
            status: 413,
            code: READ_API_ERRORS.GL_BODY_TOO_LARGE.code,
            message: `the request body exceeds ${failure.limit} bytes`,
          };
    case 'UnsupportedMediaType':
      return {
        status: 415,
        code: READ_API_ERRORS.GL_UNSUPPORTED_MEDIA_TYPE.code,
        message: 'the read API accepts no request body',
      };
    case 'Unavailable':
      return { status: 503, code: READ_API_ERRORS.GL_UNAVAILABLE.code, message: failure.reason };
    case 'Internal':
      return {
        status: 500,
        code: READ_API_ERRORS.GL_INTERNAL_ERROR.code,
        message: 'internal error; the operator can find it in the log',
      };
  }
}

/** The JSON body of an error answer. */
export function errorBody(error: HttpError): { error: { code: string; message: string; parameter?: string } } {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.parameter !== undefined ? { parameter: error.parameter } : {}),
    },
  };
}

/** Shorthand for a {@link BadParameter}. */
export function badParameter(parameter: string, reason: string): BadParameter {
  return { _tag: 'BadParameter', parameter, reason };
}

/** Shorthand for a {@link NotFound}. */
export function notFound(what: string, id: string): NotFound {
  return { _tag: 'NotFound', what, id };
}

/**
 * A failure thrown across Fastify's hooks (where returning a value is not possible), caught
 * by the error handler and answered from the catalogue.
 */
export class ReaderFailureError extends Error {
  constructor(readonly failure: ReaderFailure) {
    super(httpErrorOf(failure).message);
    this.name = 'ReaderFailureError';
  }
}
