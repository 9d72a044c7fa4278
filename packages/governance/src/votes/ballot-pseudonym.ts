/**
 * Per-vote pseudonyms of voters: a pseudonymous ballot (schema 3) is recorded under
 * `voter-<tag>`, where the tag is an HMAC-SHA256 of the owner id under a key derived (HKDF-
 * SHA256) from the vote's inspection key. The same owner gets the same pseudonym throughout
 * one vote, so their last ballot is found and counted by it; without the key, a pseudonym
 * links neither to the owner (the tag is a PRF output) nor to the same owner's pseudonym in
 * another vote (each vote has its own key). The inspector, holding the key, maps every
 * pseudonym back to its owner and checks it against the owner id sealed in the ballot.
 */
import { createHmac, hkdfSync } from 'node:crypto';

/** The prefix of every voter pseudonym. */
export const VOTER_PSEUDONYM_PREFIX = 'voter-';

const PSEUDONYM_SALT = 'govledger/ballot-pseudonym/v1';
/** 128 bits of tag: collisions among a vote's owners are out of reach (about 2^-64 for 2^32 owners). */
const TAG_BYTES = 16;

/**
 * The pseudonym of `ownerId` in the vote whose ballot box is `ballotBox` (`ballots-<voteId>`)
 * under the box's inspection key `key` (its bytes). Pure and deterministic.
 *
 * @example
 * ballotPseudonym(key, 'ballots-vote-7', 'owner-3') // 'voter-Q2xv…' (22 base64url characters)
 */
export function ballotPseudonym(key: Uint8Array, ballotBox: string, ownerId: string): string {
  const derived = Buffer.from(hkdfSync('sha256', key, PSEUDONYM_SALT, `pseudonym\u0000${ballotBox}`, 32));
  const tag = createHmac('sha256', derived).update(ownerId, 'utf8').digest().subarray(0, TAG_BYTES);
  return `${VOTER_PSEUDONYM_PREFIX}${tag.toString('base64url')}`;
}

/** True for a voter pseudonym: the actor of a pseudonymous ballot, never a registered owner's id. */
export function isVoterPseudonym(id: string): boolean {
  return id.startsWith(VOTER_PSEUDONYM_PREFIX);
}
