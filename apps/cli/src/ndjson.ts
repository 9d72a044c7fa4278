/**
 * Reading NDJSON input line by line with line numbers, from a file or standard input.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { environmentError } from './cli-error.ts';

/** One non-blank input line, numbered from 1 as an editor shows it. */
export interface NumberedLine {
  readonly line: number;
  readonly text: string;
}

/** Opens `path` (relative to `cwd`), or standard input for `-` or no path. */
export function inputStream(path: string | undefined, io: { stdin: Readable; cwd: string }): Readable {
  if (path === undefined || path === '-') return io.stdin;
  return createReadStream(resolve(io.cwd, path));
}

/** Yields every non-blank line of `input` with its 1-based line number. */
export async function* numberedLines(input: Readable, name: string): AsyncIterable<NumberedLine> {
  let line = 0;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() !== '') yield { line, text };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw environmentError(`cannot read ${name}: no such file`);
    throw environmentError(`cannot read ${name}: ${(error as Error).message}`);
  }
}

/** Parses one NDJSON line, or returns why it is not JSON. */
export function parseJsonLine(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
}
