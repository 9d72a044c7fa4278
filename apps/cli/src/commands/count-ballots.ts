import type { Command } from 'commander';
import { CliError, usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';
import { openVoteBallots, recountOpenedVote } from '../vote-ballots.ts';

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
        const vote = await openVoteBallots(store, files, options.vote, options.authorityKey, io);
        const { events, ballots } = vote;
        const opened = events.find((e) => e.type === 'VotingOpened');
        if (opened === undefined) throw new CliError(`vote ${options.vote}: voting was never opened, nothing to count`);
        const recount = await recountOpenedVote(vote, options.vote);
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
