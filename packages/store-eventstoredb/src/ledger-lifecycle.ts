/**
 * A ledger's lifecycle in its meta stream: `LedgerCreated` when its streams were set up
 * (ACLs that forbid non-admins to delete, truncate or rewrite their metadata), and
 * `MigrationStarted` / `MigrationCompleted` around a migration. A ledger whose last
 * lifecycle event is `MigrationStarted` is incomplete and refuses ordinary use: a migration
 * is copied in several appends (the server caps one append), so until the roots are checked
 * and `MigrationCompleted` is written, no partial copy is ever served as a ledger.
 */
import { esdbErrors, EsdbStoreError } from './errors.ts';
import type { LedgerStreams } from './ledger-url.ts';
import type { LedgerStreamsClient, StreamAcl } from './ledger-streams-client.ts';

/** Lifecycle event types. */
export const LIFECYCLE = {
  created: 'LedgerCreated',
  migrationStarted: 'MigrationStarted',
  migrationCompleted: 'MigrationCompleted',
} as const;

/** The default ACL: everyone authenticated reads, the `govledger-writers` group appends. */
export const DEFAULT_ACL: StreamAcl = { readers: ['$all'], writers: ['govledger-writers'] };

/** The latest lifecycle event of a ledger, or null when it was never created. */
export interface LifecycleState {
  readonly type: string;
  readonly revision: number;
  readonly data: Record<string, unknown>;
}

/** Reads the ledger's latest lifecycle event. */
export async function readLifecycle(
  client: LedgerStreamsClient,
  streams: LedgerStreams,
): Promise<LifecycleState | null> {
  for await (const event of client.read(streams.meta, 'end', 1, 'backwards')) {
    return {
      type: event.type,
      revision: event.revision,
      data: JSON.parse(Buffer.from(event.data).toString('utf8')) as Record<string, unknown>,
    };
  }
  return null;
}

/**
 * Sets up a ledger's streams: the ACL on the entries, checkpoints and meta streams (no
 * `$maxAge`, `$maxCount` or `$tb`, so scavenging never removes an entry), then
 * `LedgerCreated` (with the log's origin when given). Idempotent: a second caller finds it
 * created (or loses the race harmlessly).
 */
export async function createLedger(
  client: LedgerStreamsClient,
  streams: LedgerStreams,
  ledger: string,
  acl: StreamAcl = DEFAULT_ACL,
  details: { readonly origin?: string } = {},
): Promise<void> {
  if (await readLifecycle(client, streams)) return;
  for (const stream of [streams.entries, streams.checkpoints, streams.stateNotes, streams.meta])
    await client.setStreamAcl(stream, acl);
  await client.appendJson(
    streams.meta,
    -1,
    LIFECYCLE.created,
    { ledger, acl: { ...acl }, ...details },
    `created ${ledger}`,
  );
}

/** Appends a lifecycle event after `revision`; throws when another process wrote first. */
export async function appendLifecycle(
  client: LedgerStreamsClient,
  streams: LedgerStreams,
  after: number,
  type: string,
  data: Record<string, unknown>,
): Promise<void> {
  const outcome = await client.appendJson(streams.meta, after, type, data, `${type} ${after} ${JSON.stringify(data)}`);
  if (outcome === 'conflict') {
    throw new EsdbStoreError(
      'GL_CONTENDED',
      `another process changed the lifecycle of ${streams.meta} at the same time`,
    );
  }
}

/** Throws unless the ledger exists and is not half migrated (unless `allowMigrating`). */
export function checkUsable(state: LifecycleState | null, ledger: string, allowMigrating: boolean): void {
  if (state === null) throw esdbErrors.noLedger(ledger);
  if (state.type === LIFECYCLE.migrationStarted && !allowMigrating) throw esdbErrors.migrationIncomplete(ledger);
}
