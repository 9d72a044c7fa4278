/**
 * Opening one vote's sealed ballots, for the two verbs that need them opened: `inspect-ballots`
 * (the inspection on an objection) and `count-ballots` (the count that closes the vote). Each
 * ballot's box envelope opens with the vote's box key (from the inspection key store,
 * `--inspection-keys`, never the ledger's personal-data key store), then its secret part with
 * the inspecting authority's private key (`--authority-key`; ballots of ledgers sealed before
 * authority sealing need none). Written once, so both verbs refuse the same way: without the
 * key, with another authority's key, or with a key file others can read.
 */
import { describePersonalDataError, openPersonalData, type RecordedEvent } from '@govledger/core';
import { ballotBoxPseudonymKey, votes } from '@govledger/governance';
import { isLeft } from 'fp-ts/lib/Either.js';
import { resolve } from 'node:path';
import { loadAuthorityKeyPair } from './authority-key.ts';
import { CliError, environmentError } from './cli-error.ts';
import type { CliIo } from './io.ts';
import { openKeyStore } from './key-store.ts';
import type { LedgerFiles } from './ledger-files.ts';
import type { openLedger } from './open-ledger.ts';

/**
 * `events` (box envelopes opened) with every ballot sealed to the authority opened with the
 * authority's private key at `keyFile`. Without the key, or with another authority's, this
 * stops with an environment error (exit 3) naming the key the ballots were sealed to; a
 * sealed part that does not open under the right key (changed, or moved from another ballot)
 * is a failed check (exit 1) naming its entry.
 */
export async function openFromAuthority(
  events: readonly RecordedEvent[],
  keyFile: string | undefined,
  io: CliIo,
): Promise<RecordedEvent[]> {
  const sealed = events.filter(votes.isSealedToAuthority);
  if (sealed.length === 0) return [...events];
  const sealedTo = [
    ...new Set(sealed.map((e) => (e.data as { sealed: votes.AuthoritySealedBallot }).sealed.authorityKeyId)),
  ];
  if (keyFile === undefined) {
    throw environmentError(
      `${sealed.length} ballots are sealed to the inspecting authority's public key ${sealedTo.join(', ')}: only its private key opens them (--authority-key FILE); the key stores alone open none`,
    );
  }
  const opener = votes.authorityBallotOpener(loadAuthorityKeyPair(resolve(io.cwd, keyFile)));
  const opened: RecordedEvent[] = [];
  for (const event of events) {
    const result = await votes.openBallotFromAuthority(event, opener);
    if (isLeft(result)) {
      const { error, leafIndex } = result.left;
      if (error._tag === 'WrongAuthorityKey')
        throw environmentError(`entry ${leafIndex}: ${votes.describeAuthorityOpenError(error)}: wrong --authority-key`);
      throw new CliError(
        `entry ${leafIndex}: ${error._tag === 'NotABallot' ? error.reason : votes.describeAuthorityOpenError(error)}`,
      );
    }
    opened.push(result.right);
  }
  return opened;
}

/** A vote's events (box envelopes opened), its opened ballots, and the key store that opened them. */
export interface OpenedVote {
  readonly keys: Awaited<ReturnType<typeof openKeyStore>>;
  readonly events: readonly RecordedEvent[];
  readonly ballots: votes.OpenedBallot[];
}

/**
 * Opens every sealed ballot of `voteId` in `store`: box envelopes with the inspection key
 * store of `files`, then the authority layer with the private key at `authorityKey`. A vote
 * never proposed, or a ballot that does not open (box key destroyed or absent), is a failed
 * check (exit 1); a missing key store or authority key an environment error (exit 3).
 */
export async function openVoteBallots(
  store: ReturnType<typeof openLedger>,
  files: LedgerFiles,
  voteId: string,
  authorityKey: string | undefined,
  io: CliIo,
): Promise<OpenedVote> {
  const keys = await openKeyStore(files, { requireInspectionKeys: true });
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(votes.voteStreamId(voteId))) {
    const opened = await openPersonalData(event, keys);
    if (isLeft(opened)) throw environmentError(`entry ${event.index}: ${describePersonalDataError(opened.left)}`);
    events.push(opened.right);
  }
  if (events.length === 0) throw new CliError(`vote ${voteId} was never proposed`);
  const { ballots, unopened } = votes.openedBallots(await openFromAuthority(events, authorityKey, io), voteId);
  if (unopened.length > 0) {
    throw new CliError(
      `${unopened.length} ballots cannot be opened (first: entry ${unopened[0]?.leafIndex}: ${unopened[0]?.reason}); the inspection key was destroyed or is not in this inspection key store`,
    );
  }
  return { keys, events, ballots };
}

/**
 * Recounts an opened vote: each owner's last ballot, checked against its commitment and
 * (where the ballots are pseudonymous) against the pseudonym the vote's box key gives its
 * owner, and compared with `committed` (the closing count) when there is one. Both verbs
 * that open ballots count them this one way.
 */
export async function recountOpenedVote(
  opened: OpenedVote,
  voteId: string,
  committed?: votes.BallotCount,
): Promise<ReturnType<typeof votes.recountBallots>> {
  const box = votes.ballotBoxSubject(voteId);
  const pseudonymKey = await ballotBoxPseudonymKey(opened.keys, box, false);
  if (isLeft(pseudonymKey)) throw environmentError(describePersonalDataError(pseudonymKey.left));
  const key = pseudonymKey.right;
  return votes.recountBallots(
    opened.ballots,
    committed,
    key === null ? undefined : (ownerId) => votes.ballotPseudonym(key, box, ownerId),
  );
}
