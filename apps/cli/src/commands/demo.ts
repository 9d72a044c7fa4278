/**
 * `govledger demo --db F [--seed N] [--scale K]`: records a reproducible history of red
 * property management in Zhangjiagang, 2022–2024 (about 15,000 events at K = 1; most kinds of
 * act grow with K²), into a new or empty ledger. Every act goes through its rule, one simulated moment per all-or-nothing
 * submission; a refused submission is a bug of the demo and stops it. Simulated time is the
 * clock, event ids are UUIDv7s of that time and a seeded counter, and personal-data keys come
 * from a seed, so the same seed and scale give the same ledger bytes. A checkpoint is signed
 * at the end of every simulated quarter, and the summary checks the source's figures. Every
 * projection follows the appends, leaving snapshots every `WRITER_SNAPSHOT_EVERY` entries and
 * at the end, so `serve` on the new ledger loads states instead of replaying the log.
 * `--db esdb://…?ledger=NAME --key FILE` records it into a ledger in EventStoreDB instead,
 * with the same ledger bytes and root as the SQLite demo of the same seed and scale.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  describePersonalDataError,
  type EventStore,
  ProjectionRunner,
  type SnapshotStore,
  WRITER_SNAPSHOT_EVERY,
} from '@govledger/core';
import {
  CommandExecutor,
  city,
  describeSubmitError,
  governanceCatalogue,
  governancePseudonymiser,
  governanceSealer,
  ratings,
  votes,
} from '@govledger/governance';
import { isEsdbUrl } from '@govledger/store-eventstoredb/ledger-url';
import { isPostgresUrl } from '@govledger/store-postgres/ledger-url';
import { openSqliteStore } from '@govledger/store-sqlite';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { authoritySealerSource, writeAuthorityKeyFiles } from '../authority-key.ts';
import { CITY_OPTION_HELP, resolveCity } from '../city.ts';
import { CliError, environmentError, usageError } from '../cli-error.ts';
import { signAndStoreCheckpoint } from '../checkpointing.ts';
import { newStateCommitment, StateSigner } from '../state/state-signer.ts';
import { type CliIo, write } from '../io.ts';
import { createKeyStore, openKeyStore } from '../key-store.ts';
import { type LedgerFiles, ledgerFiles } from '../ledger-files.ts';
import { startProgress } from '../progress.ts';
import { loadSigningKey } from '../signing-key.ts';
import { LazyEsdbLedger } from '../esdb-ledger.ts';
import { isServerLedger, openLedger } from '../open-ledger.ts';
import { LazyPostgresLedger } from '../postgres-ledger.ts';
import { ledgerExists, redactedLedgerUrl, requireKeyFileForEsdb } from './init-esdb.ts';
import { initLedger } from './init.ts';
import { allProjections, ledgerUpcasters } from '../projections.ts';

/** The origin a demo ledger gets when `--origin` is not given. */
export const DEMO_ORIGIN = 'zjg.example.gov.cn/property-ledger';

const SEEDED_KEYS_NOTE = `
The personal-data keys of a demo ledger are derived from the seed, so the same seed and scale
give the same ledger bytes. Anyone who knows the seed can derive every key again: erasure
(govledger forget) promises nothing for a demo ledger. Never put real personal data in one.
Its ballots are sealed to an inspecting authority's key derived from the seed as well (the
private key is written beside the ledger, <db>.authority.key), unless --authority-public-key
names an existing public key.`;

/** The demo module, loaded when the verb runs (it is large and only this verb needs it). */
const loadDemo = async () => (await import('@govledger/governance')).demo;

function integerOption(option: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw usageError(`${option} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** Creates the ledger when missing; refuses one that holds entries or a key store that holds keys. */
async function prepareLedger(files: LedgerFiles, origin: string, keySeed: string, io: CliIo): Promise<void> {
  if (!(await ledgerExists(files.db))) {
    await initLedger(files, origin, io, keySeed);
    return;
  }
  const store = openLedger(files.db, { readonly: true });
  try {
    const { size } = await store.head();
    if (size > 0)
      throw new CliError(
        `the ledger at ${files.db} already holds ${size} entries; the demo needs a new or empty ledger`,
      );
  } finally {
    await store.close();
  }
  if (!existsSync(files.keyStore)) {
    await createKeyStore(files);
    return;
  }
  let held: { subjects?: unknown[]; erased?: unknown[] };
  try {
    held = JSON.parse(readFileSync(files.keyStore, 'utf8')) as typeof held;
  } catch {
    throw environmentError(`the key store at ${files.keyStore} cannot be read`);
  }
  if ((held.subjects?.length ?? 0) + (held.erased?.length ?? 0) > 0) {
    throw new CliError(`the key store at ${files.keyStore} already holds keys; the demo needs a new one`);
  }
}

/**
 * The authority key the demo seals ballots to: the public key file already at its path (given
 * with --authority-public-key or the environment), or else a key pair derived from the seed,
 * written beside the ledger (the private key too, mode 0600: the demo plays the authority).
 */
async function demoAuthorityKey(
  files: LedgerFiles,
  keySeed: string,
): Promise<{ publicKeyFile: string; privateKeyFile: string | null }> {
  if (existsSync(files.authorityPublicKey)) return { publicKeyFile: files.authorityPublicKey, privateKeyFile: null };
  const ikm = createHash('sha256').update('govledger-demo-authority\u0000').update(keySeed).digest();
  const pair = await votes.generateAuthorityKeyPair(ikm);
  const privateKeyFile = files.authorityPublicKey.replace(/\.pub$/, '') + '.key';
  writeAuthorityKeyFiles(pair, privateKeyFile, files.authorityPublicKey);
  return { publicKeyFile: files.authorityPublicKey, privateKeyFile };
}

function fileBytes(db: string): number {
  return [db, `${db}-wal`].filter(existsSync).reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Where the demo ledger is, for the summary: the file and its size, or the EventStoreDB ledger. */
function ledgerPlace(db: string, cwd: string): string {
  return isServerLedger(db) ? redactedLedgerUrl(db, cwd) : `${db}, ${fileBytes(db)} bytes`;
}

/** The store the demo writes to, on the simulated clock and seeded event ids. */
function openDemoStore(db: string, clock: () => Date, newEventId: () => string): DemoStore {
  // Its failures (an unreachable server, a coded store error) reach the user as CLI errors.
  if (isEsdbUrl(db)) return new LazyEsdbLedger(db, { clock, newEventId });
  if (isPostgresUrl(db)) return new LazyPostgresLedger(db, { clock, newEventId, synchronousCommit: 'off' });
  // A demo is re-made from its seed, so it trades power-loss durability for speed.
  return openSqliteStore(db, { clock, newEventId, synchronous: 'normal' });
}

/** What the demo needs of a store: it leaves projection snapshots as it goes. */
type DemoStore = EventStore & SnapshotStore & { close(): Promise<void> };

/** Registers `demo`. */
export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('record a reproducible history of red property management in Zhangjiagang, 2022–2024')
    .requiredOption(
      '--db <file>',
      'ledger database, or an EventStoreDB ledger URL (created when missing; an existing one must be empty)',
    )
    .option('--seed <n>', 'seed of the history, the event ids and the personal-data keys', '1')
    .option('--scale <k>', 'volume: 15,170 events at k = 1 (seed 7); complaints, payments and votes grow with k²', '1')
    .option('--origin <name>', "the log's name in checkpoints of a new ledger", DEMO_ORIGIN)
    .option(
      '--key <file>',
      'checkpoint signing key (default: beside the database; required for esdb://); created when missing',
    )
    .option('--keystore <file>', 'personal-data key store (default: beside the database)')
    .option(
      '--authority-public-key <file>',
      "the inspecting authority's public key to seal ballots to (default: <db>.authority.pub; made from the seed, with its private key beside it, when missing)",
    )
    .option('--city <name>', CITY_OPTION_HELP)
    .addHelpText('after', SEEDED_KEYS_NOTE)
    .action(
      async (options: {
        db: string;
        seed: string;
        scale: string;
        origin: string;
        key?: string;
        keystore?: string;
        authorityPublicKey?: string;
        city?: string;
      }) => {
        const cityPolicy = resolveCity(options.city, io.env);
        const seed = integerOption('--seed', options.seed, -(2 ** 31), 2 ** 31 - 1);
        const scale = integerOption('--scale', options.scale, 1, 100);
        requireKeyFileForEsdb(options, io.env, 'demo');
        const files = ledgerFiles(options, io.env, io.cwd);
        const keySeed = `govledger-demo-keys:${seed}`;
        await prepareLedger(files, options.origin, keySeed, io);
        const signer = loadSigningKey(files.signingKey);
        const authority = await demoAuthorityKey(files, keySeed);
        const demo = await loadDemo();
        // The ledger's own key store with seeded keys, in one batch: new subjects' keys are
        // written once a simulated quarter instead of once a subject.
        const keys = await openKeyStore(files, { keySeed });
        const nextId = demo.demoEventIds(seed);
        let now = demo.DEMO_PERIOD.from;
        const store = openDemoStore(
          files.db,
          () => new Date(now),
          () => nextId(Date.parse(now)),
        );
        // Every projection follows the recorded events as they are appended (no read back),
        // leaving snapshots every WRITER_SNAPSHOT_EVERY entries and at the end, so the ledger
        // serves fast as the demo leaves it; the summary's figures come from the same states.
        // The same runner keeps the state commitment, so the state notes signed at each
        // checkpoint fold no entry a second time, and its snapshots carry the commitment.
        const projections = new ProjectionRunner(store, allProjections, {
          snapshots: store,
          snapshotEvery: WRITER_SNAPSHOT_EVERY,
          commitment: newStateCommitment(),
          upcasters: ledgerUpcasters,
        });
        let checkpoints = 0;
        const stateSigner = new StateSigner(store, signer, { runner: projections });
        let submissions = 0;
        let flushKeys: () => Promise<void> = async () => {};
        const checkpoint = async () => {
          await flushKeys();
          await signAndStoreCheckpoint(store, signer, stateSigner);
          checkpoints++;
        };
        try {
          const executor = new CommandExecutor(store, {
            // A simulation's honest ledger clock is its simulated time: the store and the
            // rules both read it, so every act is recorded on the day the story sets.
            clock: () => new Date(now),
            upcasters: ledgerUpcasters,
            registry: city.cityRegistry(cityPolicy),
            timePolicy: cityPolicy.time,
            catalogue: governanceCatalogue,
            seal: governanceSealer(
              keys,
              authoritySealerSource(authority.publicKeyFile, votes.seededEphemerals(keySeed)),
            ),
            pseudonymise: governancePseudonymiser(keys),
          });
          const days = (Date.parse(demo.DEMO_PERIOD.until) - Date.parse(demo.DEMO_PERIOD.from)) / 86_400_000;
          const progress = startProgress('demo (simulated days)', days, io.stderr);
          let quarter: string | null = null;
          const recorded = await keys.batch(async (flush) => {
            flushKeys = flush;
            for (const batch of demo.demoHistory({ seed, scale })) {
              const batchQuarter = ratings.quarterOf(batch.at);
              if (quarter !== null && batchQuarter !== quarter) await checkpoint();
              quarter = batchQuarter;
              now = batch.at;
              const result = await executor.submit(batch.lines);
              if (isLeft(result)) {
                progress.stop();
                const error = result.left;
                const line = 'line' in error ? batch.lines[error.line - 1] : undefined;
                throw new CliError(
                  `the demo history was refused at ${batch.at} (a bug of the demo, please report it): ${describeSubmitError(error)}` +
                    (line ? `\n${JSON.stringify(line.value)}` : ''),
                );
              }
              await projections.follow(result.right.events);
              submissions++;
              progress.update(batch.day + 1);
            }
            progress.stop();
            await checkpoint();
            await projections.saveSnapshots();
          });
          if (isLeft(recorded)) throw environmentError(describePersonalDataError(recorded.left));
          await openKeyStore(files);
          const head = await store.log.treeHead();
          // What verify will count: the ledger's first checkpoint (made when it was created) and ours.
          const stored = (await store.log.checkpoints()).length;
          const checks = demo.checkDemoFigures(projections.states());
          const lines = [
            `demo history of Zhangjiagang 2022–2024 recorded: seed ${seed}, scale ${scale}`,
            `events: ${head.size} in ${submissions} submissions (one a simulated moment)`,
            `ledger: ${ledgerPlace(files.db, io.cwd)}`,
            `root: ${Buffer.from(head.root).toString('base64')} (size ${head.size})`,
            `checkpoints: ${stored} stored (${checkpoints} signed by the demo, one a simulated quarter and one at the end; the rest when the ledger was created)`,
            `state notes: ${checkpoints} signed beside them (${projections.stateRoot()?.records ?? 0} public records; ${Math.round(stateSigner.signingMs)} ms hashing changed records into state roots and signing)`,
            'figures of 张住建函〔2024〕27号:',
            ...checks.map(
              (c) => `  ${c.ok ? 'ok  ' : 'FAIL'} ${c.figure}: ${c.actual}${c.ok ? '' : ` (expected ${c.expected})`}`,
            ),
            `personal-data keys: ${files.keyStore} (seeded: erasure promises nothing for this ledger)`,
            authority.privateKeyFile === null
              ? `ballots sealed to the authority public key ${authority.publicKeyFile}`
              : `ballots sealed to the demo authority's key ${authority.publicKeyFile}; its private key (the demo plays the authority): ${authority.privateKeyFile}`,
            '',
          ];
          await write(io.stdout, lines.join('\n'));
          if (checks.some((c) => !c.ok))
            throw new CliError('the demo history does not reproduce the source figures (a bug of the demo)');
        } finally {
          await store.close();
        }
      },
    );
}
