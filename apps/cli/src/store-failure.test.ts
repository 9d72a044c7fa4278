import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes.ts';
import { storeFailureOf } from './store-failure.ts';
import { govledger, scratchDir } from './test-support/run-cli.ts';

function namedError(name: string, code: unknown): Error {
  const error = new Error('the reason') as Error & { code: unknown };
  error.name = name;
  error.code = code;
  return error;
}

describe('store errors as the CLI reports them', () => {
  it('gives a store error its message, code and kind of failure, and nothing else', () => {
    expect(storeFailureOf(namedError('SqliteStoreError', 'GL_NOT_A_LEDGER_FILE'))).toMatchObject({
      message: 'the reason [GL_NOT_A_LEDGER_FILE]',
      kind: 'environment',
    });
    expect(storeFailureOf(namedError('EsdbStoreError', 'GL_CONTENDED'))?.kind).toBe('conflict');
    expect(storeFailureOf(namedError('SqliteStoreError', 'GL_CORRUPT_ENTRY'))?.kind).toBe('refused');
    expect(storeFailureOf(namedError('TypeError', 'X'))).toBeUndefined();
    expect(storeFailureOf(namedError('SqliteStoreError', 7))).toBeUndefined();
    expect(storeFailureOf(namedError('SqliteStoreError', 'NO_SUCH_CODE'))).toBeUndefined();
    expect(storeFailureOf(namedError('SqliteStoreError', 'NOT_A_LEDGER_FILE'))).toBeUndefined();
    expect(storeFailureOf(namedError('PostgresStoreError', 'GL_NO_LEDGER'))).toMatchObject({
      message: 'the reason [GL_NO_LEDGER]',
      kind: 'environment',
    });
    expect(storeFailureOf(namedError('EsdbStoreError', 'GL_BAD_LEDGER_URL'))?.kind).toBe('usage');
    expect(storeFailureOf('SqliteStoreError')).toBeUndefined();
  });

  it('names a file that is not a ledger instead of printing an internal error', async () => {
    const scratch = scratchDir();
    try {
      writeFileSync(join(scratch.dir, 'notes.db'), `${'minutes of the owners committee. '.repeat(40)}\n`);
      const run = await govledger(['export', '--db', 'notes.db'], { cwd: scratch.dir });
      expect(run.code).toBe(EXIT.environment);
      expect(run.stderr).toContain('is not a govledger store: it is not an SQLite database');
      expect(run.stderr).toContain('[GL_NOT_A_LEDGER_FILE]');
      expect(run.stderr).not.toContain('internal error');
    } finally {
      scratch.remove();
    }
  });
});
