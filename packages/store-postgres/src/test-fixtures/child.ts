/**
 * Test helper: a fixture script run as its own Node process (through tsx), its stdout
 * followed line by line, so tests can append from several processes and kill one mid-batch.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** A running fixture process. */
export interface FixtureProcess {
  readonly process: ChildProcess;
  /** Every line printed so far. */
  readonly lines: string[];
  /** Resolves once the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Resolves when `count` printed lines satisfy `match` (rejects if the process ends first). */
  waitFor(match: (line: string) => boolean, count?: number): Promise<void>;
}

/** Starts `test-fixtures/<script>` with `args` under `node --import tsx`. */
export function runFixture(script: string, args: readonly string[]): FixtureProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, script), ...args], {
    cwd: join(here, '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const listener of listeners) listener();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return {
    process: child,
    lines,
    exited,
    waitFor: (match, count = 1) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (lines.filter(match).length < count) return false;
          listeners.delete(check);
          resolve();
          return true;
        };
        if (check()) return;
        listeners.add(check);
        void exited.then(({ code, signal }) => {
          if (!check()) reject(new Error(`${script} ended (code ${code}, signal ${signal}) early; stderr: ${stderr}`));
        });
      }),
  };
}
