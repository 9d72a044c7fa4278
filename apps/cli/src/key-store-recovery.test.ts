import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { FileKeyStore, proposeErasure } from '@govledger/core';
import { isRight } from 'fp-ts/lib/Either.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLedger } from './open-ledger.ts';
import { COMPLAINANT, complaintLedger } from './test-support/complaint-ledger.ts';
import { govledger } from './test-support/run-cli.ts';

const coreIndex = pathToFileURL(fileURLToPath(new URL('../../../packages/core/src/index.ts', import.meta.url))).href;
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts a process that takes the key store's lock and holds it until killed; resolves once it holds it. */
function lockHolder(keyStore: string): Promise<ChildProcess> {
  const script = `
    const { FileKeyStore } = await import(${JSON.stringify(coreIndex)});
    const opened = await FileKeyStore.open(${JSON.stringify(keyStore)});
    await opened.right.batch(async () => {
      process.stdout.write('locked\\n');
      setInterval(() => {}, 1000);
      await new Promise(() => {});
    });`;
  const child = spawn(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('locked')) resolve(child);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`the lock holder exited with ${code}: ${output}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('the key store recovers from a process killed while using it', () => {
  let ledger: { dir: string; remove(): void };
  let cwd: string;
  beforeEach(async () => {
    ledger = await complaintLedger();
    cwd = ledger.dir;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    ledger.remove();
  });

  it('takes over a lock whose holder was killed (kill -9), saying so, and goes on', async () => {
    const keyStore = join(cwd, 'l.db.keys');
    const holder = await lockHolder(keyStore);
    const pid = holder.pid;
    await killed(holder);
    expect(existsSync(`${keyStore}.lock`)).toBe(true);
    const notices: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      notices.push(String(chunk));
      return true;
    });
    const run = await govledger(['forget', '--db', 'l.db', '--subject', COMPLAINANT.id, '--reason', 'PIPL art. 47'], {
      cwd,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(notices.join('')).toContain(`took over the key store lock ${keyStore}.lock left by process ${pid}`);
    expect(existsSync(`${keyStore}.lock`)).toBe(false);
  });

  it('still waits for, then refuses, a lock whose holder runs', async () => {
    const keyStore = join(cwd, 'l.db.keys');
    const holder = await lockHolder(keyStore);
    try {
      const run = await govledger(['forget', '--db', 'l.db', '--subject', COMPLAINANT.id, '--reason', 'r'], { cwd });
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('lock');
    } finally {
      await killed(holder);
    }
  });

  it('completes an erasure recorded before the process was killed, on the next opening of the key store', async () => {
    // The state a kill leaves between recording the erasure and destroying the keys.
    const store = openLedger(join(cwd, 'l.db'));
    const keys = await FileKeyStore.open(join(cwd, 'l.db.keys'));
    if (!isRight(keys)) throw new Error('no key store');
    const proposed = await proposeErasure(
      {
        subject: COMPLAINANT.id,
        requestedBy: COMPLAINANT.id,
        reason: 'PIPL art. 47',
        actor: { id: 'operator', role: 'system' },
        occurredAt: '2024-09-01T00:00:00Z',
      },
      keys.right,
    );
    if (!isRight(proposed)) throw new Error('erasure not proposed');
    expect(isRight(await store.appendBatch([proposed.right]))).toBe(true);
    await store.close();
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

    const history = await govledger(['history', '--db', 'l.db', '--stream', 'complaint-c-1', '--personal'], { cwd });
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout).not.toContain(COMPLAINANT.phone);

    const rerun = await govledger(['forget', '--db', 'l.db', '--subject', COMPLAINANT.id, '--reason', 'PIPL art. 47'], {
      cwd,
    });
    // `history` completed it on opening the key store: the subject is erased, nothing is pending.
    expect(rerun.code).toBe(1);
    expect(rerun.stderr).toContain('already erased');
  });

  it('reports, with exit 0, the erasure a rerun of forget completes', async () => {
    const store = openLedger(join(cwd, 'l.db'));
    const keys = await FileKeyStore.open(join(cwd, 'l.db.keys'));
    if (!isRight(keys)) throw new Error('no key store');
    const proposed = await proposeErasure(
      {
        subject: COMPLAINANT.id,
        requestedBy: COMPLAINANT.id,
        reason: 'PIPL art. 47',
        actor: { id: 'operator', role: 'system' },
        occurredAt: '2024-09-01T00:00:00Z',
      },
      keys.right,
    );
    if (!isRight(proposed)) throw new Error('erasure not proposed');
    await store.appendBatch([proposed.right]);
    await store.close();
    const rerun = await govledger(['forget', '--db', 'l.db', '--subject', COMPLAINANT.id, '--reason', 'PIPL art. 47'], {
      cwd,
    });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`completed the interrupted erasure of ${COMPLAINANT.id}`);
    const replay = await govledger(['history', '--db', 'l.db', '--stream', 'complaint-c-1', '--personal'], { cwd });
    expect(replay.stdout).not.toContain(COMPLAINANT.phone);
  });

  it('leaves no temporary file when the disk fills while the key store is written (ulimit -f)', async () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    // Dated now: the ledger records them at the wall clock and refuses acts dated long before it.
    const occurredAt = new Date().toISOString();
    const many = Array.from({ length: 200 }, (_, i) =>
      JSON.stringify({
        command: 'FileComplaint',
        actor: { id: `person-${i}`, role: 'resident' },
        occurredAt,
        data: {
          complaintId: `big-${i}`,
          communityId: 'cm-1',
          companyId: 'co-a',
          category: 'repair',
          complainantId: `person-${i}`,
          complainantName: '王某',
          complainantPhone: '13800000000',
          description: '漏水',
        },
      }),
    ).join('\n');
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        'bash',
        ['-c', `ulimit -f 64; exec "${process.execPath}" --import ${tsx} ${main} submit --db l.db -`],
        {
          cwd,
          stdio: ['pipe', 'ignore', 'pipe'],
        },
      );
      let err = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        err += chunk.toString();
      });
      child.on('exit', (c) => resolve({ code: c, stderr: err }));
      child.stdin!.end(`${many}\n`);
    });
    expect(code, stderr).toBe(3);
    expect(stderr).not.toContain('internal error');
    expect(stderr).toMatch(/EFBIG|SQLITE_FULL|SQLITE_IOERR/);
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
