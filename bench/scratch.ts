/**
 * Scratch files for benchmarks, removed at exit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(process.env.GOVLEDGER_BENCH_DIR ?? tmpdir(), 'govledger-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** A fresh path in the benchmark's scratch directory. */
export function scratchFile(name: string): string {
  return join(dir, name);
}
