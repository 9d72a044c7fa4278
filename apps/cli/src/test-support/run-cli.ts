/**
 * Runs `govledger` in-process for tests, capturing its output and exit code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../io.ts';
import { runCli } from '../program.ts';

/** What one run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `govledger args…` in `cwd` with optional standard input and environment. */
export async function govledger(
  args: readonly string[],
  options: { cwd: string; stdin?: string; env?: Record<string, string | undefined> },
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const io: CliIo = {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd,
  };
  const code = await runCli(args, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** A fresh temporary directory and its removal. */
export function scratchDir(prefix = 'govledger-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** NDJSON of `n` valid proposed events spread over a few streams. */
export function proposedEventsNdjson(n: number, offset = 0): string {
  const lines: string[] = [];
  for (let i = offset; i < offset + n; i++) {
    lines.push(
      JSON.stringify({
        streamId: `sample-${i % 3}`,
        type: 'SampleRecorded',
        schemaVersion: 1,
        data: { n: i, community: '悦盛花苑' },
        metadata: { actor: { id: 'resident-1', role: 'resident' }, occurredAt: '2024-03-01T08:00:00Z' },
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
