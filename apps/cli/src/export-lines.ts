/**
 * Splitting an export into its lines as raw bytes (no decoding and re-encoding: an audit
 * hashes exactly the bytes it was given). A trailing newline ends the last line.
 */
import type { Readable } from 'node:stream';
import { environmentError } from './cli-error.ts';

/**
 * Yields each `\n`-terminated line as bytes, reporting bytes read so far. The input is opened
 * only when iteration starts (an audit that fails on its checkpoint never opens the export)
 * and closed when iteration stops early.
 */
export async function* exportLines(open: () => Readable, onBytes?: (read: number) => void): AsyncIterable<Buffer> {
  const input = open();
  let pending: Buffer = Buffer.alloc(0);
  let read = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      read += chunk.length;
      onBytes?.(read);
      let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
        yield data.subarray(start, nl);
        start = nl + 1;
      }
      data = data.subarray(start);
      pending = Buffer.from(data);
    }
  } catch (error) {
    throw environmentError(`cannot read export: ${(error as Error).message}`);
  } finally {
    input.destroy();
  }
  if (pending.length > 0) yield pending;
}
