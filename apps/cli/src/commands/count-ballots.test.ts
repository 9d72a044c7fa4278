/**
 * `count-ballots` over a small ledger of one open vote with sealed ballots (one of them
 * replaced): the authority's private key gives the CloseVoting line, which `submit` accepts,
 * and the public recount of the export agrees with the closing. The ledger's history (2024)
 * is written in-process with a clock in the past, as the vote's deadlines need, into the
 * files `init` and `authority-key` made; every verb under test runs through the real CLI.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLeaf } from '@govledger/core';
import {
  CommandExecutor,
  governanceCatalogue,
  governancePseudonymiser,
  governanceRegistry,
  governanceSealer,
  votes,
} from '@govledger/governance';
import { openSqliteStore } from '@govledger/store-sqlite';
import { isLeft } from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authoritySealerSource } from '../authority-key.ts';
import { openKeyStore } from '../key-store.ts';
import { ledgerFiles } from '../ledger-files.ts';
import { ledgerUpcasters } from '../projections.ts';
import { govledger, scratchDir } from '../test-support/run-cli.ts';

const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const committee = { id: 'committee-cm-1', role: 'owners-committee' };
const blinding = (n: number) => n.toString(16).padStart(64, '0');
const unit = (
  unitId: string,
  ownerId: string,
  ownerName: string,
  areaM2Hundredths: number,
  ownerKind = 'individual',
) => ({
  unitId,
  ownerId,
  ownerName,
  ownerKind,
  areaM2Hundredths,
  buildingId: 'b1',
});

/** One community, one vote, four ballots of three owners (Zhao changes a reject to an approve). */
const HISTORY = [
  ['RegisterPropertyCompany', bureau, '2024-01-02T01:00:00Z', { companyId: 'co-a', name: '张家港红色物业有限公司' }],
  [
    'RegisterProject',
    bureau,
    '2024-01-02T02:00:00Z',
    { projectId: 'p-1', name: '梁丰花园', communityId: 'cm-1', town: '杨舍镇', companyId: 'co-a' },
  ],
  ['RegisterStreetOffice', bureau, '2024-01-02T03:00:00Z', { streetOfficeId: 'so-yangshe', name: '杨舍镇' }],
  [
    'RegisterResidentsCommunity',
    bureau,
    '2024-01-02T03:10:00Z',
    { communityId: 'cm-1', name: '梁丰社区', streetOfficeId: 'so-yangshe' },
  ],
  [
    'RegisterUnits',
    bureau,
    '2024-01-02T04:00:00Z',
    {
      communityId: 'cm-1',
      units: [
        unit('1-1-101', 'person-wang', '王芳', 8950),
        unit('1-1-102', 'person-wang', '王芳', 10020),
        unit('1-1-201', 'person-zhao', '赵强', 8950),
        unit('1-1-202', 'developer-1', '某置业有限公司', 12000, 'developer-unsold'),
      ],
    },
  ],
  [
    'ProposeVote',
    committee,
    '2024-02-15T01:00:00Z',
    { voteId: 'v-1', communityId: 'cm-1', matter: 4, title: '续聘物业' },
  ],
  [
    'GiveVoteNotice',
    committee,
    '2024-02-15T01:10:00Z',
    {
      voteId: 'v-1',
      agenda: [{ voteId: 'v-1', matter: 4, title: '续聘物业' }],
      votingOpensAt: '2024-03-02T01:00:00Z',
      closesAt: '2024-03-16T01:00:00Z',
    },
  ],
  [
    'RegisterElectorate',
    committee,
    '2024-02-15T01:20:00Z',
    { voteId: 'v-1', scope: { kind: 'community', communityId: 'cm-1' } },
  ],
  [
    'OpenVoting',
    committee,
    '2024-03-02T01:00:00Z',
    { voteId: 'v-1', closesAt: '2024-03-16T01:00:00Z', electorate: [] },
  ],
  [
    'CastBallot',
    { id: 'person-wang', role: 'owner' },
    '2024-03-03T01:00:00Z',
    { voteId: 'v-1', choice: 'approve', blinding: blinding(1) },
  ],
  [
    'CastBallot',
    { id: 'person-zhao', role: 'owner' },
    '2024-03-04T01:00:00Z',
    { voteId: 'v-1', choice: 'reject', blinding: blinding(2) },
  ],
  [
    'CastBallot',
    { id: 'developer-1', role: 'developer' },
    '2024-03-05T01:00:00Z',
    { voteId: 'v-1', choice: 'abstain', blinding: blinding(3) },
  ],
  [
    'CastBallot',
    { id: 'person-zhao', role: 'owner' },
    '2024-03-06T01:00:00Z',
    { voteId: 'v-1', choice: 'approve', blinding: blinding(4) },
  ],
] as const;

/** Writes {@link HISTORY} into the ledger `init` made in `dir`, sealing ballots to `<db>.authority.pub`. */
async function writeHistory(dir: string): Promise<void> {
  let now = '2024-01-01T00:00:00.000Z';
  const clock = () => new Date(now);
  const store = openSqliteStore(join(dir, 'l.db'), { clock });
  try {
    const files = ledgerFiles({ db: 'l.db' }, {}, dir);
    const keys = await openKeyStore(files, { ledger: store });
    const executor = new CommandExecutor(store, {
      clock,
      registry: governanceRegistry,
      catalogue: governanceCatalogue,
      upcasters: ledgerUpcasters,
      seal: governanceSealer(keys, authoritySealerSource(files.authorityPublicKey)),
      pseudonymise: governancePseudonymiser(keys),
    });
    for (const [i, [command, actor, occurredAt, data]] of HISTORY.entries()) {
      now = occurredAt;
      const batched = await keys.batch((flush) =>
        executor.submit([{ line: i + 1, value: { command, actor, occurredAt, data } }], { beforeAppend: flush }),
      );
      if (isLeft(batched) || isLeft(batched.right)) throw new Error(`${command} refused: ${JSON.stringify(batched)}`);
    }
  } finally {
    await store.close();
  }
}

describe('govledger count-ballots', () => {
  let scratch: { dir: string; remove(): void };
  const cli = (args: string[], stdin?: string) =>
    govledger(args, { cwd: scratch.dir, ...(stdin !== undefined ? { stdin } : {}) });
  const count = (args: string[]) => cli(['count-ballots', '--db', 'l.db', '--vote', 'v-1', ...args]);
  const exported = async () =>
    (await cli(['export', '--db', 'l.db'])).stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l, i) => parseLeaf(l, i));

  beforeAll(async () => {
    scratch = scratchDir('govledger-count-');
    const init = await cli(['init', '--db', 'l.db', '--origin', 'count.test/ledger']);
    expect(init.code, init.stderr).toBe(0);
    mkdirSync(join(scratch.dir, 'authority'));
    const key = await cli(['authority-key', '--out', join('authority', 'a.key'), '--public-out', 'l.db.authority.pub']);
    expect(key.code, key.stderr).toBe(0);
    await writeHistory(scratch.dir);
  }, 60_000);
  afterAll(() => scratch.remove());

  it("refuses without the authority's key, with another authority's key, and with a key file readable by others, as inspect-ballots does", async () => {
    const before = (await exported()).length;
    const missing = await count([]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain("sealed to the inspecting authority's public key");
    expect(missing.stderr).toContain('--authority-key');
    expect((await cli(['authority-key', '--out', join('authority', 'other.key')])).code).toBe(0);
    const other = await count(['--authority-key', join('authority', 'other.key')]);
    expect(other.code).toBe(3);
    expect(other.stderr).toMatch(/sealed to the authority key \S+, not to the given key \S+: wrong --authority-key/);
    const loose = join(scratch.dir, 'authority', 'loose.key');
    writeFileSync(loose, readFileSync(join(scratch.dir, 'authority', 'a.key')), { mode: 0o644 });
    chmodSync(loose, 0o644);
    const readable = await count(['--authority-key', join('authority', 'loose.key')]);
    expect(readable.code).toBe(3);
    expect(readable.stderr).toContain('readable by others');
    expect(missing.stdout + other.stdout + readable.stdout).toBe('');
    expect((await exported()).length).toBe(before);
  });

  it('prints the CloseVoting line of the last ballots, which submit records and the public recount of the export agrees with', async () => {
    const before = (await exported()).length;
    const at = new Date(Date.now() - 60_000).toISOString();
    const run = await count(['--authority-key', join('authority', 'a.key'), '--at', at]);
    expect(run.code, run.stderr).toBe(0);
    expect((await exported()).length).toBe(before);
    const line = JSON.parse(run.stdout) as { command: string; actor: unknown; occurredAt: string; data: unknown };
    expect(line).toEqual({
      command: 'CloseVoting',
      actor: committee,
      occurredAt: at,
      data: {
        voteId: 'v-1',
        count: {
          committed: {
            approve: { areaM2Hundredths: 8950 + 10020 + 8950, owners: 2 },
            reject: { areaM2Hundredths: 0, owners: 0 },
            abstain: { areaM2Hundredths: 12000, owners: 1 },
          },
          blinding: votes.sumBlindings([blinding(1), blinding(3), blinding(4)]),
        },
      },
    });
    const submitted = await cli(['submit', '--db', 'l.db'], run.stdout);
    expect(submitted.code, submitted.stderr).toBe(0);
    const events = await exported();
    const closed = events.find((e) => e.type === 'VotingClosed');
    // The counted ballots: each owner's last, Zhao's replaced reject left out.
    expect(closed?.data).toMatchObject({ voteId: 'v-1', sealedBallots: 3, ...(line.data as { count: object }).count });
    const [audit] = votes.auditVotesFromExport(events);
    expect(audit?.problems).toEqual([]);
    expect(audit?.tally).toMatchObject({
      approve: { areaM2Hundredths: 27920, owners: 2 },
      reject: { areaM2Hundredths: 0, owners: 0 },
      abstain: { areaM2Hundredths: 12000, owners: 1 },
    });
  });
});
