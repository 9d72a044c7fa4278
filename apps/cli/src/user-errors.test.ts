import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { runCli } from './program.ts';
import { govledger, proposedEventsNdjson, scratchDir } from './test-support/run-cli.ts';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Runs the real executable with its standard output closed before it writes anything. */
function runWithClosedOutput(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', tsx, main, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('the command line explains what went wrong in the terms of its user', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cwd: string;
  beforeEach(() => {
    scratch = scratchDir();
    cwd = scratch.dir;
  });
  afterEach(() => scratch.remove());

  it('verify of a missing database says there is no ledger there (exit 3), like every other verb', async () => {
    const run = await govledger(['verify', '--db', 'missing.db'], { cwd });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/no ledger at \S*missing\.db/);
  });

  it('serve on a port in use is an environment error (exit 3) that points to --port, without a stack', async () => {
    await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd });
    const busy: Server = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const port = (busy.address() as { port: number }).port;
    try {
      const run = await govledger(['serve', '--db', 'l.db', '--port', String(port)], { cwd });
      expect(run.code).toBe(3);
      expect(run.stderr).toContain(`port ${port} is in use`);
      expect(run.stderr).toContain('--port');
      expect(run.stderr).not.toContain('internal error');
    } finally {
      await new Promise((done) => busy.close(done));
    }
  });

  it('a long option spelt out in full gets "did you mean" the short form (--database → --db)', async () => {
    const run = await govledger(['export', '--database', 'l.db'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--database'");
    expect(run.stderr).toContain('(Did you mean --db?)');
  });

  it('export into a reader that stops reading ends quietly with exit 0', async () => {
    await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd });
    await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(40) });
    let writes = 0;
    let mostListeners = 0;
    const closing = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        writes++;
        mostListeners = Math.max(mostListeners, closing.listenerCount('close'), closing.listenerCount('drain'));
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    closing.on('error', () => {});
    const stderr: string[] = [];
    const io: CliIo = {
      stdin: process.stdin,
      stdout: closing,
      stderr: new Writable({
        write(chunk, _encoding, done) {
          stderr.push(String(chunk));
          done();
        },
      }),
      env: {},
      cwd,
    };
    const code = await runCli(['export', '--db', 'l.db'], io);
    expect(code).toBe(0);
    expect(writes).toBe(1);
    expect(stderr.join('')).not.toMatch(/internal error|EPIPE/);
    expect(mostListeners).toBeLessThanOrEqual(1);
  });

  it('the executable with its output pipe closed (--help | head -1) exits 0 without a stack trace', async () => {
    const run = await runWithClosedOutput(['--help'], cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
