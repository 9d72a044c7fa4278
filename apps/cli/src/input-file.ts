/**
 * Reading a file a command was pointed at (a checkpoint, a bundle, an evidence file, a
 * previous report's checkpoint): a failure is an environment error (exit 3) naming what the
 * file was for, its path and why it could not be read.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, environmentError } from './cli-error.ts';

/** The largest input file read whole (checkpoints, bundles, evidence, keys): 16 MiB. */
export const MAX_INPUT_FILE_BYTES = 16 * 1024 * 1024;

/** Reads at most `maxBytes + 1` bytes of `path`, so an endless input (`/dev/zero`, a pipe) cannot hang the reader. */
function readBounded(path: string, maxBytes: number): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return null;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of `path` (relative to `cwd`); `what` names the file in the error, e.g.
 * "checkpoint file". A file over `maxBytes` is refused (exit 1) without reading the rest.
 */
export function readInputFile(path: string, cwd: string, what: string, maxBytes = MAX_INPUT_FILE_BYTES): Buffer {
  let bytes: Buffer | null;
  try {
    bytes = readBounded(resolve(cwd, path), maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw environmentError(`cannot read ${what} ${path}: ${why}`);
  }
  if (bytes === null)
    throw new CliError(`${what} ${path} is larger than ${maxBytes} bytes: refused without reading it all`);
  return bytes;
}

/** {@link readInputFile} as UTF-8 text. */
export function readInputText(path: string, cwd: string, what: string, maxBytes = MAX_INPUT_FILE_BYTES): string {
  return readInputFile(path, cwd, what, maxBytes).toString('utf8');
}
