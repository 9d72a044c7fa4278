/**
 * Test helper: run a TypeScript fixture in a separate Node process (through tsx, as the
 * workspace does) and follow its stdout line by line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** A running fixture: its process, the lines it printed so far, and its exit. */
export interface Child {
  readonly process: ChildProcess;
  readonly lines: string[];
  /** Resolves with the exit code and signal once the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Resolves with the first printed line that satisfies `match` (rejects if the process ends first). */
  waitForLine(match: (line: string) => boolean): Promise<string>;
  /** Writes one line to the process's stdin. */
  send(line: string): void;
}

/** Starts `test-fixtures/<fixture>` with `args` under `node --import tsx`. */
export function startFixture(fixture: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, fixture), ...args], {
    cwd: join(here, '..', '..'),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.match(line))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return {
    process: child,
    lines,
    exited,
    send: (line) => {
      child.stdin?.write(`${line}\n`);
    },
    waitForLine: (match) => {
      const seen = lines.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise<string>((resolve, reject) => {
        waiters.push({ match, resolve });
        void exited.then(({ code, signal }) =>
          reject(
            new Error(
              `fixture ${fixture} ended (code ${code}, signal ${signal}) before printing the line; stderr: ${stderr}`,
            ),
          ),
        );
      });
    },
  };
}
