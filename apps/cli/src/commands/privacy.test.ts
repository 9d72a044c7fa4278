import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FileKeyStore, isErased, openPersonalData, parseLeaf } from '@govledger/core';
import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { registrations } from '../test-support/complaint-ledger.ts';
import { govledger, scratchDir } from '../test-support/run-cli.ts';

interface Person {
  readonly id: string;
  readonly name: string;
  readonly phone: string;
}

function fileComplaint(n: number, person: Person): string {
  return JSON.stringify({
    command: 'FileComplaint',
    actor: { id: person.id, role: 'resident' },
    occurredAt: `2024-03-0${1 + (n % 9)}T08:00:00Z`,
    // Dated in 2024, recorded now: a back-fill, as the ledger's time rule asks.
    backfilled: true,
    data: {
      complaintId: `c-${n}`,
      communityId: 'community-yuesheng',
      companyId: 'company-1',
      category: 'repair',
      complainantId: person.id,
      complainantName: person.name,
      complainantPhone: person.phone,
      description: '电梯故障 lift out of order',
    },
  });
}

/** Every file the ledger leaves on disk, as raw bytes. */
function ledgerBytes(dir: string): Buffer {
  const files = ['l.db', 'l.db-wal', 'l.db-shm'].map((f) => join(dir, f)).filter(existsSync);
  return Buffer.concat(files.map((f) => readFileSync(f)));
}

const personArb = fc.record({
  name: fc.stringMatching(/^[\u4e00-\u9fa5]{2,4}$/),
  phone: fc.stringMatching(/^1[3-9]\d{9}$/),
});

describe('personal data stays out of the ledger file, its WAL, exports and snapshots', () => {
  it('never writes a plaintext name or phone anywhere in the raw bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(personArb, { minLength: 1, maxLength: 4 }), async (people) => {
        const scratch = scratchDir();
        const cwd = scratch.dir;
        try {
          await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd });
          const persons = people.map((p, i) => ({ ...p, id: `person-${i}` }));
          const submitted = await govledger(['submit', '--db', 'l.db'], {
            cwd,
            stdin: `${[...registrations(['company-1'], ['community-yuesheng']), ...persons.map((p, i) => fileComplaint(i, p))].join('\n')}\n`,
          });
          expect(submitted.code, submitted.stderr).toBe(0);
          expect((await govledger(['replay', '--db', 'l.db'], { cwd })).code).toBe(0);
          expect((await govledger(['replay', '--db', 'l.db', '--personal', '--json'], { cwd })).code).toBe(0);
          const exported = (await govledger(['export', '--db', 'l.db'], { cwd })).stdout;
          const bytes = Buffer.concat([ledgerBytes(cwd), Buffer.from(exported)]);
          for (const p of persons) {
            expect(bytes.includes(Buffer.from(p.name)), `name ${p.name} leaked`).toBe(false);
            expect(bytes.includes(Buffer.from(p.phone)), `phone ${p.phone} leaked`).toBe(false);
          }
        } finally {
          scratch.remove();
        }
      }),
      { numRuns: 5 },
    );
  });

  it('refuses to record personal data without a key store, naming the missing file', async () => {
    const scratch = scratchDir();
    try {
      const cwd = scratch.dir;
      await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd });
      rmSync(join(cwd, 'l.db.keys'));
      const run = await govledger(['submit', '--db', 'l.db'], {
        cwd,
        stdin: `${[...registrations(['company-1'], ['community-yuesheng']), fileComplaint(1, { id: 'person-1', name: '王芳', phone: '13912345678' })].join('\n')}\n`,
      });
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('l.db.keys');
      expect((await govledger(['export', '--db', 'l.db'], { cwd })).stdout).toBe('');
    } finally {
      scratch.remove();
    }
  });
});

describe('govledger forget erases a person without breaking a proof', () => {
  it('keeps verify, the old root and proofs, and makes the fields read as erased', async () => {
    const scratch = scratchDir();
    const cwd = scratch.dir;
    try {
      await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd });
      const wang = { id: 'person-7', name: '王芳', phone: '13912345678' };
      const li = { id: 'person-8', name: '李强', phone: '13800001111' };
      const registered = registrations(['company-1'], ['community-yuesheng']);
      // The complaints follow the registrations they name: entry `first` is the first complaint.
      const first = String(registered.length);
      await govledger(['submit', '--db', 'l.db'], {
        cwd,
        stdin: `${[...registered, fileComplaint(1, wang), fileComplaint(2, li)].join('\n')}\n`,
      });
      const before = JSON.parse((await govledger(['prove', '--db', 'l.db', '--index', first], { cwd })).stdout);
      const forgot = await govledger(
        ['forget', '--db', 'l.db', '--subject', 'person-7', '--reason', 'PIPL art. 47 request'],
        { cwd },
      );
      expect(forgot.code, forgot.stderr).toBe(0);
      expect((await govledger(['verify', '--db', 'l.db'], { cwd })).code).toBe(0);
      const after = JSON.parse(
        (await govledger(['prove', '--db', 'l.db', '--index', first, '--size', String(before.size)], { cwd })).stdout,
      );
      expect(after).toEqual(before);
      expect((await govledger(['replay', '--db', 'l.db'], { cwd })).code).toBe(0);
      const again = await govledger(['forget', '--db', 'l.db', '--subject', 'person-7', '--reason', 'again'], { cwd });
      expect(again.code).toBe(1);

      const keys = await FileKeyStore.open(join(cwd, 'l.db.keys'));
      if (!isRight(keys)) throw new Error('key store');
      const lines = (await govledger(['export', '--db', 'l.db'], { cwd })).stdout
        .trimEnd()
        .split('\n')
        .slice(registered.length);
      const opened = await Promise.all(
        lines.slice(0, 2).map((l, i) => openPersonalData(parseLeaf(Buffer.from(l), registered.length + i), keys.right)),
      );
      const [wangs, second] = opened.map((o) => (isRight(o) ? o.right.data : null));
      expect(isErased(wangs?.complainantName)).toBe(true);
      expect(isErased(wangs?.complainantPhone)).toBe(true);
      expect(second?.complainantName).toBe('李强');
      expect(lines[2]).toContain('"type":"PersonalDataErased"');
      expect(lines[2]).not.toContain('王芳');
    } finally {
      scratch.remove();
    }
  });
});
