/**
 * The failures the read API answers with, in core's one namespace of codes: each has a
 * stable `GL_` code (the `error.code` of the answer), its HTTP status, when it happens and
 * what a caller should do. The reader maps each of its failures to one of these.
 */

/** One kind of read API failure: its code, status, when it happens and what to do. */
export interface ReadApiErrorEntry {
  readonly code: string;
  readonly status: number;
  readonly when: string;
  readonly remedy: string;
}

/** Every failure of the read API, by code. */
export const READ_API_ERRORS = {
  GL_BAD_PARAMETER: {
    code: 'GL_BAD_PARAMETER',
    status: 400,
    when: 'a query parameter or path segment is missing, unknown, malformed or out of range; `parameter` names it',
    remedy: 'fix the named parameter as the message says (see the OpenAPI description at /openapi.json)',
  },
  GL_UNAUTHORIZED: {
    code: 'GL_UNAUTHORIZED',
    status: 401,
    when: 'an auditor route was asked without a valid bearer token',
    remedy: 'send the auditor token the operator issued as `Authorization: Bearer …`',
  },
  GL_NOT_FOUND: {
    code: 'GL_NOT_FOUND',
    status: 404,
    when: 'the route, or the thing it names (as of the state asked for), does not exist',
    remedy: 'check the id and the asOf point: a thing recorded later does not exist yet at an earlier point',
  },
  GL_METHOD_NOT_ALLOWED: {
    code: 'GL_METHOD_NOT_ALLOWED',
    status: 405,
    when: 'a method other than GET or HEAD: the read API never writes',
    remedy: 'use GET; acts are recorded with `govledger submit`, never through the read API',
  },
  GL_BODY_TOO_LARGE: {
    code: 'GL_BODY_TOO_LARGE',
    status: 413,
    when: 'the request carries a body over the limit',
    remedy: 'send no body: the read API reads none',
  },
  GL_URL_TOO_LONG: {
    code: 'GL_URL_TOO_LONG',
    status: 414,
    when: 'the request URL is longer than the reader accepts',
    remedy: 'ask for fewer records per request (split a batch of proofs into several requests)',
  },
  GL_UNSUPPORTED_MEDIA_TYPE: {
    code: 'GL_UNSUPPORTED_MEDIA_TYPE',
    status: 415,
    when: 'the request carries a body of some media type',
    remedy: 'send no body: the read API reads none',
  },
  GL_RATE_LIMITED: {
    code: 'GL_RATE_LIMITED',
    status: 429,
    when: "too many requests from one client, or fresh past-state work beyond the client's budget",
    remedy: 'wait the seconds `Retry-After` names, then ask again',
  },
  GL_INTERNAL_ERROR: {
    code: 'GL_INTERNAL_ERROR',
    status: 500,
    when: 'a bug or an I/O failure of the reader; the answer carries no detail',
    remedy: 'the operator finds the error in the log of `govledger serve`; report it',
  },
  GL_UNAVAILABLE: {
    code: 'GL_UNAVAILABLE',
    status: 503,
    when: 'something the request needs is not configured or failed (e.g. the personal-data key store)',
    remedy: 'ask the operator; the message says what is missing',
  },
} as const satisfies Record<string, ReadApiErrorEntry>;

/** The code of a read API failure. */
export type ReadApiErrorCode = keyof typeof READ_API_ERRORS;
