import { join } from 'node:path';
import { deepEqual, diffSizes, isCollection, pointerOf, replayProjections } from '@govledger/core';
import { governanceProjections } from '@govledger/governance';
import { openSqliteStore } from '@govledger/store-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLedger } from '../test-support/demo-ledger.ts';
import { govledger } from '../test-support/run-cli.ts';

/** Every item of a state by pointer, found by walking the whole state (what a diff must not need to do). */
function allItems(state: unknown): Map<string, unknown> {
  const items = new Map<string, unknown>();
  const visit = (node: unknown, path: string[]) => {
    if (path.length > 0 && !isCollection(node)) {
      items.set(pointerOf(path), node);
      return;
    }
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) visit(value, [...path, key]);
  };
  visit(state, []);
  return items;
}

describe('govledger diff', () => {
  let ledger: { dir: string; remove(): void };
  beforeAll(async () => {
    ledger = await demoLedger();
  }, 120_000);
  afterAll(() => ledger.remove());

  it('finds exactly the items a comparison of two full replays finds, with their values at the end', async () => {
    const store = openSqliteStore(join(ledger.dir, 'd.db'), { readonly: true });
    try {
      for (const [fromSize, toSize] of [
        [9000, 10500],
        [0, 700],
        [14000, 14000],
      ] as const) {
        const diff = await diffSizes(store, governanceProjections, fromSize, toSize);
        const before = await replayProjections(store, governanceProjections, { index: fromSize - 1 });
        const after = await replayProjections(store, governanceProjections, { index: toSize - 1 });
        for (const projection of governanceProjections) {
          const a = allItems(before.states[projection.name]);
          const b = allItems(after.states[projection.name]);
          const expected = [...new Set([...a.keys(), ...b.keys()])]
            .filter((k) => !deepEqual(a.get(k), b.get(k)))
            .sort();
          const changes = diff.projections.find((p) => p.name === projection.name)!.items;
          const found = changes.map((c) => c.item).sort();
          // An item added whole also stands for the items inside it, which the walk lists one by one.
          const covered = expected.filter((k) => !found.some((f) => k === f || k.startsWith(`${f}/`)));
          expect(covered, `${projection.name} ${fromSize}..${toSize}`).toEqual([]);
          expect(
            found.every((f) => expected.some((k) => k === f || k.startsWith(`${f}/`))),
            projection.name,
          ).toBe(true);
          expect(deepEqual(diff.statesAtTo[projection.name], after.states[projection.name]), projection.name).toBe(
            true,
          );
        }
      }
    } finally {
      await store.close();
    }
  }, 120_000);

  it('prints each projection’s changes with the events that caused them', async () => {
    const run = await govledger(
      ['diff', '--db', 'd.db', '--from', '2024-03-31', '--to', '2024-06-30', '--limit', '3'],
      {
        cwd: ledger.dir,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^diff from size \d+ \(2024-03-3\d.*\) to size \d+ \(2024-06-30.*\): \d+ event\(s\) between/,
    );
    expect(run.stdout).toMatch(/complaintBoard: \d+ added, 0 removed, \d+ changed/);
    expect(run.stdout).toMatch(/ {6}by #\d+ Complaint\w+ by /);
  });

  it('shows records, statuses and local times in the domain’s terms, not bookkeeping structures', async () => {
    const run = await govledger(['diff', '--db', 'd.db', '--from', '9000', '--to', '9300', '--limit', '50'], {
      cwd: ledger.dir,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/~ complaint c-\d+ · status: \w+ → closed/);
    expect(run.stdout).toMatch(/closedAt: — → \d{4}-\d{2}-\d{2} \d{2}:\d{2} CST/);
    expect(run.stdout).toMatch(/complaintStatistics: .*\(\d+ of them bookkeeping, not listed\)/);
    expect(run.stdout).not.toMatch(/\/order\/|dueQueue|\/complaints\//);
  });

  it('gives the whole diff as JSON, for one projection when asked', async () => {
    const run = await govledger(
      ['diff', '--db', 'd.db', '--from', '2024-03-31', '--to', '2024-06-30', '--projection', 'voteResults', '--json'],
      { cwd: ledger.dir },
    );
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { projections: { name: string; items: { causes: { type: string }[] }[] }[] };
    expect(json.projections.map((p) => p.name)).toEqual(['voteResults']);
    expect(json.projections[0]!.items.length).toBeGreaterThan(0);
  });

  it('refuses an unknown projection and a malformed point as usage errors', async () => {
    const unknown = await govledger(['diff', '--db', 'd.db', '--from', '1', '--projection', 'nope'], {
      cwd: ledger.dir,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--projection nope is not one of');
    const malformed = await govledger(['diff', '--db', 'd.db', '--from', 'yesterday'], { cwd: ledger.dir });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--from must be a ledger index');
  });
});
