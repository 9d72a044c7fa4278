/**
 * Ledger URLs: a PostgreSQL connection URL (`postgres://` or `postgresql://`, libpq's format,
 * several hosts and `target_session_attrs` included) plus one setting of ours, removed before
 * the driver sees it:
 * - `ledger=NAME`: which ledger in that database (default `govledger`); its tables live in
 *   the schema `govledger_NAME`, so one database can hold several ledgers.
 *
 * @example parsePostgresUrl('postgres://gl@db1,db2/ledgers?target_session_attrs=read-write&ledger=zjg')
 */
import { pgErrors } from './errors.ts';

/** What a ledger URL says. */
export interface PostgresLedgerUrl {
  /** The connection URL handed to the driver (without `ledger=`). */
  readonly connectionString: string;
  /** The ledger's name. */
  readonly ledger: string;
  /** The PostgreSQL schema holding the ledger's tables: `govledger_<ledger>`. */
  readonly schema: string;
  /** The URL without a password, safe to print. */
  readonly redacted: string;
}

/** The ledger used when a URL names none. */
export const DEFAULT_PG_LEDGER = 'govledger';
const LEDGER_NAME = /^[a-z0-9_]{1,48}$/;

/** True for strings that select this store (`postgres://`, `postgresql://`). */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

/** Splits a ledger URL into the driver's connection URL and the ledger's name and schema. */
export function parsePostgresUrl(url: string): PostgresLedgerUrl {
  if (!isPostgresUrl(url)) throw pgErrors.badLedgerUrl(`${url} must start with postgres:// or postgresql://`);
  const at = url.indexOf('?');
  const base = at < 0 ? url : url.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  const ledger = params.get('ledger') ?? DEFAULT_PG_LEDGER;
  if (!LEDGER_NAME.test(ledger)) {
    throw pgErrors.badLedgerUrl(`ledger name ${JSON.stringify(ledger)} must be 1–48 lower-case letters, digits or _`);
  }
  params.delete('ledger');
  const query = params.toString();
  const connectionString = query ? `${base}?${query}` : base;
  const redacted = `${base.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1@')}?ledger=${ledger}`;
  return { connectionString, ledger, schema: `govledger_${ledger}`, redacted };
}
