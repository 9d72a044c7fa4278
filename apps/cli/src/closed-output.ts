/**
 * A closed output pipe (`govledger export | head -1`): the reader has what it wanted, so the
 * command ends quietly, as Unix tools do, instead of reporting a write error.
 */

/** Whether `error` is a write to a pipe whose reader has gone (EPIPE) or a stream already closed. */
export function isClosedOutput(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}
