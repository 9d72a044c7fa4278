/**
 * `govledger ballot-receipt --db F --vote V --owner O --choice C --blinding B`: the receipt of
 * the owner's ballot on the vote, made after casting from what the owner's client knows
 * (choice and blinding) and the ledger's inclusion proof; no key is used. A named ballot
 * (schema 2) is the owner's last; a pseudonymous one (schema 3) is found by its commitment,
 * since its leaf names only the owner's per-vote pseudonym.
 *
 * `govledger verify-ballot RECEIPT --export FILE`: checks a receipt offline against any
 * mirror of the log (an NDJSON export: line i is the leaf of entry i): that the ballot is in
 * the mirror's tree and opens to the receipt's choice, whether a later ballot replaced it,
 * and whether the public recount of the closing count includes it.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseLeaf, type RecordedEvent } from '@govledger/core';
import { votes } from '@govledger/governance';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, usageError } from '../cli-error.ts';
import { exportLines } from '../export-lines.ts';
import { readInputText } from '../input-file.ts';
import { type CliIo, write } from '../io.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';

const COUNT_STATUS: Record<votes.ReceiptCheck['countStatus'], string> = {
  counted: 'COUNTED: voting closed and the public recount of the closing count includes this ballot',
  replaced: 'REPLACED: voting closed and a later ballot of yours counts instead of this one',
  open: 'OPEN: voting has not closed in this mirror; check again after closing',
  'count-fails': 'COUNT FAILS: the closing count does not open the ballots’ commitments; raise an objection',
};

/**
 * The leaves of the NDJSON export at `path`, line i being the leaf bytes of entry i, read as a
 * stream: an export of a real ledger is larger than any file read whole (each line is still
 * bounded, see `export-lines.ts`).
 */
async function exportLeaves(path: string): Promise<Uint8Array[]> {
  const leaves: Uint8Array[] = [];
  for await (const line of exportLines(() => createReadStream(path))) leaves.push(line);
  return leaves;
}

/** The owner's registered area in the vote's public electorate (0 when not registered). */
function ownerArea(stream: readonly RecordedEvent[], ownerId: string): number {
  let area = 0;
  for (const event of stream) {
    if (event.type !== 'ElectorateRegistered') continue;
    const units = (event.data as { units?: readonly { ownerId?: unknown; areaM2Hundredths?: unknown }[] }).units ?? [];
    for (const unit of units) {
      if (unit.ownerId === ownerId && typeof unit.areaM2Hundredths === 'number') area += unit.areaM2Hundredths;
    }
  }
  return area;
}

/** Registers `ballot-receipt` and `verify-ballot`. */
export function registerVerifyBallot(program: Command, io: CliIo): void {
  program
    .command('ballot-receipt')
    .description(
      "print the receipt of an owner's last sealed ballot on a vote, from the choice and blinding their client kept",
    )
    .requiredOption('--db <file>', 'ledger database')
    .requiredOption('--vote <id>', 'the vote id')
    .requiredOption('--owner <id>', "the owner's pseudonymous id, as registered in the electorate")
    .requiredOption('--choice <choice>', 'approve, reject or abstain, as cast')
    .requiredOption('--blinding <hex>', 'the 64 hex characters the client drew for the ballot')
    .action(async (options: { db: string; vote: string; owner: string; choice: string; blinding: string }) => {
      if (!votes.Choice.is(options.choice))
        throw usageError(`--choice must be approve, reject or abstain, got ${options.choice}`);
      if (!votes.BLINDING_PATTERN.test(options.blinding))
        throw usageError('--blinding must be 64 lowercase hex characters');
      const store = openLedger(ledgerFiles(options, io.env, io.cwd).db, { readonly: true });
      try {
        // A named ballot (schema 2) is the owner's last; a pseudonymous one (schema 3) names no
        // owner, so it is the ballot whose commitment opens to the choice and blinding the
        // owner's client kept, with the owner's area from the public electorate.
        const stream: RecordedEvent[] = [];
        for await (const event of store.readStream(votes.voteStreamId(options.vote))) stream.push(event);
        const area = ownerArea(stream, options.owner);
        const commitment = votes.ballotCommitment(options.choice, area, options.blinding);
        let last: RecordedEvent | null = null;
        for (const event of stream) {
          const ballot = votes.publicSealedBallot(event);
          if (ballot === null) continue;
          if (ballot.schemaVersion === 2 && ballot.caster === options.owner) last = event;
          if (ballot.schemaVersion === 3 && ballot.commitment === commitment) last = event;
        }
        if (last === null) {
          throw new CliError(
            `no sealed ballot of ${options.owner} on vote ${options.vote} was found: the choice and blinding given do not open the commitment of any pseudonymous ballot of the vote, and no named ballot of ${options.owner} was recorded`,
          );
        }
        const proof = await store.log.inclusionProof(last.index, (await store.head()).size);
        let leaf: Uint8Array | undefined;
        for await (const read of store.readLeaves(last.index, last.index + 1)) leaf = read.leaf;
        const secrets = {
          choice: options.choice,
          blinding: options.blinding,
          ownerId: options.owner,
          areaM2Hundredths: area,
        };
        const receipt = votes.makeReceipt(last, secrets, proof, leaf);
        if (isLeft(receipt)) throw new CliError(receipt.left);
        await write(io.stdout, `${JSON.stringify(receipt.right)}\n`);
      } finally {
        await store.close();
      }
    });
  program
    .command('verify-ballot')
    .description('check a ballot receipt offline against a mirror of the log (an NDJSON export)')
    .argument('<receipt>', 'the receipt file (JSON), as ballot-receipt printed it')
    .requiredOption('--export <file>', 'an NDJSON export of the log from any mirror (line i = leaf of entry i)')
    .action(async (file: string, options: { export: string }) => {
      const receipt = votes.parseReceipt(readInputText(file, io.cwd, 'receipt'));
      if (isLeft(receipt)) throw new CliError(`${file} is not a ballot receipt: ${receipt.left}`);
      const leaves = await exportLeaves(resolve(io.cwd, options.export));
      for (const [i, leaf] of leaves.entries()) {
        try {
          parseLeaf(leaf, i);
        } catch (error) {
          throw new CliError(`${options.export} line ${i + 1}: not a leaf: ${(error as Error).message}`);
        }
      }
      const checked = votes.checkReceipt(receipt.right, leaves);
      if (isLeft(checked)) throw new CliError(`NOT RECORDED AS CAST: ${checked.left}`);
      const lines = [
        ...checked.right.findings.map((f) => `  ${f}`),
        `RECORDED AS CAST: ballot ${receipt.right.ballotNumber} of ${receipt.right.ownerId} on vote ${receipt.right.voteId}`,
        COUNT_STATUS[checked.right.countStatus],
      ];
      await write(io.stdout, `${lines.join('\n')}\n`);
      if (checked.right.countStatus === 'count-fails') throw new CliError('the closing count does not check out');
    });
}
