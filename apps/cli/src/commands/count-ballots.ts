/**
 * `govledger count-ballots --db F --vote ID --authority-key FILE [--inspection-keys FILE]`:
 * the count that closes a vote whose ballots are sealed. Only opened ballots give it (the
 * per-choice area and heads of each owner's last ballot, and the sum of those ballots'
 * blindings), and only the inspecting authority's private key opens them, so the counting
 * party runs this with that key and prints the `CloseVoting` submission line, ready for
 * `govledger submit`. The rule then accepts the count only when the counted ballots' public
 * commitments add up to it, so a wrong count cannot close the vote.
 *
 * It records nothing: the opening it does is the one every sealed vote's closing needs, and
 * the `VotingClosed` event the line produces is its record (who closed, with which committed
 * totals); `BallotsInspected` records something else, an opening on an objection, with its
 * reason and findings (docs/privacy.md, "Counting"). Each ballot is checked against its
 * public commitment and its pseudonym before counting; a disagreeing ballot stops it.
 */
import { ballotBoxPseudonymKey, votes } from '@govledger/governance';
import { describePersonalDataError } from '@govledger/core';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError, usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';
import { openVoteBallots } from '../vote-ballots.ts';

interface Options {
  db: string;
  vote: string;
  actor?: string;
  role?: string;
  at?: string;
  keystore?: string;
  inspectionKeys?: string;
  authorityKey?: string;
}

/** Registers `count-ballots`. */
export function registerCountBallots(program: Command, io: CliIo): void {
  program
    .command('count-ballots')
    .description(
      "open a vote's sealed ballots with the authority's private key, count them, and print the CloseVoting line to submit",
    )
    .requiredOption('--db <file>', 'ledger database')
    .requiredOption('--vote <id>', 'the vote id')
    .option('--actor <id>', 'who closes the vote (default: who opened voting)')
    .option('--role <role>', "the closing actor's role (default: the role that opened voting)")
    .option('--at <time>', 'ISO-8601 UTC time of the closing act (default: now)')
    .option('--keystore <file>', 'personal-data key store (default: beside the database, or $GOVLEDGER_KEYSTORE)')
    .option(
      '--inspection-keys <file>',
      "the key store holding the vote's box key (default: <db>.inspection.keys, or $GOVLEDGER_INSPECTION_KEYS)",
    )
    .option(
      '--authority-key <file>',
      "the inspecting authority's private key file (made by authority-key): opens ballots sealed to its public key",
    )
    .action(async (options: Options) => {
      if (options.at !== undefined && Number.isNaN(Date.parse(options.at)))
        throw usageError(`--at must be an ISO-8601 UTC time, got ${options.at}`);
      if ((options.actor === undefined) !== (options.role === undefined))
        throw usageError('--actor and --role go together (or neither: who opened voting closes it)');
      const files = ledgerFiles(options, io.env, io.cwd);
      const store = openLedger(files.db);
      try {
        const { keys, events, ballots } = await openVoteBallots(store, files, options.vote, options.authorityKey, io);
        const opened = events.find((e) => e.type === 'VotingOpened');
        if (opened === undefined) throw new CliError(`vote ${options.vote}: voting was never opened, nothing to count`);
        const box = votes.ballotBoxSubject(options.vote);
        const pseudonymKey = await ballotBoxPseudonymKey(keys, box, false);
        if (isLeft(pseudonymKey)) throw environmentError(describePersonalDataError(pseudonymKey.left));
        const key = pseudonymKey.right;
        const recount = votes.recountBallots(
          ballots,
          undefined,
          key === null ? undefined : (ownerId) => votes.ballotPseudonym(key, box, ownerId),
        );
        if (recount.disagreeing.length > 0) {
          const first = recount.disagreeing[0];
          throw new CliError(
            `${recount.disagreeing.length} ballots disagree with their public commitments (first: entry ${first?.leafIndex}: ${first?.reason}); no count printed`,
          );
        }
        const closed = events.find((e) => e.type === 'VotingClosed');
        if (closed !== undefined)
          await write(io.stderr, `vote ${options.vote} was already closed at entry ${closed.index}\n`);
        const line = {
          command: 'CloseVoting',
          actor: options.actor !== undefined ? { id: options.actor, role: options.role } : opened.metadata.actor,
          occurredAt: options.at ?? new Date().toISOString(),
          data: { voteId: options.vote, count: recount.count },
        };
        await write(io.stdout, `${JSON.stringify(line)}\n`);
        await write(
          io.stderr,
          `counted ${recount.counted} owners' last ballots of ${ballots.length} sealed ballots; nothing recorded: submit the line above to close the vote\n`,
        );
      } finally {
        await store.close();
      }
    });
}
