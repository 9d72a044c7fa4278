import { canonicalJson } from '@govledger/core';
import { Aes256Gcm, CipherSuite, DhkemX25519HkdfSha256, HkdfSha256 } from '@hpke/core';
import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  AuthoritySealedBallot,
  authorityBallotOpener,
  type AuthorityBallotSealer,
  authorityBallotSealer,
  type BallotSealContext,
  checkAuthorityKeyPair,
  generateAuthorityKeyPair,
  seededEphemerals,
} from './authority-seal.ts';

/** `sealer.seal(...)`'s sealed ballot, failing the test when it was refused. */
async function sealOk(sealer: AuthorityBallotSealer, secret: unknown, context: BallotSealContext) {
  const result = await sealer.seal(secret, context);
  if (isLeft(result)) throw new Error(`refused: ${result.left._tag}`);
  return result.right;
}

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

/** A new authority key pair, with the sealer and opener over it. */
async function freshAuthority() {
  const pair = await generateAuthorityKeyPair();
  return { pair, sealer: authorityBallotSealer(pair), opener: authorityBallotOpener(pair) };
}

describe('sealing a ballot to the authority', () => {
  it('opens with the authority key pair to exactly what was sealed, for any ballot and public part', async () => {
    const { pair, sealer, opener } = await freshAuthority();
    await fc.assert(
      fc.asyncProperty(secretArb, contextArb, async (secret, context) => {
        const sealed = await sealOk(sealer, secret, context);
        expect(AuthoritySealedBallot.is(sealed)).toBe(true);
        expect(sealed.authorityKeyId).toBe(pair.keyId);
        expect(JSON.stringify(sealed)).not.toContain(secret.blinding);
        expect(await opener.open(sealed, context)).toEqual({ _tag: 'Right', right: secret });
      }),
      { numRuns: 30 },
    );
  });

  it('does not open when any field of the public part differs (a sealed part moved to another ballot)', async () => {
    const { sealer, opener } = await freshAuthority();
    await fc.assert(
      fc.asyncProperty(
        secretArb,
        contextArb,
        contextArb,
        fc.constantFrom<keyof BallotSealContext>('voteId', 'ballotBox', 'caster', 'ballotNumber', 'commitment'),
        async (secret, context, other, field) => {
          fc.pre(context[field] !== other[field]);
          const sealed = await sealOk(sealer, secret, context);
          const opened = await opener.open(sealed, { ...context, [field]: other[field] });
          expect(isLeft(opened) && opened.left._tag).toBe('BallotSealUnauthentic');
        },
      ),
      { numRuns: 30 },
    );
  });

  it('does not open a ciphertext with any byte changed', async () => {
    const { sealer, opener } = await freshAuthority();
    await fc.assert(
      fc.asyncProperty(secretArb, contextArb, fc.nat(), fc.integer({ min: 1, max: 255 }), async (s, c, at, flip) => {
        const sealed = await sealOk(sealer, s, c);
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
    const sealed = await sealOk(authorityBallotSealer(pair), { choice: 'approve' }, context);
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
    expect(await sealOk(seeded, { choice: 'reject' }, context)).toEqual(
      await sealOk(seeded, { choice: 'reject' }, context),
    );
    expect((await sealOk(seeded, { choice: 'reject' }, context)).enc).not.toBe(
      (await sealOk(seeded, { choice: 'approve' }, context)).enc,
    );
    const random = authorityBallotSealer(pair);
    expect((await sealOk(random, { choice: 'reject' }, context)).enc).not.toBe(
      (await sealOk(random, { choice: 'reject' }, context)).enc,
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

  it('seals ballots of any choice, owner id and area to one ciphertext length', async () => {
    const pair = await generateAuthorityKeyPair();
    const sealer = authorityBallotSealer(pair);
    const context = {
      voteId: 'v',
      ballotBox: 'ballots-v',
      caster: 'voter-x',
      ballotNumber: 1,
      commitment: '0'.repeat(64),
    };
    const lengths = new Set<number>();
    for (const [ownerId, choice, area] of [
      ['o', 'reject', 1],
      ['owner-with-a-much-longer-id-0042', 'approve', 123456789],
      ['业主-甲', 'abstain', 8950],
    ] as const) {
      const box = await sealOk(
        sealer,
        { ownerId, choice, blinding: 'a'.repeat(64), areaM2Hundredths: area, unitCount: 1 },
        context,
      );
      expect(box.v).toBe(2);
      lengths.add(box.ct.length);
      lengths.add(JSON.stringify(box).length);
    }
    expect(lengths.size).toBe(2);
  });

  it('still opens a ballot sealed before padding (format 1, its plaintext unpadded)', async () => {
    const pair = await generateAuthorityKeyPair();
    const context = {
      voteId: 'v',
      ballotBox: 'ballots-v',
      caster: 'voter-x',
      ballotNumber: 2,
      commitment: '1'.repeat(64),
    };
    const secret = { ownerId: 'o-1', choice: 'reject', blinding: 'b'.repeat(64), areaM2Hundredths: 8950, unitCount: 1 };
    // Written as the sealer wrote format 1: the canonical JSON itself, no padding.
    const suite = new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes256Gcm() });
    const old = await suite.seal(
      {
        recipientPublicKey: await suite.kem.deserializePublicKey(Uint8Array.from(pair.publicKey).buffer),
        info: new TextEncoder().encode('govledger/ballot-seal/v1'),
      },
      new TextEncoder().encode(canonicalJson(secret)),
      new TextEncoder().encode(canonicalJson(context)),
    );
    const v1 = {
      v: 1 as const,
      alg: 'HPKE-X25519-SHA256-AES256GCM' as const,
      authorityKeyId: pair.keyId,
      enc: Buffer.from(old.enc).toString('base64'),
      ct: Buffer.from(old.ct).toString('base64'),
    };
    expect(AuthoritySealedBallot.is(v1)).toBe(true);
    expect(await authorityBallotOpener(pair).open(v1, context)).toEqual({ _tag: 'Right', right: secret });
    // The same ciphertext labelled as padded does not open: its plaintext has no padding.
    const relabelled = await authorityBallotOpener(pair).open({ ...v1, v: 2 }, context);
    expect(isLeft(relabelled) && relabelled.left._tag).toBe('BallotPaddingMalformed');
  });
});
