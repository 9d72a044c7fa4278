/**
 * Sealing ballots to the inspecting authority (`ballots`): what the executor's sealer adds
 * per ballot, sealing N ballots' secret parts with HPKE (X25519, HKDF-SHA256, AES-256-GCM)
 * to one authority public key, with random ephemerals (every real ledger) and with seeded
 * ephemerals (the demo), and opening them with the private key (the inspection). The limit,
 * in the same run: the primitives alone through Node's crypto on one thread, one X25519 key
 * generation, one X25519 agreement and one AES-256-GCM encryption of the same bytes (a
 * secret part padded to `PADDED_BALLOT_BYTES`).
 * GOVLEDGER_BENCH_BALLOTS sets N (default 2,000, about the demo's ballots at scale 1).
 */
import { createCipheriv, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes } from 'node:crypto';
import { votes } from '@govledger/governance';
import { type BenchRow, perSecond } from './table.ts';

const secret = (i: number) => ({
  ownerId: `person-owner-${i}`,
  choice: 'approve',
  blinding: randomBytes(32).toString('hex'),
  areaM2Hundredths: 9000 + i,
  unitCount: 1,
});
const context = (i: number): votes.BallotSealContext => ({
  voteId: 'v-00001',
  ballotBox: 'ballots-v-00001',
  caster: `voter-${i}`,
  ballotNumber: 1,
  commitment: randomBytes(32).toString('hex'),
});

/** Per-ballot sealing and opening figures over `n` ballots, beside the primitives' floor. */
export async function benchBallotSeal(n = Number(process.env.GOVLEDGER_BENCH_BALLOTS ?? 2000)): Promise<BenchRow[]> {
  const pair = await votes.generateAuthorityKeyPair();
  const inputs = Array.from({ length: n }, (_, i) => ({ secret: secret(i), context: context(i) }));
  const time = async (run: () => Promise<void>) => {
    const t0 = performance.now();
    await run();
    return performance.now() - t0;
  };
  const sealed: votes.AuthoritySealedBallot[] = [];
  const random = votes.authorityBallotSealer(pair);
  const randomMs = await time(async () => {
    for (const { secret: s, context: c } of inputs) {
      const one = await random.seal(s, c);
      if (one._tag === 'Left') throw new Error(`ballot ${sealed.length} refused: ${one.left._tag}`);
      sealed.push(one.right);
    }
  });
  const seeded = votes.authorityBallotSealer(pair, votes.seededEphemerals('bench'));
  const seededMs = await time(async () => {
    for (const { secret: s, context: c } of inputs) await seeded.seal(s, c);
  });
  const opener = votes.authorityBallotOpener(pair);
  const openMs = await time(async () => {
    for (const [i, { context: c }] of inputs.entries()) await opener.open(sealed[i] as votes.AuthoritySealedBallot, c);
  });
  const recipient = generateKeyPairSync('x25519');
  // The same bytes the sealer encrypts: the secret part padded to the one length of every ballot.
  const plaintext = Buffer.alloc(votes.PADDED_BALLOT_BYTES, 0);
  const floorMs = await time(async () => {
    for (let i = 0; i < n; i++) {
      const ephemeral = generateKeyPairSync('x25519');
      const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient.publicKey });
      const key = Buffer.from(hkdfSync('sha256', shared, '', 'bench', 32));
      const cipher = createCipheriv('aes-256-gcm', key, randomBytes(12));
      cipher.update(plaintext);
      cipher.final();
    }
  });
  const row = (name: string, ms: number): BenchRow => ({
    name: `${name} (${n.toLocaleString('en-US')} ballots)`,
    ours: `${perSecond(n, ms)}, ${(ms / n).toFixed(3)} ms each`,
    limit: `${perSecond(n, floorMs)}, ${(floorMs / n).toFixed(3)} ms each`,
    ratio: (floorMs / ms).toFixed(2),
    goal: 'informative',
  });
  return [
    row('ballot sealed to the authority, random ephemeral', randomMs),
    row('ballot sealed to the authority, seeded ephemeral (demo)', seededMs),
    row('ballot opened with the authority key', openMs),
  ];
}
