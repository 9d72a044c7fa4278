import {
  CommandExecutor,
  describeSubmitError,
  governanceCatalogue,
  governanceSealer,
  governanceRegistry,
  type votes,
} from '@govledger/governance';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, usageError } from '../cli-error.ts';
import { issueCheckpoint } from '../checkpointing.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';
import { ledgerUpcasters } from '../projections.ts';
import { openVoteBallots, recountOpenedVote } from '../vote-ballots.ts';

interface Options {
  db: string;
  vote: string;
  reason: string;
  objection: string;
  actor: string;
  role: string;
  at?: string;
  keystore?: string;
  inspectionKeys?: string;
  key?: string;
  authorityKey?: string;
  showBallots?: boolean;
}

/** Registers `inspect-ballots`. */
export function registerInspectBallots(program: Command, io: CliIo): void {
  program
    .command('inspect-ballots')
    .description(
      "open a closed vote's sealed ballots with its inspection key on an objection, recount, and record the inspection",
    )
    .requiredOption('--db <file>', 'ledger database')
    .requiredOption('--vote <id>', 'the vote id')
    .requiredOption('--reason <text>', 'why, without personal data (e.g. "objection to the count")')
    .requiredOption('--objection <ref>', "the objection's reference")
    .requiredOption('--actor <id>', 'the inspecting authority (street office or housing bureau id)')
    .option('--role <role>', 'street-office or housing-bureau', 'street-office')
    .option('--at <time>', 'ISO-8601 UTC time of the inspection (default: now)')
    .option('--show-ballots', "print each opened ballot's owner and choice (for the inspector only)")
    .option('--keystore <file>', 'personal-data key store (default: beside the database, or $GOVLEDGER_KEYSTORE)')
    .option(
      '--inspection-keys <file>',
      "the inspecting authority's key store holding the vote's inspection key (default: <db>.inspection.keys, or $GOVLEDGER_INSPECTION_KEYS)",
    )
    .option(
      '--authority-key <file>',
      "the inspecting authority's private key file (made by authority-key): opens ballots sealed to its public key",
    )
    .option('--key <file>', 'checkpoint signing key (default: beside the database, or $GOVLEDGER_SIGNING_KEY)')
    .action(async (options: Options) => {
      if (options.role !== 'street-office' && options.role !== 'housing-bureau') {
        throw usageError(`--role must be street-office or housing-bureau, got ${options.role}`);
      }
      const files = ledgerFiles(options, io.env, io.cwd);
      const store = openLedger(files.db);
      try {
        const vote = await openVoteBallots(store, files, options.vote, options.authorityKey, io);
        const { keys, events, ballots } = vote;
        const closing = events.find((e) => e.type === 'VotingClosed' && e.schemaVersion === 2);
        const committed = closing ? (closing.data as votes.VotingClosedV2Data) : undefined;
        const recount = await recountOpenedVote(
          vote,
          options.vote,
          committed && { committed: committed.committed, blinding: committed.blinding },
        );
        const lines = [
          `vote ${options.vote}: opened ${ballots.length} sealed ballots; ${recount.counted} count (each owner's last)`,
          `recount: ${JSON.stringify(recount.count.committed)}`,
          `committed at closing: ${committed ? JSON.stringify(committed.committed) : 'none (voting not closed with a count)'}`,
          ...recount.disagreeing.map((d) => `DISAGREES: entry ${d.leafIndex}: ${d.reason}`),
          ...(options.showBallots
            ? ballots.map(
                (b) =>
                  `  entry ${b.leafIndex}: ${b.ownerId}${b.actorId === b.ownerId ? '' : ` (${b.actorId})`} ballot ${b.ballotNumber}: ${b.choice}`,
              )
            : []),
        ];
        const executor = new CommandExecutor(store, {
          registry: governanceRegistry,
          catalogue: governanceCatalogue,
          upcasters: ledgerUpcasters,
          seal: governanceSealer(keys),
        });
        const recorded = await executor.submit([
          {
            line: 1,
            value: {
              command: 'RecordInspection',
              actor: { id: options.actor, role: options.role },
              occurredAt: options.at ?? new Date().toISOString(),
              data: {
                voteId: options.vote,
                reason: options.reason,
                objectionRef: options.objection,
                openedBallots: ballots.length,
                agrees: recount.agrees,
                disagreeingLeafIndices: recount.disagreeing.map((d) => d.leafIndex),
              },
            },
          },
        ]);
        if (isLeft(recorded))
          throw new CliError(`the inspection was not recorded: ${describeSubmitError(recorded.left)}`);
        await issueCheckpoint(store, files, io);
        lines.push(
          recount.agrees
            ? 'AGREES: every opened ballot matches its commitment and the recount equals the committed tally'
            : 'DISAGREES: see the entries named above',
          `inspection recorded as entry ${recorded.right.size - 1}`,
        );
        await write(io.stdout, `${lines.join('\n')}\n`);
        if (!recount.agrees) throw new CliError('the recount disagrees with the committed tally');
      } finally {
        await store.close();
      }
    });
}
