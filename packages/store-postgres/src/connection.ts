/**
 * The driver's connection pool for one ledger URL. `postgres` (postgres.js) was chosen over
 * `pg` by measurement and because it speaks libpq's multi-host URLs with
 * `target_session_attrs` (see README.md): failover needs no code of ours. Every `bigint`
 * column is read as a JS number (indexes, sizes and versions stay below 2^53).
 */
import postgres, { type Sql } from 'postgres';

/** A pool; queries name their tables with the ledger's schema. */
export type Pool = Sql<Record<string, never>>;

/** How to connect. */
export interface PoolOptions {
  /** Most connections the pool opens (default 4). */
  readonly max?: number;
  /** Every transaction read-only (`default_transaction_read_only`): a reader on a standby. */
  readonly readonly?: boolean;
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
    },
  }) as unknown as Pool;
}

/** Quotes an identifier we built ourselves (a schema name checked by `parsePostgresUrl`). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
