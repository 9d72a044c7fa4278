import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  AuthoritySealedBallot,
  authorityBallotOpener,
  authorityBallotSealer,
  type BallotSealContext,
  checkAuthorityKeyPair,
  generateAuthorityKeyPair,
  seededEphemerals,
} from './authority-seal.ts';

const hex64 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));
const contextArb: fc.Arbitrary<BallotSealContext> = fc.record({
  voteId: fc.string({ minLength: 1 }),
  ballotBox: fc.string({ minLength: 1 }),
  caster: fc.string({ minLength: 1 }),
  ballotNumber: fc.integer({ min: 1, max: 1000 }),
  commitment: hex64,
});
const secretArb = fc.record({
  ownerId: fc.string({ minLength: 1 }),
  choice: fc.constantFrom('approve', 'reject', 'abstain'),
  blinding: hex64,
  areaM2Hundredths: fc.nat(),
  unitCount: fc.nat(),
});

describe('sealing a ballot to the authority', () => {
  it('opens with the authority key pair to exactly what was sealed, for any ballot and public part', async () => {
    const pair = await generateAuthorityKeyPair();
    const sealer = authorityBallotSealer(pair);
    const opener = authorityBallotOpener(pair);
    await fc.assert(
      fc.asyncProperty(secretArb, contextArb, async (secret, context) => {
        const sealed = await sealer.seal(secret, context);
        expect(AuthoritySealedBallot.is(sealed)).toBe(true);
        expect(sealed.authorityKeyId).toBe(pair.keyId);
        expect(JSON.stringify(sealed)).not.toContain(secret.blinding);
        expect(await opener.open(sealed, context)).toEqual({ _tag: 'Right', right: secret });
      }),
      { numRuns: 30 },
    );
  });

  it('does not open when any field of the public part differs (a sealed part moved to another ballot)', async () => {
    const pair = await generateAuthorityKeyPair();
    const sealer = authorityBallotSealer(pair);
    const opener = authorityBallotOpener(pair);
    await fc.assert(
      fc.asyncProperty(
        secretArb,
        contextArb,
        contextArb,
        fc.constantFrom<keyof BallotSealContext>('voteId', 'ballotBox', 'caster', 'ballotNumber', 'commitment'),
        async (secret, context, other, field) => {
          fc.pre(context[field] !== other[field]);
          const sealed = await sealer.seal(secret, context);
          const opened = await opener.open(sealed, { ...context, [field]: other[field] });
          expect(isLeft(opened) && opened.left._tag).toBe('BallotSealUnauthentic');
        },
      ),
      { numRuns: 30 },
    );
  });

  it('does not open a ciphertext with any byte changed', async () => {
    const pair = await generateAuthorityKeyPair();
    const sealer = authorityBallotSealer(pair);
    const opener = authorityBallotOpener(pair);
    await fc.assert(
      fc.asyncProperty(secretArb, contextArb, fc.nat(), fc.integer({ min: 1, max: 255 }), async (s, c, at, flip) => {
        const sealed = await sealer.seal(s, c);
        const bytes = Buffer.from(sealed.ct, 'base64');
        bytes[at % bytes.length] = (bytes[at % bytes.length] as number) ^ flip;
        const opened = await opener.open({ ...sealed, ct: bytes.toString('base64') }, c);
        expect(isLeft(opened) && opened.left._tag).toBe('BallotSealUnauthentic');
      }),
      { numRuns: 30 },
    );
  });

  it("refuses another authority's key pair, naming the key the ballot was sealed to", async () => {
    const pair = await generateAuthorityKeyPair();
    const other = await generateAuthorityKeyPair();
    const context = {
      voteId: 'v',
      ballotBox: 'ballots-v',
      caster: 'voter-x',
      ballotNumber: 1,
      commitment: '0'.repeat(64),
    };
    const sealed = await authorityBallotSealer(pair).seal({ choice: 'approve' }, context);
    expect(await authorityBallotOpener(other).open(sealed, context)).toEqual({
      _tag: 'Left',
      left: { _tag: 'WrongAuthorityKey', sealedTo: pair.keyId, given: other.keyId },
    });
    // Relabelled to the other key, it still does not open: the label only names the key.
    const relabelled = await authorityBallotOpener(other).open({ ...sealed, authorityKeyId: other.keyId }, context);
    expect(isLeft(relabelled) && relabelled.left._tag).toBe('BallotSealUnauthentic');
  });

  it('seals the same ballot to the same bytes under seeded ephemerals, and to fresh bytes under random ones', async () => {
    const pair = await generateAuthorityKeyPair(Buffer.alloc(32, 1));
    const context = {
      voteId: 'v',
      ballotBox: 'ballots-v',
      caster: 'voter-x',
      ballotNumber: 1,
      commitment: '0'.repeat(64),
    };
    const seeded = authorityBallotSealer(pair, seededEphemerals('demo'));
    expect(await seeded.seal({ choice: 'reject' }, context)).toEqual(await seeded.seal({ choice: 'reject' }, context));
    expect((await seeded.seal({ choice: 'reject' }, context)).enc).not.toBe(
      (await seeded.seal({ choice: 'approve' }, context)).enc,
    );
    const random = authorityBallotSealer(pair);
    expect((await random.seal({ choice: 'reject' }, context)).enc).not.toBe(
      (await random.seal({ choice: 'reject' }, context)).enc,
    );
  });

  it('derives the same key pair from the same input and accepts only a private key that belongs to its public key', async () => {
    const a = await generateAuthorityKeyPair(Buffer.alloc(32, 9));
    expect(await generateAuthorityKeyPair(Buffer.alloc(32, 9))).toEqual(a);
    const b = await generateAuthorityKeyPair();
    expect(isRight(checkAuthorityKeyPair(a))).toBe(true);
    expect(checkAuthorityKeyPair({ ...a, privateKey: b.privateKey })).toEqual({
      _tag: 'Left',
      left: 'the private key does not belong to the public key beside it',
    });
  });
});
