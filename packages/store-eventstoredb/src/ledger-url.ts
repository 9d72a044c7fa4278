/**
 * Ledger URLs: an EventStoreDB connection string (`esdb://…` or `esdb+discover://…`, the
 * client's own format, hosts and settings included) plus two settings of ours that are
 * removed before the client sees it:
 * - `ledger=NAME`: which ledger on that cluster (default `govledger`); letters, digits, `_`;
 * - `cache=PATH`: the local cache file (default under `$XDG_CACHE_HOME/govledger/esdb/`).
 *
 * @example parseLedgerUrl('esdb://n1:2113,n2:2113,n3:2113?tls=true&ledger=zjg')
 */
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { esdbErrors } from './errors.ts';

/** What a ledger URL says. */
export interface LedgerUrl {
  /** The connection string handed to `EventStoreDBClient.connectionString`. */
  readonly connectionString: string;
  /** The ledger's name: its streams are `govledger.<ledger>.…`. */
  readonly ledger: string;
  /** The cache file given with `cache=`, if any (resolved against the working directory). */
  readonly cachePath?: string;
  /** The URL without credentials, safe to print and to derive the default cache name from. */
  readonly redacted: string;
}

/** The ledger used when a URL names none. */
export const DEFAULT_LEDGER = 'govledger';
const LEDGER_NAME = /^[A-Za-z0-9_]{1,100}$/;

/** True for strings that select this store (`esdb://`, `esdb+discover://`). */
export function isEsdbUrl(value: string): boolean {
  return /^esdb(\+discover)?:\/\//i.test(value);
}

/** Checks a ledger name: 1–100 letters, digits or `_` (so no ledger's streams prefix another's). */
export function checkLedgerName(name: string): string {
  if (!LEDGER_NAME.test(name)) {
    throw esdbErrors.badLedgerUrl(`ledger name ${JSON.stringify(name)} must be 1–100 letters, digits or _`);
  }
  return name;
}

/** Splits a ledger URL into the client's connection string and our settings. */
export function parseLedgerUrl(url: string, cwd = process.cwd()): LedgerUrl {
  if (!isEsdbUrl(url)) throw esdbErrors.badLedgerUrl(`${url} must start with esdb:// or esdb+discover://`);
  const at = url.indexOf('?');
  const base = at < 0 ? url : url.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  const ledger = checkLedgerName(params.get('ledger') ?? DEFAULT_LEDGER);
  const cache = params.get('cache');
  params.delete('ledger');
  params.delete('cache');
  const query = params.toString();
  const connectionString = query ? `${base}?${query}` : base;
  const redacted = connectionString.replace(/^(esdb(?:\+discover)?:\/\/)[^@/]*@/i, '$1');
  return {
    connectionString,
    ledger,
    ...(cache ? { cachePath: resolve(cwd, cache) } : {}),
    redacted: `${redacted}${query ? '&' : '?'}ledger=${ledger}`,
  };
}

/**
 * The default cache file of a ledger: one per (cluster, ledger) under the user's cache
 * directory, so every command run on this host reuses it.
 */
export function defaultCachePath(url: LedgerUrl, env: NodeJS.ProcessEnv = process.env): string {
  const root = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const cluster = createHash('sha256').update(url.redacted).digest('hex').slice(0, 12);
  return join(root, 'govledger', 'esdb', `${url.ledger}-${cluster}.sqlite`);
}

/** The EventStoreDB streams of one ledger. */
export interface LedgerStreams {
  /** Every entry, in ledger order: revision = ledger index. The `$all` filter prefix. */
  readonly entries: string;
  /** Signed checkpoints (outside the entries prefix, so never in the ledger order). */
  readonly checkpoints: string;
  /** Signed state notes, one per checkpointed size (outside the entries prefix, like checkpoints). */
  readonly stateNotes: string;
  /** The ledger's own lifecycle: creation and migration markers. */
  readonly meta: string;
}

/** Stream names of `ledger`. */
export function ledgerStreams(ledger: string): LedgerStreams {
  const base = `govledger.${checkLedgerName(ledger)}`;
  return {
    entries: `${base}.entries`,
    checkpoints: `${base}.checkpoints`,
    stateNotes: `${base}.state-notes`,
    meta: `${base}.meta`,
  };
}

/**
 * The ledger URL with its cache made explicit and absolute: `cache=` resolved against `cwd`,
 * or the default cache file (under `env.XDG_CACHE_HOME`) when none is given. A command line
 * resolves a URL once, where it knows its working directory and environment.
 */
export function withExplicitCache(url: string, cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const parsed = parseLedgerUrl(url, cwd);
  const cache = parsed.cachePath ?? defaultCachePath(parsed, env);
  const at = url.indexOf('?');
  const params = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  params.set('cache', cache);
  return `${at < 0 ? url : url.slice(0, at)}?${params.toString()}`;
}
