/**
 * `govledger replay --db FILE [--as-of INDEX|ISO-TIME] [--json]`: rebuild every projection
 * from the log, now or as of a past point, resuming from stored snapshots where possible.
 */
import { type LedgerStatistics, ProjectionRunner, summariseStatistics } from '@govledger/core';
import type { Command } from 'commander';
import { decryptingTransform, openKeyStore } from '../key-store.ts';
import { type CliIo, write } from '../io.ts';
import { toJson } from '../json-output.ts';
import { governanceOverview } from '../overview.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { asOfOption } from '../options.ts';
import { openLedger } from '../open-ledger.ts';
import { startProgress } from '../progress.ts';
import { allProjections, ledgerUpcasters } from '../projections.ts';

/** Registers `replay`. */
export function registerReplay(program: Command, io: CliIo): void {
  program
    .command('replay')
    .description('rebuild every projection from the log, now or as of a past index or time')
    .requiredOption('--db <file>', 'ledger database')
    .option('--as-of <point>', 'a ledger index (inclusive) or an ISO-8601 UTC recordedAt time')
    .option('--json', 'print every projection state as JSON')
    .option('--personal', 'decrypt personal fields for the projections (needs the key store; saves no snapshot)')
    .option('--keystore <file>', 'personal-data key store (default: beside the database, or $GOVLEDGER_KEYSTORE)')
    .action(async (options: { db: string; asOf?: string; json?: boolean; personal?: boolean; keystore?: string }) => {
      const asOf = asOfOption(options.asOf);
      const files = ledgerFiles(options, io.env, io.cwd);
      const store = openLedger(files.db);
      try {
        const progress = startProgress('replay', 0, io.stderr);
        // Plaintext personal data must never reach a snapshot, so decryption (--personal) runs
        // as a scratch replay that saves nothing; the default replay sees only ciphertext
        // envelopes (governance state never depends on personal fields) and keeps snapshots.
        const keys = options.personal ? await openKeyStore(files, { ledger: store }) : null;
        const runner = new ProjectionRunner(store, allProjections, {
          snapshots: store,
          upcasters: ledgerUpcasters,
          ...(keys ? { transform: decryptingTransform(keys) } : {}),
          onProgress: (done, total) => progress.update(done, total),
        });
        const { size, states } =
          asOf || keys ? await runner.replayAsOf(asOf) : { size: await runner.catchUp(), states: runner.states() };
        progress.stop();
        if (options.json) {
          const printable = {
            ...states,
            ledgerStatistics: summariseStatistics(states.ledgerStatistics as LedgerStatistics),
          };
          await write(io.stdout, `${toJson({ size, projections: printable })}\n`);
          return;
        }
        const stats = states.ledgerStatistics as LedgerStatistics;
        const lines = [
          `ledger size as of replay: ${size}`,
          `events: ${stats.events} in ${stats.streams} streams, recorded ${stats.firstRecordedAt ?? '-'} .. ${stats.lastRecordedAt ?? '-'}`,
          ...governanceOverview(states),
          `events by type: ${Object.entries(stats.byType)
            .sort((a, b) => b[1] - a[1])
            .map(([type, count]) => `${type} ${count}`)
            .join(', ')}`,
          `projections: ${allProjections.map((p) => p.name).join(', ')} (use --json for their states)`,
        ];
        await write(io.stdout, `${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
