/**
 * The driver's connection pool for one ledger URL. `postgres` (postgres.js) was chosen over
 * `pg` by measurement and because it speaks libpq's multi-host URLs with
 * `target_session_attrs` (see README.md): failover needs no code of ours. Every `bigint`
 * column is read as a JS number (indexes, sizes and versions stay below 2^53).
 */
import postgres, { type Sql } from 'postgres';

/** A pool; queries name their tables with the ledger's schema. */
export type Pool = Sql<Record<string, never>>;

/** What runs a query: the pool or a transaction of it. */
export type Queryable = Pick<Pool, 'unsafe'>;

/** How to connect. */
export interface PoolOptions {
  /** Most connections the pool opens (default 4). */
  readonly max?: number;
  /** Every transaction read-only (`default_transaction_read_only`): a reader on a standby. */
  readonly readonly?: boolean;
  /**
   * `synchronous_commit` of this pool's sessions (default: the server's, normally `on`). `off`
   * acknowledges before the WAL is flushed: a server crash may lose the last acknowledged
   * commits (never part of one); for ledgers re-made from a seed, such as the demo.
   */
  readonly synchronousCommit?: 'on' | 'off';
  /** Seconds to wait for a connection before failing (default 10). */
  readonly connectTimeoutSeconds?: number;
}

/** Opens a pool on `connectionString` (the URL without our `ledger=` setting). */
export function openPool(connectionString: string, options: PoolOptions = {}): Pool {
  return postgres(connectionString, {
    max: options.max ?? 4,
    connect_timeout: options.connectTimeoutSeconds ?? 10,
    onnotice: () => {},
    types: {
      bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) },
    },
    connection: {
      application_name: 'govledger',
      ...(options.readonly ? { default_transaction_read_only: 'on' } : {}),
      ...(options.synchronousCommit ? { synchronous_commit: options.synchronousCommit } : {}),
    } as Record<string, string>,
  }) as unknown as Pool;
}

/** Quotes an identifier we built ourselves (a schema name checked by `parsePostgresUrl`). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
