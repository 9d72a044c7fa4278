/**
 * Ballot secrecy over the seed-7 demo ledger, through the real CLI: no leaf holds a choice in
 * plain text, and no ballot leaf names who cast it (only per-vote pseudonyms); the export alone recounts every vote as the projection shows it; what the
 * operator holds (the ledger, both key stores, the authority's public key) opens no ballot,
 * and only the authority's private key, with the box key, opens every ballot, maps every
 * pseudonym back to its owner and agrees with the count (and is recorded); receipts verify offline and
 * say when a ballot was replaced; erasing an owner or destroying the inspection key leaves
 * every tally and proof valid.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { openPersonalData, parseLeaf, type RecordedEvent } from '@govledger/core';
import { demo, votes } from '@govledger/governance';
import { isRight } from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKeyStore } from '../key-store.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { demoLedger } from '../test-support/demo-ledger.ts';
import { govledger } from '../test-support/run-cli.ts';

function leavesOf(exported: string): string[] {
  return exported.split('\n').filter((l) => l !== '');
}

function eventsOf(leaves: readonly string[]): RecordedEvent[] {
  return leaves.map((l, i) => parseLeaf(l, i));
}

/** Opened ballots as `inspect-ballots --show-ballots` prints them: the owner, their pseudonym if any. */
function shownBallots(
  stdout: string,
): { index: number; owner: string; voter: string; number: number; choice: string }[] {
  return [...stdout.matchAll(/^ {2}entry (\d+): (\S+)(?: \((voter-\S+)\))? ballot (\d+): (\w+)$/gm)].map((m) => ({
    index: Number(m[1]),
    owner: m[2]!,
    voter: m[3] ?? m[2]!,
    number: Number(m[4]),
    choice: m[5]!,
  }));
}

/** Every owner id of every electorate, and each owner's area per vote, from the public electorate events. */
function electorates(events: readonly RecordedEvent[]): {
  owners: Set<string>;
  areaOf(voteId: string, owner: string): number;
} {
  const owners = new Set<string>();
  const areas = new Map<string, number>();
  for (const e of events.filter((x) => x.type === 'ElectorateRegistered')) {
    const data = e.data as { voteId: string; units: { ownerId: string; areaM2Hundredths: number }[] };
    for (const unit of data.units) {
      owners.add(unit.ownerId);
      const key = `${data.voteId}/${unit.ownerId}`;
      areas.set(key, (areas.get(key) ?? 0) + unit.areaM2Hundredths);
    }
  }
  return { owners, areaOf: (voteId, owner) => areas.get(`${voteId}/${owner}`) ?? 0 };
}

/** Where the tests keep the demo authority's private key, away from the operator's files. */
const AUTHORITY_KEY = join('authority', 'private.key');

describe('sealed ballots on the demo ledger', () => {
  let ledger: { dir: string; remove(): void };
  let leaves: string[];
  let events: RecordedEvent[];
  const cli = (args: string[]) => govledger(args, { cwd: ledger.dir });

  beforeAll(async () => {
    ledger = await demoLedger();
    // The demo plays the authority and leaves its private key beside the ledger: hand it over,
    // so that the ledger's directory holds what an operator holds (the ledger, both key
    // stores and the authority's public key) and nothing more.
    mkdirSync(join(ledger.dir, 'authority'));
    renameSync(join(ledger.dir, 'd.db.authority.key'), join(ledger.dir, AUTHORITY_KEY));
    leaves = leavesOf((await cli(['export', '--db', 'd.db'])).stdout);
    events = eventsOf(leaves);
  }, 180_000);
  afterAll(() => ledger.remove());

  it('records every ballot sealed and pseudonymous, and no leaf holds a choice or a ballot’s owner in plain text', () => {
    const ballots = events.filter((e) => e.type === 'BallotCast');
    expect(ballots.length).toBeGreaterThan(1000);
    expect(ballots.every((e) => e.schemaVersion === 3)).toBe(true);
    for (const leaf of leaves) expect(leaf).not.toMatch(/"(choice|previousChoice)":/);
    for (const e of ballots) {
      expect(JSON.stringify(e.data)).not.toContain('"ownerId"');
      expect((e.data as { sealed: { $personal?: { subject: string } } }).sealed.$personal?.subject).toMatch(
        /^ballots-/,
      );
    }
  });

  it('names no owner who took part: no ballot leaf holds an owner id or weight of any electorate, only per-vote pseudonyms', () => {
    const { owners } = electorates(events);
    expect(owners.size).toBeGreaterThan(1000);
    const ballots = events.filter((e) => e.type === 'BallotCast');
    for (const ballot of ballots) {
      const leaf = leaves[ballot.index]!;
      expect(ballot.metadata.actor.role).toBe('voter');
      expect(votes.isVoterPseudonym(ballot.metadata.actor.id)).toBe(true);
      expect(owners.has(ballot.metadata.actor.id)).toBe(false);
      expect(leaf).not.toMatch(/"(areaM2Hundredths|unitCount|ownerId)":/);
      for (const id of JSON.stringify(ballot).match(/"[^"]*"/g) ?? []) expect(owners.has(id.slice(1, -1))).toBe(false);
    }
    // Pseudonyms are per vote: none is shared by two votes.
    const votesOf = new Map<string, Set<string>>();
    for (const b of ballots) {
      const set = votesOf.get(b.metadata.actor.id) ?? new Set<string>();
      set.add((b.data as { voteId: string }).voteId);
      votesOf.set(b.metadata.actor.id, set);
    }
    expect([...votesOf.values()].filter((v) => v.size > 1)).toEqual([]);
  });

  it('links no committee member to a party-membership flag in plain text', () => {
    const committeeActs = events.filter((e) => e.streamId.startsWith('committee-'));
    expect(committeeActs.some((e) => e.type === 'PartyMembershipRecorded')).toBe(true);
    for (const leaf of leaves) expect(leaf).not.toMatch(/"partyMember":(true|false)/);
    for (const e of committeeActs.filter((x) => x.type === 'PartyMembershipRecorded')) {
      expect(e.schemaVersion).toBe(2);
      expect(JSON.stringify(e.data)).not.toContain('"memberId"');
    }
  });

  it('recounts every vote and certification from the export alone, as the projection shows them', () => {
    const audits = votes.auditVotesFromExport(events);
    expect(audits.length).toBeGreaterThan(20);
    expect(audits.filter((a) => a.problems.length > 0)).toEqual([]);
    expect(audits.filter((a) => a.certified).length).toBeGreaterThan(20);
    expect(audits.filter((a) => a.ballots > 0 && a.participation !== 'pseudonymous')).toEqual([]);
    const projected = events.reduce((s, e) => votes.voteResults.evolve(s, e), votes.voteResults.init());
    for (const audit of audits.filter((a) => a.tally !== null)) {
      expect(projected.votes[audit.voteId]?.tally, audit.voteId).toEqual(audit.tally);
    }
  });

  /** An owner's objection the demo filed in a vote's objection period: inspections answer one. */
  const objected = () => {
    const objection = events.find((e) => e.type === 'VoteObjectionFiled')!;
    return objection.data as { voteId: string; objectionId: string };
  };

  /** `inspect-ballots` of the vote `objected` names (or another), by the street office, answering its objection. */
  const inspectBallots = (extra: string[], { voteId, objectionId } = objected()) =>
    cli([
      'inspect-ballots',
      '--db',
      'd.db',
      '--vote',
      voteId,
      '--reason',
      'objection to the count',
      '--objection',
      objectionId,
      '--actor',
      'street-test',
      ...extra,
    ]);

  it('opens every ballot of a closed vote with the inspection key, agrees with the count and records the inspection', async () => {
    const { voteId, objectionId } = objected();
    const run = await inspectBallots(['--show-ballots', '--authority-key', AUTHORITY_KEY], { voteId, objectionId });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('AGREES');
    const opened = shownBallots(run.stdout);
    const cast = events.filter((e) => e.type === 'BallotCast' && e.streamId === `vote-${voteId}`);
    expect(opened.length).toBe(cast.length);
    // Every pseudonym maps back to one owner of the electorate, and every ballot is its caster's.
    const { owners } = electorates(events);
    expect(opened.map((b) => [b.index, b.voter])).toEqual(cast.map((e) => [e.index, e.metadata.actor.id]));
    const ownerOf = new Map<string, string>();
    for (const b of opened) {
      expect(owners.has(b.owner)).toBe(true);
      expect(ownerOf.get(b.voter) ?? b.owner).toBe(b.owner);
      ownerOf.set(b.voter, b.owner);
    }
    expect(new Set(ownerOf.values()).size).toBe(ownerOf.size);
    const after = eventsOf(leavesOf((await cli(['export', '--db', 'd.db'])).stdout));
    expect(after.at(-1)).toMatchObject({
      type: 'BallotsInspected',
      data: { voteId, objectionRef: objectionId, agrees: true, disagreeingLeafIndices: [] },
      metadata: { actor: { id: 'street-test', role: 'street-office' } },
    });
  });

  describe('receipts', () => {
    let voteId: string;
    let owner: string;
    let area: number;
    let first: { index: number; choice: string };
    let last: { index: number; choice: string };
    let mirror: string;
    const receiptFile = (name: string, receipt: unknown) => {
      writeFileSync(join(ledger.dir, name), JSON.stringify(receipt));
      return name;
    };

    beforeAll(async () => {
      // A closed vote an owner objected to, in which an owner changed their ballot.
      const { objectionId } = objected();
      const changed = events.find(
        (e) =>
          e.type === 'BallotCast' &&
          (e.data as { ballotNumber: number }).ballotNumber === 2 &&
          (e.data as { voteId: string }).voteId === objected().voteId,
      )!;
      voteId = (changed.data as { voteId: string }).voteId;
      const pseudonym = changed.metadata.actor.id;
      // The choices, as the owner's client kept them (read here with the inspection key).
      const run = await cli([
        'inspect-ballots',
        '--db',
        'd.db',
        '--vote',
        voteId,
        '--reason',
        'r',
        '--objection',
        objectionId,
        '--actor',
        'street-test',
        '--show-ballots',
        '--authority-key',
        AUTHORITY_KEY,
      ]);
      expect(run.code, run.stderr).toBe(0);
      const mine = shownBallots(run.stdout).filter((b) => b.voter === pseudonym);
      owner = mine[0]!.owner;
      area = electorates(events).areaOf(voteId, owner);
      first = mine.find((b) => b.number === 1)!;
      last = mine.find((b) => b.number === 2)!;
      mirror = join(ledger.dir, 'mirror.ndjson');
      writeFileSync(mirror, (await cli(['export', '--db', 'd.db'])).stdout);
    }, 60_000);

    it('verifies the receipt of the owner’s counted ballot offline against a mirror', async () => {
      const made = await cli([
        'ballot-receipt',
        '--db',
        'd.db',
        '--vote',
        voteId,
        '--owner',
        owner,
        '--choice',
        last.choice,
        '--blinding',
        demo.demoBlinding(7, voteId, owner, 2),
      ]);
      expect(made.code, made.stderr).toBe(0);
      const file = receiptFile('last.json', JSON.parse(made.stdout));
      const checked = await cli(['verify-ballot', file, '--export', mirror]);
      expect(checked.code, checked.stderr).toBe(0);
      expect(checked.stdout).toContain('RECORDED AS CAST');
      expect(checked.stdout).toContain('COUNTED');
    });

    it('says that a receipt’s ballot was replaced by the owner’s later ballot', async () => {
      const proof = JSON.parse((await cli(['prove', '--db', 'd.db', '--index', String(first.index)])).stdout);
      const receipt = votes.makeReceipt(
        events[first.index]!,
        {
          choice: first.choice as 'approve',
          blinding: demo.demoBlinding(7, voteId, owner, 1),
          ownerId: owner,
          areaM2Hundredths: area,
        },
        proof,
      );
      expect(isRight(receipt)).toBe(true);
      const checked = await cli([
        'verify-ballot',
        receiptFile('first.json', isRight(receipt) && receipt.right),
        '--export',
        mirror,
      ]);
      expect(checked.code, checked.stderr).toBe(0);
      expect(checked.stdout).toContain(`replaced this one`);
      expect(checked.stdout).toContain('REPLACED');
    });

    it('refuses to make a receipt for a choice the ballot was not cast with', async () => {
      const other = last.choice === 'approve' ? 'reject' : 'approve';
      const made = await cli([
        'ballot-receipt',
        '--db',
        'd.db',
        '--vote',
        voteId,
        '--owner',
        owner,
        '--choice',
        other,
        '--blinding',
        demo.demoBlinding(7, voteId, owner, 2),
      ]);
      expect(made.code).toBe(1);
      expect(made.stderr).toContain('do not open the commitment');
    });

    it('fails a receipt whose choice was changed after the fact', async () => {
      const made = JSON.parse(
        (
          await cli([
            'ballot-receipt',
            '--db',
            'd.db',
            '--vote',
            voteId,
            '--owner',
            owner,
            '--choice',
            last.choice,
            '--blinding',
            demo.demoBlinding(7, voteId, owner, 2),
          ])
        ).stdout,
      );
      const forged = { ...made, choice: last.choice === 'approve' ? 'reject' : 'approve' };
      const checked = await cli(['verify-ballot', receiptFile('forged.json', forged), '--export', mirror]);
      expect(checked.code).toBe(1);
      expect(checked.stderr).toContain('NOT RECORDED AS CAST');
    });
  });

  describe("the authority's private key, which the operator does not hold", () => {
    const inspect = (extra: string[]) => inspectBallots(extra);

    it('leaves every ballot closed to all the operator holds: both key stores open only a seal to the authority', async () => {
      const files = ledgerFiles({ db: 'd.db' }, {}, ledger.dir);
      expect(existsSync(files.authorityPublicKey)).toBe(true);
      expect(readdirSync(ledger.dir).filter((f) => f.endsWith('.authority.key'))).toEqual([]);
      const keys = await openKeyStore(files, { requireInspectionKeys: true });
      const ballots = events.filter((e) => e.type === 'BallotCast');
      const sealedTo = new Set<string>();
      for (const ballot of ballots) {
        const opened = await openPersonalData(ballot, keys);
        if (!isRight(opened)) throw new Error(`entry ${ballot.index} did not open its box envelope`);
        const inner = (opened.right.data as { sealed: unknown }).sealed;
        expect(votes.AuthoritySealedBallot.is(inner), `entry ${ballot.index}`).toBe(true);
        sealedTo.add((inner as votes.AuthoritySealedBallot).authorityKeyId);
        expect(JSON.stringify(opened.right)).not.toMatch(/"(choice|ownerId|blinding|areaM2Hundredths)"/);
      }
      expect(sealedTo.size).toBe(1);
      expect(
        votes.openedBallots(
          await Promise.all(
            ballots.map(async (b) => {
              const o = await openPersonalData(b, keys);
              return isRight(o) ? o.right : b;
            }),
          ),
          objected().voteId,
        ).ballots,
      ).toEqual([]);
    });

    it('refuses to inspect without the authority key, naming the key the ballots are sealed to', async () => {
      const run = await inspect([]);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain("sealed to the inspecting authority's public key");
      expect(run.stderr).toContain('--authority-key');
    });

    it("refuses another authority's key with a clear error and records nothing", async () => {
      const before = leavesOf((await cli(['export', '--db', 'd.db'])).stdout).length;
      const made = await cli(['authority-key', '--out', join('authority', 'other.key')]);
      expect(made.code, made.stderr).toBe(0);
      expect(statSync(join(ledger.dir, 'authority', 'other.key')).mode & 0o777).toBe(0o600);
      const run = await inspect(['--authority-key', join('authority', 'other.key')]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/sealed to the authority key \S+, not to the given key \S+: wrong --authority-key/);
      expect(leavesOf((await cli(['export', '--db', 'd.db'])).stdout).length).toBe(before);
    });

    it('refuses a private key file readable by others', async () => {
      const loose = join(ledger.dir, 'authority', 'loose.key');
      writeFileSync(loose, readFileSync(join(ledger.dir, AUTHORITY_KEY)), { mode: 0o644 });
      chmodSync(loose, 0o644);
      const run = await inspect(['--authority-key', join('authority', 'loose.key')]);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('readable by others');
    });
  });

  describe('the inspection key store, a file of its own', () => {
    const subjectsIn = (file: string): string[] =>
      (JSON.parse(readFileSync(join(ledger.dir, file), 'utf8')) as { subjects: { subject: string }[] }).subjects.map(
        (s) => s.subject,
      );
    const inspect = (voteId: string, objectionId: string, extra: string[]) =>
      inspectBallots(extra, { voteId, objectionId });
    // A closed vote an owner objected to (the procedure inspects only on an objection), not
    // the one the tests above inspect.
    let closedVote: string;
    let objectionId: string;
    beforeAll(() => {
      const objections = events
        .filter((e) => e.type === 'VoteObjectionFiled')
        .map((e) => e.data as { voteId: string; objectionId: string });
      const chosen = objections.find((o) => o.voteId !== objected().voteId && o.voteId !== 'v-00001') ?? objected();
      closedVote = chosen.voteId;
      objectionId = chosen.objectionId;
    });

    it('keeps every ballot box key out of the ledger’s personal-data key store', () => {
      const inspection = subjectsIn('d.db.inspection.keys');
      expect(inspection.length).toBeGreaterThan(20);
      expect(inspection.every((s) => s.startsWith('ballots-'))).toBe(true);
      expect(subjectsIn('d.db.keys').filter((s) => s.startsWith('ballots-'))).toEqual([]);
    });

    it('opens ballots only with the inspecting authority’s store, wherever it holds it', async () => {
      renameSync(join(ledger.dir, 'd.db.inspection.keys'), join(ledger.dir, 'authority.keys'));
      try {
        const without = await inspect(closedVote, objectionId, []);
        expect(without.code).toBe(3);
        expect(without.stderr).toContain('inspection key store');
        expect(without.stderr).toContain('--inspection-keys');
        const held = await inspect(closedVote, objectionId, [
          '--inspection-keys',
          'authority.keys',
          '--authority-key',
          AUTHORITY_KEY,
        ]);
        expect(held.code, held.stderr).toBe(0);
        expect(held.stdout).toContain('AGREES');
      } finally {
        renameSync(join(ledger.dir, 'authority.keys'), join(ledger.dir, 'd.db.inspection.keys'));
      }
    });
  });

  it('keeps every tally and proof valid after an owner is erased and the inspection key destroyed', async () => {
    const voter = [...electorates(events).owners][0]!;
    const erase = (subject: string) =>
      cli(['forget', '--db', 'd.db', '--subject', subject, '--reason', 'test erasure', '--at', '2025-02-01T00:00:00Z']);
    expect((await erase(voter)).code).toBe(0);
    expect((await erase('ballots-v-00001')).code).toBe(0);
    const verified = await cli(['verify', '--db', 'd.db']);
    expect(verified.code, verified.stderr).toBe(0);
    const after = eventsOf(leavesOf((await cli(['export', '--db', 'd.db'])).stdout));
    expect(votes.auditVotesFromExport(after).filter((a) => a.problems.length > 0)).toEqual([]);
    const inspect = await cli([
      'inspect-ballots',
      '--db',
      'd.db',
      '--vote',
      'v-00001',
      '--reason',
      'r',
      '--objection',
      'o',
      '--actor',
      'street-test',
    ]);
    expect(inspect.code).toBe(1);
    expect(inspect.stderr).toContain('inspection key was destroyed');
  });
});
