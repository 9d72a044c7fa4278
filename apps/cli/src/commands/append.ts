/**
 * `govledger append --db FILE [FILE|-]`: append raw proposed events from NDJSON, one a line,
 * all or nothing. Every bad line is reported with its line number, field and reason, and
 * nothing is written unless every line is good. Governance acts are refused here: they are
 * recorded through their rules with `submit` (raw governance events enter only by `import`
 * of a verified export).
 */
import {
  type AppendError,
  describeAppendError,
  type EncodedEvent,
  encodeEvent,
  type ProposedEvent,
  type StreamAppend,
} from '@govledger/core';
import { governanceCatalogue } from '@govledger/governance';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../io.ts';
import { write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { inputStream, numberedLines, parseJsonLine } from '../ndjson.ts';
import { type LedgerStore, openLedger } from '../open-ledger.ts';
import { issueCheckpoint } from '../checkpointing.ts';
import { foldForWrite, snapshotAfterWrite } from '../write-snapshots.ts';
import { busyLedgerError, isBusyError } from '../write-lock.ts';

/** At most this many bad lines are listed; the count of the rest is given. */
const MAX_REPORTED = 20;

/**
 * Reads and checks every line; returns the events, each already validated and canonicalised
 * (`encoded`, handed to the store so it does not do that again), or throws listing the bad lines.
 */
export async function readProposedEvents(
  path: string | undefined,
  io: CliIo,
): Promise<{ events: ProposedEvent[]; encoded: EncodedEvent[]; lines: number[] }> {
  const events: ProposedEvent[] = [];
  const encoded: EncodedEvent[] = [];
  const lines: number[] = [];
  const problems: string[] = [];
  let bad = 0;
  const name = path && path !== '-' ? path : 'standard input';
  for await (const { line, text } of numberedLines(inputStream(path, io), name)) {
    const parsed = parseJsonLine(text);
    if (!parsed.ok) {
      bad++;
      if (problems.length < MAX_REPORTED) problems.push(`line ${line}: ${parsed.reason}`);
      continue;
    }
    const decoded = encodeEvent(parsed.value);
    if (isLeft(decoded)) {
      bad++;
      for (const p of decoded.left) {
        if (problems.length < MAX_REPORTED) problems.push(`line ${line}: ${p.path}: ${p.reason}`);
      }
      continue;
    }
    const { event } = decoded.right;
    if (governanceCatalogue.definition(event.type, event.schemaVersion)) {
      bad++;
      if (problems.length < MAX_REPORTED) {
        problems.push(
          `line ${line}: type: ${event.type} is a governance act; record it through its rules with govledger submit`,
        );
      }
      continue;
    }
    events.push(event);
    encoded.push(decoded.right);
    lines.push(line);
  }
  if (bad > 0) {
    const more = bad > MAX_REPORTED ? `\n(and more: ${bad} bad lines in all)` : '';
    throw new CliError(`nothing was appended: ${bad} bad line(s) in ${name}\n${problems.join('\n')}${more}`);
  }
  return { events, encoded, lines };
}

/** Groups consecutive events of one stream, each group expecting `any` version. */
export function groupByStream(events: readonly ProposedEvent[]): StreamAppend[] {
  const groups: { streamId: string; expectedVersion: 'any'; events: ProposedEvent[] }[] = [];
  for (const event of events) {
    const last = groups[groups.length - 1];
    if (last && last.streamId === event.streamId) last.events.push(event);
    else groups.push({ streamId: event.streamId, expectedVersion: 'any', events: [event] });
  }
  return groups;
}

/** `appendBatch`, with a write lock held past the busy timeout reported as a conflict naming its holder. */
async function appendOrConflict(
  store: LedgerStore,
  db: string,
  batch: readonly StreamAppend[],
  encoded: readonly EncodedEvent[],
) {
  try {
    return await store.appendBatch(batch, { encoded });
  } catch (error) {
    if (isBusyError(error)) throw busyLedgerError(db, 'appended');
    throw error;
  }
}

/** Registers `append`. */
export function registerAppend(program: Command, io: CliIo): void {
  program
    .command('append')
    .description('append proposed events from NDJSON (one a line), all or nothing')
    .argument('[file]', 'NDJSON file of proposed events, or - for standard input', '-')
    .requiredOption('--db <file>', 'ledger database')
    .option('--key <file>', 'checkpoint signing key (default: beside the database, or $GOVLEDGER_SIGNING_KEY)')
    .action(async (file: string, options: { db: string; key?: string }) => {
      const files = ledgerFiles(options, io.env, io.cwd);
      const store = openLedger(files.db, { writer: { verb: 'append', progress: io.stderr } });
      try {
        // Every line is read and checked before the write lock is taken.
        const { events, encoded, lines } = await readProposedEvents(file, io);
        const refuse = (error: AppendError, position: number | undefined) => {
          const line = position !== undefined ? lines[position] : undefined;
          return new CliError(
            `nothing was appended: ${line !== undefined ? `line ${line}: ` : ''}${describeAppendError(error)}`,
          );
        };
        // A large write's state note is folded from the events in hand (see write-snapshots.ts).
        const fold = await foldForWrite(store, events.length);
        // One batch: a large one is pipelined by the store (SQLite's bulk writer), still all or nothing.
        const result = await appendOrConflict(store, files.db, groupByStream(events), encoded);
        if (isLeft(result)) {
          const error = result.left;
          throw refuse(error, 'position' in error ? error.position : undefined);
        }
        const { size } = result.right;
        await fold?.follow(result.right.events);
        const checkpoint = await issueCheckpoint(store, files, io, fold?.runner);
        await snapshotAfterWrite(store, events.length, checkpoint !== null, fold?.runner);
        await write(
          io.stdout,
          `appended ${events.length} event(s); ledger size ${size}${checkpoint ? '; checkpoint signed' : ''}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
