/**
 * The real thing for browser tests: a demo ledger made by `govledger demo` and served by
 * `govledger serve` (the dashboard at `/` beside the read API), each as its own process
 * running the CLI's sources through tsx. Test code only.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CLI_MAIN = fileURLToPath(new URL('../../../cli/src/main.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** A served demo ledger. */
export interface DemoServer {
  readonly url: string;
  readonly dir: string;
  readonly db: string;
  stop(): Promise<void>;
}

function runCli(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI_MAIN, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`govledger ${args[0]} exited ${code}: ${output}`)),
    );
  });
}

/**
 * Serves `db` with no per-client rate limit: the browser tests load the page dozens of times a
 * minute from one address, and the default limit (600 requests a minute) would refuse some.
 */
function serve(cwd: string, db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', TSX, CLI_MAIN, 'serve', '--db', db, '--port', '0', '--rate-limit', '0'],
    {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /dashboard: (http:\/\/\S+)\//.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

/** Records the demo history into a new ledger in a scratch directory and serves it. */
export async function startDemoServer(): Promise<DemoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'govledger-dashboard-'));
  const db = join(dir, 'demo.db');
  try {
    await runCli(['demo', '--db', db], dir);
    const { child, url } = await serve(dir, db);
    return {
      url,
      dir,
      db,
      stop: async () => {
        if (child.exitCode === null) {
          const exited = new Promise((done) => child.once('exit', done));
          child.kill('SIGTERM');
          await exited;
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
