/**
 * `govledger init` (and `demo`, `start`) for a ledger in PostgreSQL (`--db postgres://…`):
 * create the ledger's schema and tables, the signing key in the file `--key` names (mode
 * 0600; it is never written to the database), the personal-data key store, and the first
 * signed checkpoint. An existing ledger of that name is refused, and nothing is written.
 */
import type { SignerKey } from '@govledger/core';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../io.ts';
import type { LedgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';
import { asPostgresCliError } from '../postgres-ledger.ts';
import { chooseSigningKey } from './init-key.ts';
import { writeKeysAndFirstCheckpoint } from './ledger-keys.ts';

/** Whether the PostgreSQL ledger at `url` exists (its schema is there). */
export async function postgresLedgerIsThere(url: string): Promise<boolean> {
  const { postgresLedgerExists } = await import('@govledger/store-postgres');
  try {
    return await postgresLedgerExists(url);
  } catch (error) {
    throw asPostgresCliError(error);
  }
}

/** Creates a ledger in PostgreSQL, its key files and its first checkpoint; returns the signing key. */
export async function initPostgresLedger(
  files: LedgerFiles,
  origin: string | undefined,
  io: CliIo,
  keySeed?: string,
): Promise<SignerKey> {
  const { openPostgresStore, parsePostgresUrl } = await import('@govledger/store-postgres');
  if (await postgresLedgerIsThere(files.db)) {
    throw new CliError(`a ledger already exists at ${parsePostgresUrl(files.db).redacted}`);
  }
  const choice = await chooseSigningKey(files, origin, io);
  try {
    await (await openPostgresStore(files.db, { create: true })).close();
  } catch (error) {
    throw asPostgresCliError(error);
  }
  return writeKeysAndFirstCheckpoint(files, choice, keySeed, () => openLedger(files.db));
}
