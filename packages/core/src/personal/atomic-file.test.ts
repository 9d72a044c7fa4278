import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { files, withFileLock, writeFileAtomically } from './atomic-file.ts';

describe('atomic key store writes under failure', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves neither a partial temporary nor a changed file when the disk is full (ENOSPC)', async () => {
    const path = join(dir, 'l.keys');
    writeFileSync(path, 'old');
    const realOpen = files.open;
    vi.spyOn(files, 'open').mockImplementation(async (...args: Parameters<typeof realOpen>) => {
      const handle = await realOpen(...args);
      handle.writeFile = async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      return handle;
    });
    await expect(writeFileAtomically(path, 'new')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readdirSync(dir)).toEqual(['l.keys']);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('takes over a lock file naming a process that no longer runs, and tells', async () => {
    const lock = join(dir, 'l.keys.lock');
    writeFileSync(lock, '2147483646\n');
    const stale: (number | null)[] = [];
    const result = await withFileLock(
      lock,
      { attempts: 3, pauseMs: 1, onStaleLock: (pid) => stale.push(pid) },
      async () => 'ran',
    );
    expect(result).toEqual({ _tag: 'Right', right: 'ran' });
    expect(stale).toEqual([2147483646]);
  });

  it('does not take over a lock held by a running process', async () => {
    const lock = join(dir, 'l.keys.lock');
    writeFileSync(lock, `${process.ppid}\n`);
    const result = await withFileLock(lock, { attempts: 3, pauseMs: 1 }, async () => 'ran');
    expect(result).toEqual({ _tag: 'Left', left: { _tag: 'KeyStoreLocked', lockPath: lock } });
  });
});
