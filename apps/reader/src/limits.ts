/**
 * The reader's request limits. A GET carries no body and a short query, so both limits are
 * small: large requests are refused before any work is done.
 */

/** The largest request body accepted, in bytes (the reader reads none). */
export const BODY_LIMIT_BYTES = 1024;

/** The longest request URL (path and query) accepted, in characters. */
export const MAX_URL_LENGTH = 2048;

/** The longest path parameter (an id), in characters. */
export const MAX_PARAM_LENGTH = 512;
