/**
 * The inspecting authority of governance's tests: a key pair derived from a fixed input, and
 * a sealer source over its public key with seeded ephemerals, so tests that record ballots
 * through the executor write the same bytes on every run. Test code only.
 */
import { right } from 'fp-ts/lib/Either.js';
import type { AuthoritySealerSource } from '../sealing.ts';
import {
  type AuthorityKeyPair,
  authorityBallotSealer,
  generateAuthorityKeyPair,
  seededEphemerals,
} from './authority-seal.ts';

/** The test authority's key pair (its private key opens every ballot the tests record). */
export const testAuthorityKeyPair: () => Promise<AuthorityKeyPair> = (() => {
  let pair: Promise<AuthorityKeyPair> | null = null;
  return () => {
    pair ??= generateAuthorityKeyPair(Buffer.alloc(32, 7));
    return pair;
  };
})();

/** The executor's authority sealer source of the tests. */
export const testAuthoritySealer: AuthoritySealerSource = async () =>
  right(authorityBallotSealer(await testAuthorityKeyPair(), seededEphemerals('governance-tests')));
