/**
 * Sealing personal data on the way in, written once: every governance event passes through
 * core's `sealPersonalData` with the governance catalogue and the ledger's key store before
 * it reaches the store, so the ledger only ever holds ciphertext of personal fields. The CLI,
 * the reader's test ledger and the executor's tests all seal through this.
 */
import { type PersonalDataError, type PersonalKeyStore, sealPersonalData } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { governanceCatalogue } from './catalogue.ts';
import type { Pseudonymiser, Sealer } from './submit.ts';
import { ballotPseudonym } from './votes/ballot-pseudonym.ts';
import type { AuthorityBallotSealer } from './votes/authority-seal.ts';
import { needsAuthoritySeal, sealBallotToAuthority } from './votes/ballot-authority.ts';
import { describeBallotTooLongToPad } from './votes/ballot-padding.ts';

/**
 * Where the sealer finds the inspecting authority's public key, asked when the first ballot of
 * a submission is sealed (so a submission without ballots never needs it). An error leaves the
 * ballot unrecorded.
 */
export type AuthoritySealerSource = () => Promise<Either<PersonalDataError, AuthorityBallotSealer>>;

/**
 * The executor's sealer over `keys`; a failure stays a typed `PersonalDataError`. A ballot's
 * secret part is first sealed to the inspecting authority's public key (from `authority`),
 * then every personal field, the ballot box's envelope included, under its subject's key.
 * Without `authority` a ballot is refused, never recorded under the box key alone.
 */
export function governanceSealer(keys: PersonalKeyStore, authority?: AuthoritySealerSource): Sealer {
  let sealer: AuthorityBallotSealer | null = null;
  return async (event) => {
    let prepared = event;
    if (needsAuthoritySeal(event)) {
      if (sealer === null) {
        if (authority === undefined) return left(noAuthorityKey());
        const found = await authority();
        if (isLeft(found)) return found;
        sealer = found.right;
      }
      const sealed = await sealBallotToAuthority(event, sealer);
      if (isLeft(sealed))
        return left({
          _tag: 'DecodeError',
          codec: 'SealedBallotV3',
          problems: [{ path: 'data.sealed', reason: describeBallotTooLongToPad(sealed.left) }],
        });
      prepared = sealed.right;
    }
    return sealPersonalData(prepared, governanceCatalogue, keys);
  };
}

function noAuthorityKey(): PersonalDataError {
  return {
    _tag: 'KeyStoreUnavailable',
    reason:
      "no inspecting authority's public key to seal the ballot to (ballots are sealed to it; see docs/privacy.md)",
  };
}

/**
 * The key that makes a vote's pseudonyms: the first key of the ballot box subject, so that a
 * rotation would not change them. Created (as the box's first key) only when `create` is set
 * and the box has none; otherwise null when the box is unknown or its keys were destroyed.
 */
export async function ballotBoxPseudonymKey(
  keys: PersonalKeyStore,
  ballotBox: string,
  create: boolean,
): Promise<Either<PersonalDataError, Uint8Array | null>> {
  const status = await keys.subjectStatus(ballotBox);
  if (isLeft(status)) return status;
  if (status.right._tag === 'Unknown') {
    if (!create) return right(null);
    const made = await keys.currentKey(ballotBox);
    return isLeft(made) ? made : right(made.right.key);
  }
  if (status.right._tag === 'Erased') {
    return create ? left({ _tag: 'SubjectErased', subject: ballotBox }) : right(null);
  }
  const first = status.right.keyIds[0] ?? status.right.currentKeyId;
  const found = await keys.findKey(ballotBox, first);
  if (isLeft(found)) return found;
  return right(found.right._tag === 'KeyFound' ? found.right.key.key : null);
}

/**
 * The executor's pseudonymiser over `keys`: a voter's per-vote pseudonym from the vote's
 * inspection key (subject `ballots-<voteId>`, its first key, created on the first ballot).
 */
export function governancePseudonymiser(keys: PersonalKeyStore): Pseudonymiser {
  return async (scope, actorId) => {
    const key = await ballotBoxPseudonymKey(keys, scope, true);
    if (isLeft(key)) return key;
    if (key.right === null) return left({ _tag: 'SubjectErased', subject: scope });
    return right(ballotPseudonym(key.right, scope, actorId));
  };
}
