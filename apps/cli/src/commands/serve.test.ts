import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));
/** tsx's loader by absolute URL: the child runs in a scratch directory without node_modules. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts `govledger serve` as its own process and resolves with the URL it prints. */
function startServer(cwd: string, args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', tsx, main, 'serve', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

describe('govledger serve', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGTERM');
  });

  it('serves the ledger over HTTP, shows appends from another process, and refuses writes', async () => {
    const scratch = scratchDir();
    const cwd = scratch.dir;
    try {
      await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd });
      await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(4) });
      const server = await startServer(cwd, ['--db', 'l.db', '--port', '0']);
      child = server.child;
      const first = (await (await fetch(`${server.url}/v1/ledger`)).json()) as { size: number; verifierKey: string };
      expect(first.size).toBe(4);
      expect(first.verifierKey).toMatch(/^zjg\.example\/ledger\+[0-9a-f]{8}\+/);
      await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(3, 4) });
      const second = (await (await fetch(`${server.url}/v1/ledger`)).json()) as { size: number };
      expect(second.size).toBe(7);
      const checkpoint = await fetch(`${server.url}/v1/ledger/checkpoint`);
      expect(await checkpoint.text()).toContain('zjg.example/ledger\n7\n');
      expect((await fetch(`${server.url}/v1/ledger`, { method: 'POST' })).status).toBeGreaterThanOrEqual(404);
    } finally {
      child?.kill('SIGTERM');
      child = undefined;
      scratch.remove();
    }
  });

  it('answers 429 past --rate-limit requests a minute from one client', async () => {
    const scratch = scratchDir();
    const cwd = scratch.dir;
    try {
      await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd });
      const server = await startServer(cwd, ['--db', 'l.db', '--port', '0', '--rate-limit', '3']);
      child = server.child;
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${server.url}/v1/ledger`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      child?.kill('SIGTERM');
      child = undefined;
      scratch.remove();
    }
  });
});
