/**
 * `govledger history --db FILE --stream ID [--personal] [--json]`: every event of one
 * aggregate in order — ledger index, time, actor and role — and what each changed in the
 * aggregate's state. Personal fields read as erased markers unless `--personal` opens them
 * with the key store.
 */
import {
  erasedView,
  openPersonalData,
  type RecordedEvent,
  streamHistory,
  describePersonalDataError,
} from '@govledger/core';
import { audit } from '@govledger/governance';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { changeLines, shortJson } from '../change-text.ts';
import { CliError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { toJson } from '../json-output.ts';
import { openKeyStore } from '../key-store.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';

interface HistoryOptions {
  db: string;
  stream: string;
  personal?: boolean;
  keystore?: string;
  json?: boolean;
}

/** Registers `history`. */
export function registerHistory(program: Command, io: CliIo): void {
  program
    .command('history')
    .description("every event of one stream (aggregate) in order, and what each changed in the aggregate's state")
    .requiredOption('--db <file>', 'ledger database')
    .requiredOption('--stream <id>', 'the stream, e.g. complaint-c-000001 or vote-v-0001')
    .option('--personal', 'open personal fields with the key store (otherwise they read as erased markers)')
    .option('--keystore <file>', 'personal-data key store (default: beside the database, or $GOVLEDGER_KEYSTORE)')
    .option('--json', 'print the history as JSON')
    .action(async (options: HistoryOptions) => {
      const files = ledgerFiles(options, io.env, io.cwd);
      const store = openLedger(files.db, { readonly: true });
      try {
        const keys = options.personal ? await openKeyStore(files, { ledger: store }) : null;
        const events: RecordedEvent[] = [];
        for await (const recorded of store.readStream(options.stream)) {
          if (!keys) {
            events.push(erasedView(recorded));
            continue;
          }
          const opened = await openPersonalData(recorded, keys);
          if (isLeft(opened)) {
            throw new CliError(
              `entry ${recorded.index}: personal data cannot be opened: ${describePersonalDataError(opened.left)}`,
            );
          }
          events.push(opened.right);
        }
        if (events.length === 0) throw new CliError(`no stream ${JSON.stringify(options.stream)} in the ledger`);
        const steps = streamHistory(events, audit.aggregateOfStream(options.stream));
        const personalData = keys ? 'opened' : 'hidden';
        if (options.json) {
          const json = steps.map(({ event, changes }) => ({
            index: event.index,
            streamVersion: event.streamVersion,
            type: event.type,
            occurredAt: event.metadata.occurredAt,
            recordedAt: event.metadata.recordedAt,
            backfilled: event.metadata.backfilled === true,
            actor: event.metadata.actor,
            data: event.data,
            changes,
          }));
          await write(io.stdout, `${toJson({ streamId: options.stream, personalData, events: json })}\n`);
          return;
        }
        const lines = [`history of ${options.stream}: ${steps.length} event(s); personal data ${personalData}`];
        for (const { event, changes } of steps) {
          const { actor, occurredAt, recordedAt } = event.metadata;
          lines.push(
            `#${event.index} v${event.streamVersion} ${occurredAt} ${event.type} by ${actor.id} (${actor.role}), recorded ${recordedAt}${event.metadata.backfilled ? ' (back-filled)' : ''}`,
            `    data: ${shortJson(event.data)}`,
          );
          if (changes === null) lines.push('    (no aggregate folds this stream)');
          else if (changes.length === 0) lines.push('    no change to the aggregate');
          else for (const change of changes) lines.push(...changeLines(change, '    ', false));
        }
        await write(io.stdout, `${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
