/**
 * `govledger report --db FILE --from T1 --to T2 --out report.html [--lang zh|en]
 * [--previous-checkpoint FILE] [--verify period|full|checkpoint] [--personal]`: a self-contained,
 * printable audit report of a period (Chinese by default). Personal data appears only with
 * `--personal`, opened with the key store.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describePersonalDataError, openPersonalData } from '@govledger/core';
import { complaints } from '@govledger/governance';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { resolveRange } from '../audit-range.ts';
import { CliError, usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { openKeyStore } from '../key-store.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';
import { startProgress } from '../progress.ts';
import { gatherReport, type ReportData, type VerifyMode } from '../report/report-data.ts';
import { renderReport } from '../report/render-report.ts';
import { readInputText } from '../input-file.ts';
import { resolveVerifierKey } from '../verifier-key.ts';

interface ReportOptions {
  db: string;
  from: string;
  to: string;
  out: string;
  lang?: string;
  previousCheckpoint?: string;
  verify?: string;
  key?: string;
  personal?: boolean;
  keystore?: string;
}

/** Registers `report`. */
export function registerReport(program: Command, io: CliIo): void {
  program
    .command('report')
    .description('write a self-contained, printable audit report of a period (HTML, Chinese by default)')
    .requiredOption('--db <file>', 'ledger database')
    .requiredOption('--from <point>', 'start of the period: a ledger index (inclusive) or ISO-8601 UTC time')
    .requiredOption('--to <point>', 'end of the period')
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('--lang <zh|en>', 'the report language (default zh)')
    .option('--previous-checkpoint <file>', "the previous report's signed checkpoint: adds a consistency proof")
    .option(
      '--verify <mode>',
      "period (rehash the period's entries and prove them in the signed tree, default), full (rehash every entry) or checkpoint (signature and root only)",
    )
    .option('--key <vkey>', "the log's verifier key (default: derived from the signing key beside the database)")
    .option('--personal', 'open the complainants of overdue complaints with the key store (personal data!)')
    .option('--keystore <file>', 'personal-data key store (default: beside the database, or $GOVLEDGER_KEYSTORE)')
    .action(async (options: ReportOptions) => {
      const lang = options.lang ?? 'zh';
      if (lang !== 'zh' && lang !== 'en') throw usageError(`--lang must be zh or en, got ${JSON.stringify(lang)}`);
      const verify = (options.verify ?? 'period') as VerifyMode;
      if (verify !== 'full' && verify !== 'period' && verify !== 'checkpoint') {
        throw usageError('--verify must be period, full or checkpoint');
      }
      const files = ledgerFiles(options, io.env, io.cwd);
      const verifier = resolveVerifierKey(options.key, files.signingKey, io.cwd);
      const previous = options.previousCheckpoint
        ? readInputText(options.previousCheckpoint, io.cwd, 'checkpoint file')
        : undefined;
      const store = openLedger(files.db);
      try {
        const range = await resolveRange(store, options.from, options.to);
        const progress = startProgress('report', 0, io.stderr);
        let data: ReportData = await gatherReport({
          store,
          range,
          verifier,
          verify,
          ...(previous ? { previousCheckpoint: previous } : {}),
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        data = { ...data, period: { ...data.period, asked: { from: options.from, to: options.to } } };
        if (options.personal) data = { ...data, complainants: await complainantsOf(data, store, files) };
        const html = renderReport(data, lang);
        writeFileSync(resolve(io.cwd, options.out), html);
        const verdict = data.verification.ok && data.checkpoint.signatureValid && (data.consistency?.ok ?? true);
        await write(
          io.stdout,
          `report of entries ${range.fromSize}..${range.toSize - 1} written to ${options.out} (${Buffer.byteLength(html).toLocaleString('en-US')} bytes); checkpoint ${data.checkpoint.size}, verification (${verify}) ${verdict ? 'passed' : 'FAILED'}\n`,
        );
        if (!verdict) throw new CliError('the report records a failed verification');
      } finally {
        await store.close();
      }
    });
}

/** The complainant's name and phone of every overdue complaint, opened with the key store. */
async function complainantsOf(
  data: ReportData,
  store: ReturnType<typeof openLedger>,
  files: ReturnType<typeof ledgerFiles>,
): Promise<Record<string, { name: unknown; phone: unknown }>> {
  const keys = await openKeyStore(files, { ledger: store });
  const found: Record<string, { name: unknown; phone: unknown }> = {};
  for (const { complaintId } of data.findings.overdueComplaints) {
    for await (const event of store.readStream(complaints.complaintStreamId(complaintId), { limit: 1 })) {
      const opened = await openPersonalData(event, keys);
      if (isLeft(opened)) {
        throw new CliError(
          `entry ${event.index}: personal data cannot be opened: ${describePersonalDataError(opened.left)}`,
        );
      }
      const filed = opened.right.data as { complainantName?: unknown; complainantPhone?: unknown };
      found[complaintId] = { name: filed.complainantName ?? null, phone: filed.complainantPhone ?? null };
    }
  }
  return found;
}
