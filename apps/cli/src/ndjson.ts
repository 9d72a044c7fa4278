/**
 * Reading NDJSON input line by line with line numbers, from a file or standard input.
 *
 * Lines are split on raw bytes and decoded as strict UTF-8: an invalid byte sequence is
 * refused with its line number instead of becoming U+FFFD silently, and a line longer than
 * the cap is refused without buffering the rest (an endless input cannot exhaust memory).
 * Each line is then parsed as strict JSON (core's `parseStrictJson`: no duplicate key, lone
 * surrogate, `__proto__` key or deep nesting).
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { parseStrictJson } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError } from './cli-error.ts';

/** One non-blank input line, numbered from 1 as an editor shows it. */
export interface NumberedLine {
  readonly line: number;
  readonly text: string;
}

/** The longest input line accepted: 1 MiB (a leaf is at most 64 KiB; a command is smaller still). */
export const MAX_LINE_BYTES = 1024 * 1024;

/** Opens `path` (relative to `cwd`), or standard input for `-` or no path. */
export function inputStream(path: string | undefined, io: { stdin: Readable; cwd: string }): Readable {
  if (path === undefined || path === '-') return io.stdin;
  return createReadStream(resolve(io.cwd, path));
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeLine(bytes: Buffer, line: number, name: string): string {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
  try {
    return utf8.decode(bytes.subarray(0, end));
  } catch {
    throw new CliError(`nothing was written: ${name} line ${line}: not valid UTF-8 (an invalid byte sequence)`);
  }
}

function tooLong(line: number, name: string, maxBytes: number): CliError {
  return new CliError(`nothing was written: ${name} line ${line}: longer than ${maxBytes} bytes`);
}

/** Yields every non-blank line of `input` with its 1-based line number (see the module comment). */
export async function* numberedLines(
  input: Readable,
  name: string,
  maxBytes: number = MAX_LINE_BYTES,
): AsyncIterable<NumberedLine> {
  let line = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const emit = (bytes: Buffer): NumberedLine | null => {
    line++;
    if (bytes.length > maxBytes) throw tooLong(line, name, maxBytes);
    const text = decodeLine(bytes, line, name);
    return text.trim() !== '' ? { line, text } : null;
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer | string>) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
        const piece = data.subarray(start, nl);
        const bytes = pendingBytes > 0 ? Buffer.concat([...pending, piece]) : piece;
        pending = [];
        pendingBytes = 0;
        const out = emit(bytes);
        if (out) yield out;
        start = nl + 1;
      }
      if (start < data.length) {
        pending.push(Buffer.from(data.subarray(start)));
        pendingBytes += data.length - start;
        if (pendingBytes > maxBytes) throw tooLong(line + 1, name, maxBytes);
      }
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw environmentError(`cannot read ${name}: no such file`);
    throw environmentError(`cannot read ${name}: ${(error as Error).message}`);
  } finally {
    input.destroy();
  }
  if (pendingBytes > 0) {
    const out = emit(Buffer.concat(pending));
    if (out) yield out;
  }
}

/** Parses one NDJSON line strictly, or returns why it is refused (naming the field when there is one). */
export function parseJsonLine(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const parsed = parseStrictJson(text);
  if (isLeft(parsed))
    return {
      ok: false,
      reason: parsed.left.path === '(root)' ? parsed.left.reason : `${parsed.left.path}: ${parsed.left.reason}`,
    };
  return { ok: true, value: parsed.right };
}
