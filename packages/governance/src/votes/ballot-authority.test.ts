import { InMemoryKeyStore, type ProposedEvent } from '@govledger/core';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { governanceSealer } from '../sealing.ts';
import { AuthoritySealedBallot, authorityBallotOpener } from './authority-seal.ts';
import { isSealedToAuthority, needsAuthoritySeal, openBallotFromAuthority } from './ballot-authority.ts';
import { testAuthorityKeyPair, testAuthoritySealer } from './test-authority.ts';

const secret = {
  ownerId: 'person-1',
  choice: 'approve',
  blinding: 'a'.repeat(64),
  areaM2Hundredths: 9000,
  unitCount: 1,
};
const ballot: ProposedEvent = {
  streamId: 'vote-v',
  type: 'BallotCast',
  schemaVersion: 3,
  data: { voteId: 'v', ballotBox: 'ballots-v', ballotNumber: 1, commitment: 'c'.repeat(64), sealed: secret },
  metadata: { actor: { id: 'voter-x', role: 'voter' }, occurredAt: '2024-05-05T00:00:00Z' },
};

describe("the authority layer of a ballot's secret part", () => {
  it('refuses to seal a ballot when no authority public key is at hand, rather than seal it under the box key alone', async () => {
    const sealed = await governanceSealer(new InMemoryKeyStore())(ballot);
    expect(isLeft(sealed) && sealed.left).toMatchObject({ _tag: 'KeyStoreUnavailable' });
  });

  it('seals the secret part to the authority inside the box envelope, and asks no authority seal of a schema 2 ballot', async () => {
    const keys = new InMemoryKeyStore();
    const sealed = await governanceSealer(keys, testAuthoritySealer)(ballot);
    if (!isRight(sealed)) throw new Error(JSON.stringify(sealed.left));
    expect(JSON.stringify(sealed.right)).not.toMatch(/person-1|approve|"blinding"/);
    expect((sealed.right.data.sealed as { $personal: { subject: string } }).$personal.subject).toBe('ballots-v');
    expect(needsAuthoritySeal(ballot)).toBe(true);
    expect(needsAuthoritySeal({ ...ballot, schemaVersion: 2 })).toBe(false);
  });

  it('opens the authority layer of a recorded ballot with the key pair, and only the ballot it was sealed for', async () => {
    const source = await testAuthoritySealer();
    if (!isRight(source)) throw new Error('no test authority');
    const innerResult = await source.right.seal(secret, {
      voteId: 'v',
      ballotBox: 'ballots-v',
      caster: 'voter-x',
      ballotNumber: 1,
      commitment: 'c'.repeat(64),
    });
    if (!isRight(innerResult)) throw new Error('refused');
    const inner = innerResult.right;
    expect(AuthoritySealedBallot.is(inner)).toBe(true);
    const recorded = {
      ...ballot,
      index: 7,
      streamVersion: 3,
      eventId: 'e',
      data: { ...ballot.data, sealed: inner },
      metadata: { ...ballot.metadata, recordedAt: '2024-05-05T00:00:00Z' },
    };
    expect(isSealedToAuthority(recorded)).toBe(true);
    const opener = authorityBallotOpener(await testAuthorityKeyPair());
    expect(await openBallotFromAuthority(recorded, opener)).toEqual({
      _tag: 'Right',
      right: { ...recorded, data: { ...recorded.data, sealed: secret } },
    });
    const moved = { ...recorded, metadata: { ...recorded.metadata, actor: { id: 'voter-y', role: 'voter' } } };
    const refused = await openBallotFromAuthority(moved, opener);
    expect(isLeft(refused) && refused.left).toMatchObject({ leafIndex: 7, error: { _tag: 'BallotSealUnauthentic' } });
  });
});
