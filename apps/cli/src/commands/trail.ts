/**
 * `govledger trail --db FILE --actor ID [--from T1] [--to T2] [--period P] [--json]`: every
 * act of one actor (an official, a company, an owners' committee) in a range of the log,
 * with counts by type, role and period (months and quarters in China Standard Time).
 */
import { actorTrail, PERIOD_UNITS, type PeriodUnit } from '@govledger/core';
import type { Command } from 'commander';
import { resolveRange } from '../audit-range.ts';
import { refText } from '../change-text.ts';
import { usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { toJson } from '../json-output.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { openLedger } from '../open-ledger.ts';

/** China Standard Time, in which the domain reckons months and quarters. */
export const CHINA_STANDARD_TIME_MINUTES = 480;

interface TrailOptions {
  db: string;
  actor: string;
  from?: string;
  to?: string;
  period?: string;
  limit?: string;
  json?: boolean;
}

/** Registers `trail`. */
export function registerTrail(program: Command, io: CliIo): void {
  program
    .command('trail')
    .description('every act of one actor, with counts by type and by period')
    .requiredOption('--db <file>', 'ledger database')
    .requiredOption('--actor <id>', 'the actor id, e.g. co-shazhou, zjg-housing-bureau, so-yangshe')
    .option('--from <point>', 'start after this point: a ledger index (inclusive) or ISO-8601 UTC time')
    .option('--to <point>', 'end at this point (default: the head)')
    .option('--period <unit>', `count by ${PERIOD_UNITS.join(', ')} (default month)`)
    .option('--limit <n>', 'acts listed (default 1000; the counts cover all)')
    .option('--json', 'print the trail as JSON')
    .action(async (options: TrailOptions) => {
      const period = (options.period ?? 'month') as PeriodUnit;
      if (!PERIOD_UNITS.includes(period)) throw usageError(`--period must be one of ${PERIOD_UNITS.join(', ')}`);
      const limit = nonNegativeInteger('--limit', options.limit) ?? 1000;
      const store = openLedger(ledgerFiles(options, io.env, io.cwd).db, { readonly: true });
      try {
        const range = await resolveRange(store, options.from, options.to);
        const trail = await actorTrail(store, options.actor, {
          ...range,
          period,
          offsetMinutes: CHINA_STANDARD_TIME_MINUTES,
          limit,
        });
        if (options.json) {
          await write(io.stdout, `${toJson(trail)}\n`);
          return;
        }
        const byCount = (counts: Record<string, number>) =>
          Object.entries(counts)
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .map(([k, n]) => `${k} ${n}`)
            .join(', ');
        const lines = [
          `trail of ${trail.actorId} over entries ${trail.fromSize}..${trail.toSize - 1}: ${trail.total} act(s)${trail.total ? `, ${trail.firstAt} .. ${trail.lastAt}` : ''}`,
          `by type: ${byCount(trail.byType) || '-'}`,
          `by role: ${byCount(trail.byRole) || '-'}`,
          `by ${period} (China Standard Time):`,
          ...Object.entries(trail.byPeriod).map(
            ([key, counts]) => `  ${key}: ${Object.values(counts).reduce((a, b) => a + b, 0)} (${byCount(counts)})`,
          ),
          'acts:',
          ...trail.acts.map((act) => `  ${refText(act)} on ${act.streamId}`),
          ...(trail.actsOmitted > 0 ? [`  … ${trail.actsOmitted} more (--limit N)`] : []),
        ];
        await write(io.stdout, `${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
