/**
 * The page statement of `readAll` for each combination of direction and filters, prepared
 * once per connection. Filters run inside SQLite during the ledger-order (rowid) scan, so a
 * filtered page costs a scan of the rows it skips (~1 µs a row) but never a parse of them;
 * there is deliberately no `type` index (see `schema.ts`). `types` is bound as one JSON
 * array (`json_each`), and the prefix test compares SQLite's own character counts, so any
 * number of types and any Unicode prefix use the same few statements.
 */
import type { ReadAllOptions } from '@govledger/core';
import type Database from 'better-sqlite3';

/** Named parameters of a page: the cursor and end are ledger indexes (see `PageReader.readAll`). */
export interface ReadAllPageParams {
  readonly cursor: number;
  readonly end: number;
  readonly limit: number;
  /** JSON array of types, or null for no type filter. */
  readonly types: string | null;
  readonly prefix: string | null;
}

/** A page statement: raw rows `[idx, leaf as text]`. */
export type ReadAllStatement = Database.Statement<[ReadAllPageParams], [number, string]>;

function pageSql(backwards: boolean, byType: boolean, byPrefix: boolean): string {
  const where = [backwards ? 'idx < @cursor' : 'idx >= @cursor AND idx < @end'];
  if (byType) where.push('type IN (SELECT value FROM json_each(@types))');
  if (byPrefix) where.push('substr(stream_id, 1, length(@prefix)) = @prefix');
  return `SELECT idx, CAST(leaf AS TEXT) FROM entries WHERE ${where.join(' AND ')}
          ORDER BY idx ${backwards ? 'DESC' : 'ASC'} LIMIT @limit`;
}

/** Prepares (once) and returns the page statement for a direction and set of filters. */
export class ReadAllQueries {
  readonly #db: Database.Database;
  readonly #prepared = new Map<string, ReadAllStatement>();

  constructor(db: Database.Database) {
    this.#db = db;
  }

  statement(backwards: boolean, options: Pick<ReadAllOptions, 'types' | 'streamPrefix'>): ReadAllStatement {
    const byType = options.types !== undefined;
    const byPrefix = options.streamPrefix !== undefined;
    const key = `${backwards ? 'b' : 'f'}${byType ? 't' : ''}${byPrefix ? 'p' : ''}`;
    let statement = this.#prepared.get(key);
    if (statement === undefined) {
      statement = this.#db.prepare<[ReadAllPageParams], [number, string]>(pageSql(backwards, byType, byPrefix)).raw();
      this.#prepared.set(key, statement);
    }
    return statement;
  }
}
