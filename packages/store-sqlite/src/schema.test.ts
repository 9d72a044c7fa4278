import { readFileSync, writeFileSync } from 'node:fs';
import { sampleEvent } from '@govledger/core/testing';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './open-store.ts';
import { APPLICATION_ID, MIGRATIONS, migrate, SCHEMA_VERSION } from './schema.ts';
import { makeTempDir, type TempDir } from './test-fixtures/temp-dir.ts';

let temp: TempDir;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

function header(path: string): { version: number; id: number; journal: string } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      id: db.pragma('application_id', { simple: true }) as number,
      journal: db.pragma('journal_mode', { simple: true }) as string,
    };
  } finally {
    db.close();
  }
}

describe('opening a ledger file', () => {
  it('creates a new file at the current schema version, marked as a govledger store, in WAL mode', async () => {
    const store = openSqliteStore(temp.file());
    await store.close();
    expect(header(temp.file())).toEqual({ version: SCHEMA_VERSION, id: APPLICATION_ID, journal: 'wal' });
  });

  it('reopens a migrated file without changing its schema or its entries', async () => {
    const first = openSqliteStore(temp.file());
    await first.append('s', [sampleEvent('s', { n: 1 })]);
    await first.close();
    const again = openSqliteStore(temp.file());
    expect((await again.head()).size).toBe(1);
    await again.close();
    expect(header(temp.file()).version).toBe(SCHEMA_VERSION);
  });

  it('refuses a file whose schema is newer than this build knows, without touching it', () => {
    const db = new Database(temp.file());
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(temp.file())).toThrow(
      expect.objectContaining({
        code: 'GL_SCHEMA_TOO_NEW',
        message: expect.stringContaining(`schema version ${SCHEMA_VERSION + 1}`),
      }),
    );
    expect(header(temp.file())).toMatchObject({ version: SCHEMA_VERSION + 1, journal: 'delete' });
  });

  it('refuses a SQLite file that another program created', () => {
    const db = new Database(temp.file());
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    db.close();
    expect(() => openSqliteStore(temp.file())).toThrow(expect.objectContaining({ code: 'GL_NOT_A_LEDGER_FILE' }));
    const other = new Database(temp.file());
    other.pragma('application_id = 1234');
    other.close();
    expect(() => openSqliteStore(temp.file())).toThrow(expect.objectContaining({ code: 'GL_NOT_A_LEDGER_FILE' }));
  });

  it('refuses a file that is no SQLite database at all, leaving it untouched', () => {
    const text = `${'not a ledger, just text. '.repeat(40)}\n`;
    writeFileSync(temp.file(), text);
    for (const readonly of [false, true]) {
      expect(() => openSqliteStore(temp.file(), { readonly })).toThrow(
        expect.objectContaining({
          code: 'GL_NOT_A_LEDGER_FILE',
          message: expect.stringContaining('not an SQLite database'),
        }),
      );
    }
    expect(readFileSync(temp.file(), 'utf8')).toBe(text);
  });

  it('runs only the migrations a file has not had yet, in order', async () => {
    const store = openSqliteStore(temp.file());
    await store.append('s', [sampleEvent('s')]);
    await store.close();
    const next = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, description: 'test step', sql: 'CREATE TABLE extra (x)' },
    ];
    const db = new Database(temp.file());
    expect(migrate(db, temp.file(), next)).toBe(SCHEMA_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(db.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(1);
    expect(migrate(db, temp.file(), next)).toBe(SCHEMA_VERSION + 1);
    db.close();
  });

  it('rolls a failing migration back entirely and leaves the version where it was', () => {
    const broken = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, description: 'bad', sql: 'CREATE TABLE ok (x); SELEKT 1' },
    ];
    const db = new Database(temp.file());
    expect(() => migrate(db, temp.file(), broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'ok'").pluck().get()).toBe(0);
    db.close();
  });

  it('opens readonly only a file that exists and is fully migrated', async () => {
    expect(() => openSqliteStore(temp.file('missing.db'), { readonly: true })).toThrow();
    const db = new Database(temp.file());
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.close();
    expect(() => openSqliteStore(temp.file(), { readonly: true })).toThrow(
      expect.objectContaining({ code: 'GL_SCHEMA_OUTDATED' }),
    );
    await openSqliteStore(temp.file()).close();
    const reader = openSqliteStore(temp.file(), { readonly: true });
    expect(reader.readonly).toBe(true);
    expect((await reader.head()).size).toBe(0);
    await reader.close();
  });
});
