/**
 * Reading a file a command was pointed at (a checkpoint, a bundle, an evidence file, a
 * previous report's checkpoint): a failure is an environment error (exit 3) naming what the
 * file was for, its path and why it could not be read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { environmentError } from './cli-error.ts';

/** The bytes of `path` (relative to `cwd`); `what` names the file in the error, e.g. "checkpoint file". */
export function readInputFile(path: string, cwd: string, what: string): Buffer {
  try {
    return readFileSync(resolve(cwd, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw environmentError(`cannot read ${what} ${path}: ${why}`);
  }
}

/** {@link readInputFile} as UTF-8 text. */
export function readInputText(path: string, cwd: string, what: string): string {
  return readInputFile(path, cwd, what).toString('utf8');
}
