/**
 * `govledger submit --db F [--dry-run] [FILE|-]`: governance commands from NDJSON, each
 * through its rule, all or nothing, on the ledger's clock (a line dated more than 72 h before
 * its recording must say `"backfilled": true`). Every bad line is reported in one pass, naming
 * the line, the command and the rule broken; nothing is recorded then. Personal fields are
 * sealed under their subjects' keys before they reach the ledger, so the key store must
 * exist; a ballot's secret part is sealed to the inspecting authority's public key first
 * (`--authority-public-key`), so whoever runs `submit` cannot open it. `--dry-run` decides everything and reports, writing nothing (not even new keys).
 * `--city NAME` chooses the city whose rules decide (see `city.ts`).
 */
import {
  city,
  governanceCatalogue,
  CommandExecutor,
  governancePseudonymiser,
  governanceSealer,
  type SubmittedLine,
  votes,
} from '@govledger/governance';
import { InMemoryKeyStore } from '@govledger/core';
import type { EventStore } from '@govledger/core';
import type { Command } from 'commander';
import { isLeft, right } from 'fp-ts/lib/Either.js';
import { authoritySealerSource } from '../authority-key.ts';
import { CITY_OPTION_HELP, resolveCity } from '../city.ts';
import { CliError, PersonalDataRefused, SubmissionRefused } from '../cli-error.ts';
import { issueCheckpoint } from '../checkpointing.ts';
import { snapshotAfterWrite } from '../write-snapshots.ts';
import { type CliIo, write } from '../io.ts';
import { openKeyStore } from '../key-store.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { inputStream, numberedLines, parseJsonLine } from '../ndjson.ts';
import { openLedger } from '../open-ledger.ts';
import { ledgerUpcasters } from '../projections.ts';

/** The options of `submit` (files as `ledgerFiles` reads them). */
interface SubmitOptions {
  db: string;
  keystore?: string;
  inspectionKeys?: string;
  authorityPublicKey?: string;
  key?: string;
  dryRun?: boolean;
  city?: string;
}

/** Registers `submit`. */
export function registerSubmit(program: Command, io: CliIo): void {
  program
    .command('submit')
    .description('run governance commands from NDJSON through their rules, all or nothing')
    .argument('[file]', 'NDJSON of commands ({"command","actor","occurredAt","data"}), or - for standard input', '-')
    .requiredOption('--db <file>', 'ledger database')
    .option('--keystore <file>', 'personal-data key store (default: beside the database, or $GOVLEDGER_KEYSTORE)')
    .option(
      '--inspection-keys <file>',
      'inspection key store of ballot boxes (default: <db>.inspection.keys, or $GOVLEDGER_INSPECTION_KEYS)',
    )
    .option(
      '--authority-public-key <file>',
      "the inspecting authority's public key that ballots are sealed to (default: <db>.authority.pub, or $GOVLEDGER_AUTHORITY_PUBLIC_KEY)",
    )
    .option('--key <file>', 'checkpoint signing key (default: beside the database, or $GOVLEDGER_SIGNING_KEY)')
    .option('--dry-run', 'decide every command and report, writing nothing')
    .option('--city <name>', CITY_OPTION_HELP)
    .action(async (file: string, options: SubmitOptions) => {
      const cityPolicy = resolveCity(options.city, io.env);
      const files = ledgerFiles(options, io.env, io.cwd);
      const store = openLedger(files.db, { writer: { verb: 'submit', progress: io.stderr } });
      try {
        const lines: SubmittedLine[] = [];
        const name = file === '-' ? 'standard input' : file;
        for await (const { line, text } of numberedLines(inputStream(file, io), name)) {
          const parsed = parseJsonLine(text);
          if (!parsed.ok) throw new CliError(`nothing was recorded: line ${line}: ${parsed.reason}`);
          lines.push({ line, value: parsed.value });
        }
        if (options.dryRun) {
          await dryRun(store, lines, io, cityPolicy);
          return;
        }
        const keys = await openKeyStore(files, { ledger: store });
        const executor = new CommandExecutor(store, {
          registry: city.cityRegistry(cityPolicy),
          timePolicy: cityPolicy.time,
          catalogue: governanceCatalogue,
          upcasters: ledgerUpcasters,
          seal: governanceSealer(keys, authoritySealerSource(files.authorityPublicKey)),
          pseudonymise: governancePseudonymiser(keys),
        });
        // New subjects' keys are written once, before the ledger append that needs them.
        const batched = await keys.batch((flush) => executor.submit(lines, { beforeAppend: flush }));
        if (isLeft(batched)) throw new PersonalDataRefused('nothing was recorded', batched.left);
        const result = batched.right;
        if (isLeft(result)) throw new SubmissionRefused('nothing was recorded', result.left);
        const checkpoint = await issueCheckpoint(store, files, io);
        await snapshotAfterWrite(store, result.right.events.length, checkpoint !== null);
        await write(
          io.stdout,
          `recorded ${lines.length} command(s) as ${result.right.events.length} event(s); ledger size ${result.right.size}${checkpoint ? '; checkpoint signed' : ''}\n`,
        );
      } finally {
        await store.close();
      }
    });
}

/**
 * Decides `lines` against the ledger as it stands, sealing under throw-away keys so that
 * nothing reaches the key store either, and reports what would be recorded.
 */
async function dryRun(
  store: EventStore,
  lines: readonly SubmittedLine[],
  io: CliIo,
  cityPolicy: city.CityPolicy,
): Promise<void> {
  const scratchKeys = new InMemoryKeyStore();
  const executor = new CommandExecutor(store, {
    registry: city.cityRegistry(cityPolicy),
    timePolicy: cityPolicy.time,
    catalogue: governanceCatalogue,
    upcasters: ledgerUpcasters,
    // A throw-away authority key too: a dry run needs none and learns nothing of the real one.
    seal: governanceSealer(scratchKeys, async () =>
      right(votes.authorityBallotSealer(await votes.generateAuthorityKeyPair())),
    ),
    pseudonymise: governancePseudonymiser(scratchKeys),
  });
  const result = await executor.dryRun(lines);
  if (isLeft(result)) throw new SubmissionRefused('dry run: nothing would be recorded', result.left);
  const types = new Map<string, number>();
  for (const event of result.right.events) types.set(event.type, (types.get(event.type) ?? 0) + 1);
  const summary = [...types].map(([type, n]) => `${type} ×${n}`).join(', ');
  await write(
    io.stdout,
    `dry run: ${lines.length} command(s) would be recorded as ${result.right.events.length} event(s) at ${result.right.recordedAt}${summary ? ` (${summary})` : ''}; nothing was written\n`,
  );
}
