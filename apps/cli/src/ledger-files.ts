/**
 * Where a ledger's files live. The database holds the log; the checkpoint signing key and
 * the personal-data key store are separate files beside it (never inside it), each with its
 * own option and environment variable.
 */
import { dirname, join, parse, resolve } from 'node:path';
import { keyStorePathFor } from '@govledger/core';
import { isEsdbUrl, parseLedgerUrl, withExplicitCache } from '@govledger/store-eventstoredb/ledger-url';
import { isPostgresUrl, parsePostgresUrl } from '@govledger/store-postgres/ledger-url';

/** The files of one ledger. */
export interface LedgerFiles {
  readonly db: string;
  /** The Ed25519 checkpoint signing key (C2SP note signer key), mode 0600. */
  readonly signingKey: string;
  /** The personal-data key store, mode 0600. */
  readonly keyStore: string;
  /** The inspection key store (ballot boxes' keys), mode 0600: the inspecting authority's file. */
  readonly inspectionKeyStore: string;
  /** The witness policy (JSON); absent file means no witnesses. */
  readonly witnessPolicy: string;
  /** The inspecting authority's public key that ballots are sealed to (public; its private key is the authority's). */
  readonly authorityPublicKey: string;
}

/** Options that choose the files. */
export interface LedgerFileOptions {
  readonly db: string;
  readonly key?: string;
  readonly keystore?: string;
  readonly inspectionKeys?: string;
  readonly authorityPublicKey?: string;
}

/** Environment variable naming the signing key file (overridden by `--key`). */
export const SIGNING_KEY_ENV = 'GOVLEDGER_SIGNING_KEY';
/** Environment variable naming the personal-data key store (overridden by `--keystore`). */
export const KEY_STORE_ENV = 'GOVLEDGER_KEYSTORE';

/** Environment variable naming the inspection key store (overridden by `--inspection-keys`). */
export const INSPECTION_KEYS_ENV = 'GOVLEDGER_INSPECTION_KEYS';

/** Environment variable naming the authority's public key file (overridden by `--authority-public-key`). */
export const AUTHORITY_PUBLIC_KEY_ENV = 'GOVLEDGER_AUTHORITY_PUBLIC_KEY';

/** Environment variable naming the witness policy file (default: `<db name>.witnesses.json` beside it). */
export const WITNESSES_ENV = 'GOVLEDGER_WITNESSES';

/** Resolves the ledger's files: `data/govledger.db` keeps `data/govledger.key` and `data/govledger.db.keys` beside it. */
export function ledgerFiles(
  options: LedgerFileOptions,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): LedgerFiles {
  if (isEsdbUrl(options.db)) {
    // A ledger in EventStoreDB: its keys default to files named after it in the working directory.
    const { ledger } = parseLedgerUrl(options.db, cwd);
    return {
      db: withExplicitCache(options.db, cwd, env),
      signingKey: resolve(cwd, options.key ?? env[SIGNING_KEY_ENV] ?? `${ledger}.key`),
      keyStore: resolve(cwd, options.keystore ?? env[KEY_STORE_ENV] ?? `${ledger}.keys`),
      inspectionKeyStore: resolve(
        cwd,
        options.inspectionKeys ?? env[INSPECTION_KEYS_ENV] ?? `${ledger}.inspection.keys`,
      ),
      witnessPolicy: resolve(cwd, env[WITNESSES_ENV] ?? `${ledger}.witnesses.json`),
      authorityPublicKey: resolve(
        cwd,
        options.authorityPublicKey ?? env[AUTHORITY_PUBLIC_KEY_ENV] ?? `${ledger}.authority.pub`,
      ),
    };
  }
  if (isPostgresUrl(options.db)) {
    // A ledger in PostgreSQL: as for EventStoreDB, its keys are files named after it, never rows.
    const { ledger } = parsePostgresUrl(options.db);
    return {
      db: options.db,
      signingKey: resolve(cwd, options.key ?? env[SIGNING_KEY_ENV] ?? `${ledger}.key`),
      keyStore: resolve(cwd, options.keystore ?? env[KEY_STORE_ENV] ?? `${ledger}.keys`),
      inspectionKeyStore: resolve(
        cwd,
        options.inspectionKeys ?? env[INSPECTION_KEYS_ENV] ?? `${ledger}.inspection.keys`,
      ),
      witnessPolicy: resolve(cwd, env[WITNESSES_ENV] ?? `${ledger}.witnesses.json`),
      authorityPublicKey: resolve(
        cwd,
        options.authorityPublicKey ?? env[AUTHORITY_PUBLIC_KEY_ENV] ?? `${ledger}.authority.pub`,
      ),
    };
  }
  const db = resolve(cwd, options.db);
  const { name } = parse(db);
  const beside = (suffix: string) => join(dirname(db), `${name}${suffix}`);
  return {
    db,
    signingKey: resolve(cwd, options.key ?? env[SIGNING_KEY_ENV] ?? beside('.key')),
    keyStore: resolve(cwd, options.keystore ?? env[KEY_STORE_ENV] ?? keyStorePathFor(db)),
    inspectionKeyStore: resolve(cwd, options.inspectionKeys ?? env[INSPECTION_KEYS_ENV] ?? `${db}.inspection.keys`),
    witnessPolicy: resolve(cwd, env[WITNESSES_ENV] ?? beside('.witnesses.json')),
    authorityPublicKey: resolve(
      cwd,
      options.authorityPublicKey ?? env[AUTHORITY_PUBLIC_KEY_ENV] ?? `${db}.authority.pub`,
    ),
  };
}
