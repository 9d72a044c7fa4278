/**
 * `govledger forget --db F --subject ID --reason TEXT`: erase a person. Records a
 * PersonalDataErased event (who asked, when, why — no personal data), then destroys the
 * subject's keys. Their ciphertext stays, so every leaf, root and proof still verifies, but
 * nothing can read it again. A vote's inspection key (`--subject ballots-<voteId>`) is
 * destroyed the same way once its life is over: after closing, the objection period and every
 * objection's inspection (refused before).
 */
import { erasePersonalData, type EventStore, foldStream, type RecordedEvent } from '@govledger/core';
import { votes } from '@govledger/governance';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, PersonalDataRefused } from '../cli-error.ts';
import { issueCheckpoint } from '../checkpointing.ts';
import { type CliIo, write } from '../io.ts';
import { completePendingErasures, openKeyStore } from '../key-store.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';

/**
 * A vote's inspection key (`ballots-<voteId>`) is destroyed only once the vote closed, its
 * objection period is over (by the ledger's time) and every objection was answered.
 */
async function refuseLiveBallotBox(store: EventStore, subject: string): Promise<void> {
  if (!votes.isBallotBoxSubject(subject)) return;
  const history: RecordedEvent[] = [];
  for await (const event of store.readStream(votes.voteStreamId(subject.slice('ballots-'.length)))) history.push(event);
  const why = votes.whyBallotBoxKeyMustStay(foldStream(votes.voteAggregate, history), new Date().toISOString());
  if (why !== null) throw new CliError(`nothing was erased: ${subject} is still needed: ${why}`);
}

/** Registers `forget`. */
export function registerForget(program: Command, io: CliIo): void {
  program
    .command('forget')
    .description("erase a data subject's personal data: record the erasure, then destroy their keys")
    .requiredOption('--db <file>', 'ledger database')
    .requiredOption('--subject <id>', 'the pseudonymous subject id (e.g. person-0012)')
    .requiredOption('--reason <text>', 'why, without personal data (e.g. "PIPL art. 47 request of 2024-05-02")')
    .option('--requested-by <id>', 'who asked (default: the subject)')
    .option('--actor <id>', 'the officer performing the erasure', 'operator')
    .option('--at <time>', 'ISO-8601 UTC time of the erasure (default: now)')
    .option('--keystore <file>', 'personal-data key store (default: beside the database, or $GOVLEDGER_KEYSTORE)')
    .option(
      '--inspection-keys <file>',
      'inspection key store of ballot boxes (default: <db>.inspection.keys, or $GOVLEDGER_INSPECTION_KEYS)',
    )
    .option('--key <file>', 'checkpoint signing key (default: beside the database, or $GOVLEDGER_SIGNING_KEY)')
    .action(
      async (options: {
        db: string;
        subject: string;
        reason: string;
        requestedBy?: string;
        actor: string;
        at?: string;
        keystore?: string;
        inspectionKeys?: string;
        key?: string;
      }) => {
        const files = ledgerFiles(options, io.env, io.cwd);
        const store = openLedger(files.db);
        try {
          const keys = await openKeyStore(files);
          // Finish any erasure a crash interrupted before adding a new one, and say so.
          const completed = await completePendingErasures(store, keys);
          for (const erased of completed)
            await write(
              io.stdout,
              `completed the interrupted erasure of ${erased.subject}: ${erased.keyIds.length} key(s) destroyed (the erasure was recorded earlier)\n`,
            );
          if (completed.some((erased) => erased.subject === options.subject)) {
            await issueCheckpoint(store, files, io);
            return;
          }
          await refuseLiveBallotBox(store, options.subject);
          const done = await erasePersonalData(
            {
              subject: options.subject,
              requestedBy: options.requestedBy ?? options.subject,
              reason: options.reason,
              actor: { id: options.actor, role: 'system' },
              occurredAt: options.at ?? new Date().toISOString(),
            },
            keys,
            (group) => store.appendBatch([group]),
          );
          if (isLeft(done)) {
            throw new PersonalDataRefused('nothing was erased', done.left);
          }
          await issueCheckpoint(store, files, io);
          await write(
            io.stdout,
            `erased ${options.subject}: ${done.right.erased.keyIds.length} key(s) destroyed; erasure recorded at index ${done.right.recorded.events[0]?.index}\n`,
          );
        } finally {
          await store.close();
        }
      },
    );
}
