/**
 * `govledger init` (and `demo`, `start`) for a ledger in EventStoreDB (`--db esdb://…`):
 * create the ledger's streams with their ACLs and `LedgerCreated` (recording the origin),
 * the signing key in the file `--key` names (mode 0600; there is no database file for it to
 * sit beside, and it is never written to EventStoreDB), the personal-data key store, and the
 * first signed checkpoint. An existing ledger of that name is refused, and nothing is written.
 */
import { existsSync } from 'node:fs';
import type { SignerKey } from '@govledger/core';
import { isEsdbUrl, parseLedgerUrl } from '@govledger/store-eventstoredb/ledger-url';
import { isPostgresUrl, parsePostgresUrl } from '@govledger/store-postgres/ledger-url';
import { usageError } from '../cli-error.ts';
import { asCliError } from '../esdb-errors.ts';
import type { CliIo } from '../io.ts';
import { type LedgerFiles, SIGNING_KEY_ENV } from '../ledger-files.ts';
import { isServerLedger, openLedger } from '../open-ledger.ts';
import { chooseSigningKey } from './init-key.ts';
import { postgresLedgerIsThere } from './init-postgres.ts';
import { writeKeysAndFirstCheckpoint } from './ledger-keys.ts';

/**
 * Refuses to create a ledger in EventStoreDB unless the signing key's file was named
 * (`--key FILE` or `$GOVLEDGER_SIGNING_KEY`): it cannot default to a place beside a database.
 */
export function requireKeyFileForEsdb(
  options: { readonly db: string; readonly key?: string },
  env: Readonly<Record<string, string | undefined>>,
  verb: string,
): void {
  if (isServerLedger(options.db) && options.key === undefined && !env[SIGNING_KEY_ENV]) {
    throw usageError(
      `${verb} of a ledger in EventStoreDB needs --key FILE (or $${SIGNING_KEY_ENV}): the checkpoint signing key ` +
        'is a file of its own (mode 0600), never stored in EventStoreDB',
    );
  }
}

/** A ledger URL (EventStoreDB or PostgreSQL) as it may be printed: without credentials or the cache path. */
export function redactedLedgerUrl(url: string, cwd: string): string {
  if (isPostgresUrl(url)) return parsePostgresUrl(url).redacted;
  return parseLedgerUrl(url, cwd).redacted;
}

/** Whether the ledger at `db` exists: a database file, or a created ledger in EventStoreDB. */
export async function ledgerExists(db: string): Promise<boolean> {
  if (isPostgresUrl(db)) return postgresLedgerIsThere(db);
  if (!isEsdbUrl(db)) return existsSync(db);
  const { esdbLedgerExists } = await import('@govledger/store-eventstoredb');
  try {
    return await esdbLedgerExists(db);
  } catch (error) {
    throw asCliError(error);
  }
}

/** Creates a ledger in EventStoreDB, its key files and its first checkpoint; returns the signing key. */
export async function initEsdbLedger(
  files: LedgerFiles,
  origin: string | undefined,
  io: CliIo,
  keySeed?: string,
): Promise<SignerKey> {
  const choice = await chooseSigningKey(files, origin, io);
  const name = choice._tag === 'Existing' ? choice.signer.name : choice.origin;
  const { openEsdbStore } = await import('@govledger/store-eventstoredb');
  const created = openEsdbStore(files.db, { create: true, mustBeNew: true, origin: name });
  try {
    await created.head();
  } catch (error) {
    throw asCliError(error);
  } finally {
    await created.close();
  }
  return writeKeysAndFirstCheckpoint(files, choice, keySeed, () => openLedger(files.db));
}
