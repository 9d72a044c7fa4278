/**
 * `govledger diff --db FILE --from T1 [--to T2] [--projection NAME]… [--json]`: for every
 * projection, what differs between its state as of T1 and as of T2 — items added, removed
 * and changed, field by field, in the domain's terms (records, statuses, amounts in yuan, local
 * times; bookkeeping structures counted but not listed) — and the events in between that
 * caused each change. T1 and
 * T2 are ledger indexes (inclusive) or ISO-8601 UTC times. The state as of T1 resumes from
 * a snapshot; milestone snapshots are saved on the way so later questions start near.
 */
import { diffSizes } from '@govledger/core';
import { governanceProjections } from '@govledger/governance';
import type { Command } from 'commander';
import { recordedAtOf, resolveRange } from '../audit-range.ts';
import { domainChangeLines, domainValue, isBookkeeping } from '../domain-change-text.ts';
import { usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { toJson } from '../json-output.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { openLedger } from '../open-ledger.ts';
import { startProgress } from '../progress.ts';
import { ledgerUpcasters } from '../projections.ts';

interface DiffOptions {
  db: string;
  from: string;
  to?: string;
  projection?: string[];
  json?: boolean;
  limit?: string;
  causes?: string;
}

/** Registers `diff`. */
export function registerDiff(program: Command, io: CliIo): void {
  program
    .command('diff')
    .description('what changed in every projection between two points, field by field, and which events changed it')
    .requiredOption('--db <file>', 'ledger database')
    .requiredOption('--from <point>', 'the earlier point: a ledger index (inclusive) or an ISO-8601 UTC time')
    .option('--to <point>', 'the later point (default: the head)')
    .option('--projection <name>', 'only this projection (repeatable)', (v: string, all: string[] = []) => [...all, v])
    .option('--json', 'print the whole diff as JSON')
    .option('--limit <n>', 'items listed per projection in text output (default 20)')
    .option('--causes <n>', 'events listed per changed item (default 5; all are counted)')
    .action(async (options: DiffOptions) => {
      const known = new Map(governanceProjections.map((p) => [p.name, p]));
      for (const name of options.projection ?? []) {
        if (!known.has(name)) throw usageError(`--projection ${name} is not one of: ${[...known.keys()].join(', ')}`);
      }
      const projections = options.projection ? options.projection.map((n) => known.get(n)!) : governanceProjections;
      const limit = nonNegativeInteger('--limit', options.limit) ?? 20;
      const causes = nonNegativeInteger('--causes', options.causes) ?? 5;
      const store = openLedger(ledgerFiles(options, io.env, io.cwd).db);
      try {
        const range = await resolveRange(store, options.from, options.to);
        const progress = startProgress('diff', 0, io.stderr);
        const diff = await diffSizes(store, projections, range.fromSize, range.toSize, {
          snapshots: store,
          upcasters: ledgerUpcasters,
          saveMilestones: true,
          causes,
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        const fromAt = await recordedAtOf(store, range.fromSize - 1);
        const toAt = await recordedAtOf(store, range.toSize - 1);
        if (options.json) {
          const { statesAtTo: _states, ...rest } = diff;
          await write(io.stdout, `${toJson({ ...rest, fromRecordedAt: fromAt, toRecordedAt: toAt })}\n`);
          return;
        }
        const lines = [
          `diff from size ${diff.fromSize} (${fromAt ? domainValue(fromAt) : 'the empty ledger'}) to size ${diff.toSize} (${toAt ? domainValue(toAt) : 'the empty ledger'}): ${diff.toSize - diff.fromSize} event(s) between`,
        ];
        for (const p of diff.projections) {
          // Records and figures only: bookkeeping structures are counted, not listed (--json has them).
          const shown = p.items.filter((change) => !isBookkeeping(change.item));
          const hidden = p.items.length - shown.length;
          lines.push(
            `${p.name}: ${p.added} added, ${p.removed} removed, ${p.changed} changed` +
              (hidden > 0 ? ` (${hidden} of them bookkeeping, not listed)` : ''),
          );
          for (const change of shown.slice(0, limit)) lines.push(...domainChangeLines(change));
          if (shown.length > limit) lines.push(`  … ${shown.length - limit} more item(s) (--limit N, or --json)`);
        }
        await write(io.stdout, `${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
