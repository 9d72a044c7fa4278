/**
 * `govledger verify`: audit a ledger without trusting the operator.
 * - `--db FILE [--checkpoint FILE] [--key VKEY]`: recompute every leaf hash and node from
 *   the stored leaf bytes, check every stored checkpoint, and that your older checkpoint is
 *   consistent with today's tree.
 * - `--export FILE --checkpoint FILE --key VKEY`: the offline audit of an export.
 * - `--state`: also recompute the state roots and compare them with the signed state notes
 *   (with `--export`, the one given by `--state-note FILE`), and check the stored projection
 *   states against a replay, naming the first record that differs.
 * Exit 0 when sound; 1 naming the first bad index or checkpoint.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AuditReport, verifyExport, verifyLedger } from '@govledger/core';
import type { Command } from 'commander';
import { CliError, environmentError, usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { inputStream } from '../ndjson.ts';
import { openLedger } from '../open-ledger.ts';
import { startProgress } from '../progress.ts';
import { readInputText } from '../input-file.ts';
import { resolveVerifierKey } from '../verifier-key.ts';
import { exportLines } from '../export-lines.ts';
import { stateAuditText, verifyExportState } from '../state/verify-export-state.ts';
import { type StateAudit, verifyLedgerState } from '../state/verify-state.ts';

function reportText(report: AuditReport): string {
  const lines = report.ok
    ? [
        `OK: ${report.entriesChecked} entries and ${report.checkpointsChecked} checkpoint root(s) verified; size ${report.size}, root ${report.root}`,
      ]
    : [`FAILED: ${report.problem?.message}`, `checked ${report.entriesChecked} entries before stopping`];
  return `${[...lines, ...report.notes.map((n) => `note: ${n}`)].join('\n')}\n`;
}

interface VerifyOptions {
  db?: string;
  export?: string;
  checkpoint?: string;
  key?: string;
  json?: boolean;
  state?: boolean;
  stateNote?: string;
}

/** Registers `verify`. */
export function registerVerify(program: Command, io: CliIo): void {
  program
    .command('verify')
    .description('audit the ledger (or an export, offline) against signed checkpoints')
    .option('--db <file>', 'ledger database to audit')
    .option('--export <file>', 'NDJSON export to audit offline (no database needed)')
    .option('--checkpoint <file>', 'a signed checkpoint you hold (required with --export)')
    .option(
      '--key <vkey>',
      "the log's verifier key, as text or a file (default with --db: derived from the signing key beside it)",
    )
    .option('--json', 'print the report as JSON')
    .option('--state', 'also recompute the state roots and compare them with the signed state notes')
    .option('--state-note <file>', 'with --export --state: the signed state note to check')
    .action(async (options: VerifyOptions) => {
      if ((options.db === undefined) === (options.export === undefined))
        throw usageError('give exactly one of --db FILE or --export FILE');
      let report: AuditReport;
      let stateAudit: StateAudit | undefined;
      if (options.export !== undefined) {
        if (options.checkpoint === undefined || options.key === undefined) {
          throw usageError('--export needs --checkpoint FILE and --key VKEY (the published verifier key)');
        }
        const verifier = resolveVerifierKey(options.key, undefined, io.cwd);
        const checkpoint = readInputText(options.checkpoint, io.cwd, 'checkpoint file');
        let bytes = 0;
        try {
          bytes = options.export === '-' ? 0 : statSync(resolve(io.cwd, options.export)).size;
        } catch {
          throw environmentError(`cannot read export ${options.export}`);
        }
        const progress = startProgress('verify', bytes, io.stderr);
        report = await verifyExport(
          exportLines(
            () => inputStream(options.export, io),
            (read) => progress.update(read),
          ),
          {
            checkpoint,
            verifier,
          },
        );
        progress.stop();
        if (report.ok && options.state) {
          if (options.stateNote === undefined) throw usageError('--export --state needs --state-note FILE');
          stateAudit = await verifyExportState(
            exportLines(() => inputStream(options.export, io)),
            readInputText(options.stateNote, io.cwd, 'state note file'),
            checkpoint,
            verifier,
          );
        }
      } else {
        const files = ledgerFiles({ db: options.db! }, io.env, io.cwd);
        const store = openLedger(files.db, { readonly: true });
        try {
          const verifier = resolveVerifierKey(options.key, files.signingKey, io.cwd);
          const progress = startProgress('verify', 0, io.stderr);
          report = await verifyLedger(store, {
            verifier,
            ...(options.checkpoint !== undefined
              ? { trustedCheckpoint: readInputText(options.checkpoint, io.cwd, 'checkpoint file') }
              : {}),
            onProgress: (done, total) => progress.update(done, total),
          });
          progress.stop();
          if (report.ok && options.state) stateAudit = await verifyLedgerState(store, verifier);
        } finally {
          await store.close();
        }
      }
      const json = stateAudit ? { ...report, state: stateAudit } : report;
      const text = reportText(report) + (stateAudit ? stateAuditText(stateAudit) : '');
      await write(io.stdout, options.json ? `${JSON.stringify(json, null, 2)}\n` : text);
      if (!report.ok || stateAudit?.ok === false) throw new CliError('verification failed');
    });
}
