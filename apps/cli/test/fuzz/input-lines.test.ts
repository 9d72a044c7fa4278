import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonLine } from '../../src/ndjson.ts';
import { govledger, proposedEventsNdjson, scratchDir } from '../../src/test-support/run-cli.ts';
import { fuzzRuns } from './fuzz-scale.ts';

const VALID_COMMAND = JSON.stringify({
  command: 'FileComplaint',
  actor: { id: 'person-1', role: 'resident' },
  occurredAt: '2024-03-01T08:00:00Z',
  data: {
    complaintId: 'c-1',
    communityId: 'cm-1',
    companyId: 'co-a',
    category: 'repair',
    complainantId: 'person-1',
    complainantName: '张伟',
    complainantPhone: '13912345678',
    description: '电梯故障',
  },
});
const VALID_EVENT = proposedEventsNdjson(1).trim();

/** Text a hostile submitter might send: lone surrogates, controls, quotes, braces, escapes. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '\\ud800',
    '\\u0000',
    '"',
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '__proto__',
    '..',
    '/',
    '\\',
    '9999',
    '1e400',
  ),
);

/** A valid line mutated: characters inserted, deleted or replaced, keys duplicated, fields added, nesting deepened. */
function mutated(valid: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: valid.length });
  return fc.oneof(
    fc.tuple(at, nasty).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i)),
    fc.tuple(at, fc.nat({ max: 6 })).map(([i, n]) => valid.slice(0, i) + valid.slice(i + n)),
    fc.tuple(at, nasty).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i + s.length)),
    fc
      .tuple(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }))
      .map(([key, value]) => `${valid.slice(0, -2)},${JSON.stringify(key)}:${JSON.stringify(value)}}}`),
    fc.nat({ max: 3000 }).map((depth) => `${valid.slice(0, -1)},"deep":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    fc.constant(valid.replace('"category":"repair"', '"category":"repair","category":"fee"')),
  );
}

describe('fuzzed input lines', () => {
  it('parsing a mutated line never throws: it is JSON or a reason', () => {
    fc.assert(
      fc.property(fc.oneof(mutated(VALID_COMMAND), mutated(VALID_EVENT)), (line) => {
        const parsed = parseJsonLine(line);
        if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });

  describe('through the CLI', () => {
    let scratch: ReturnType<typeof scratchDir>;
    beforeAll(async () => {
      scratch = scratchDir();
      await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd: scratch.dir });
    });
    afterAll(() => scratch.remove());
    const size = async () =>
      (await govledger(['export', '--db', 'l.db'], { cwd: scratch.dir })).stdout.split('\n').length - 1;

    it('submit and append of a mutated line never crash, and write nothing when they refuse', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.boolean(),
          fc.oneof(mutated(VALID_COMMAND), mutated(VALID_EVENT)),
          async (viaSubmit, line) => {
            const before = await size();
            const run = await govledger([viaSubmit ? 'submit' : 'append', '--db', 'l.db', '-'], {
              cwd: scratch.dir,
              stdin: `${line}\n`,
            });
            expect(run.stderr).not.toContain('internal error');
            expect([0, 1]).toContain(run.code);
            if (run.code !== 0) expect(await size()).toBe(before);
          },
        ),
        { numRuns: fuzzRuns(60) },
      );
    });
  });
});
