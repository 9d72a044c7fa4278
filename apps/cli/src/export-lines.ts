/**
 * Splitting an export into its lines as raw bytes (no decoding and re-encoding: an audit
 * hashes exactly the bytes it was given). A trailing newline ends the last line.
 */
import type { Readable } from 'node:stream';
import { CliError, environmentError } from './cli-error.ts';

/** The longest export line read: a leaf is at most 65,535 bytes, so anything far longer is not an export. */
export const MAX_EXPORT_LINE_BYTES = 1024 * 1024;

/**
 * Yields each `\n`-terminated line as bytes, reporting bytes read so far. The input is opened
 * only when iteration starts (an audit that fails on its checkpoint never opens the export)
 * and closed when iteration stops early.
 */
export async function* exportLines(open: () => Readable, onBytes?: (read: number) => void): AsyncIterable<Buffer> {
  const input = open();
  let pending: Buffer = Buffer.alloc(0);
  let read = 0;
  let lines = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      read += chunk.length;
      onBytes?.(read);
      let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
        lines++;
        yield data.subarray(start, nl);
        start = nl + 1;
      }
      data = data.subarray(start);
      if (data.length > MAX_EXPORT_LINE_BYTES)
        throw new CliError(
          `export line ${lines + 1} is longer than ${MAX_EXPORT_LINE_BYTES} bytes: not an export (a leaf is at most 65,535 bytes)`,
        );
      pending = Buffer.from(data);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw environmentError(`cannot read export: ${(error as Error).message}`);
  } finally {
    input.destroy();
  }
  if (pending.length > 0) yield pending;
}
