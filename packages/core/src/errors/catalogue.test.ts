import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory-store.ts';
import { ProjectionRunner } from '../projection-runner.ts';
import { renderErrorTables, TABLES_BEGIN, TABLES_END, withCurrentTables } from './error-table.ts';
import { explainError, formatError } from './explain.ts';
import { errorCode, RETURNED_ERRORS } from './returned-errors.ts';
import { READ_API_ERRORS } from './read-api-errors.ts';
import { isStoreErrorCode, STORE_ERRORS } from './store-errors.ts';
import { coreError, isCoreThrownError, THROWN_ERRORS } from './thrown-errors.ts';

const coreSrc = join(import.meta.dirname, '..');
const docsPath = join(coreSrc, '..', '..', '..', 'docs', 'errors.md');

/** Every non-test TypeScript source of core, as [path relative to src, text]. */
function coreSources(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        out.push([relative(coreSrc, path), readFileSync(path, 'utf8')]);
      }
    }
  };
  walk(coreSrc);
  return out;
}

/** Tags of results that are not errors (key store lookups and statuses, a witness's acceptance, a monitor's steps). */
const NOT_ERRORS = new Set([
  'KeyFound',
  'KeyDestroyed',
  'KeyNotFound',
  'Active',
  'Erased',
  'Unknown',
  'Accepted',
  'First',
  'Unchanged',
  'Advanced',
  'Unverifiable',
  'Misbehaviour',
]);

describe('the error catalogue', () => {
  const returnedCodes = Object.values(RETURNED_ERRORS).map((e) => e.code);
  const thrownCodes = Object.values(THROWN_ERRORS).map((e) => e.code);
  const storeCodes = Object.values(STORE_ERRORS).map((e) => e.code);
  const readApiCodes = Object.values(READ_API_ERRORS).map((e) => e.code);

  it('gives every error of core, the stores and the read API one distinct GL_ code', () => {
    const all = [...returnedCodes, ...thrownCodes, ...storeCodes, ...readApiCodes];
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(code).toMatch(/^GL_[A-Z0-9_]+$/);
    for (const catalogue of [THROWN_ERRORS, STORE_ERRORS, READ_API_ERRORS])
      for (const [key, entry] of Object.entries(catalogue)) expect(entry.code).toBe(key);
  });

  it("knows a store's codes, including the checkpoint conflict core throws too", () => {
    expect(isStoreErrorCode('GL_READONLY_STORE')).toBe(true);
    expect(isStoreErrorCode('GL_CHECKPOINT_CONFLICT')).toBe(true);
    expect(isStoreErrorCode('READONLY_STORE')).toBe(false);
    expect(isStoreErrorCode('GL_NOT_JSON')).toBe(false);
    expect(isStoreErrorCode(7)).toBe(false);
  });

  it('gives every entry a remedy and never a "|" that would break the docs table', () => {
    for (const entry of [
      ...Object.values(RETURNED_ERRORS),
      ...Object.values(THROWN_ERRORS),
      ...Object.values(STORE_ERRORS),
      ...Object.values(READ_API_ERRORS),
    ]) {
      expect(entry.remedy.length).toBeGreaterThan(20);
      expect(`${entry.when}${entry.remedy}`).not.toContain('|');
    }
  });

  it('covers every error tag core constructs', () => {
    const tags = new Set<string>();
    for (const [, text] of coreSources()) {
      for (const match of text.matchAll(/_tag: '([A-Za-z]+)'/g)) tags.add(match[1]!);
    }
    const uncovered = [...tags].filter((tag) => !(tag in RETURNED_ERRORS) && !NOT_ERRORS.has(tag));
    expect(uncovered).toEqual([]);
    expect(tags.size).toBeGreaterThan(40);
  });

  it('is the only way core throws: no bare `throw new` outside the catalogue', () => {
    const bare = coreSources().flatMap(([path, text]) =>
      text
        .split('\n')
        .map((line, i) => ({ line: line.trim(), at: `${path}:${i + 1}` }))
        .filter(({ line }) => /\bthrow new\b/.test(line) && !line.startsWith('*') && !line.startsWith('//'))
        .map(({ at, line }) => `${at}: ${line}`),
    );
    expect(bare).toEqual([]);
  });
});

describe('thrown errors', () => {
  it('keep their class, carry the code, and end with what to do', () => {
    const error = coreError('GL_ARGUMENT_OUT_OF_RANGE', 'index must be below 3, got 7');
    expect(error).toBeInstanceOf(RangeError);
    expect(error.code).toBe('GL_ARGUMENT_OUT_OF_RANGE');
    expect(error.message).toBe(
      `index must be below 3, got 7 [GL_ARGUMENT_OUT_OF_RANGE: ${THROWN_ERRORS.GL_ARGUMENT_OUT_OF_RANGE.remedy}]`,
    );
    expect(isCoreThrownError(error)).toBe(true);
    expect(isCoreThrownError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
  });

  it('are what core actually throws at its throw sites', async () => {
    const store = new MemoryStore();
    await expect(store.log.inclusionProof(0)).rejects.toMatchObject({ code: 'GL_ARGUMENT_OUT_OF_RANGE' });
    const runner = new ProjectionRunner(store, []);
    expect(() => runner.state('missing')).toThrow(expect.objectContaining({ code: 'GL_UNKNOWN_PROJECTION' }));
    await store.log.saveCheckpoint({ size: 0, note: 'a\n' });
    await expect(store.log.saveCheckpoint({ size: 0, note: 'b\n' })).rejects.toMatchObject({
      code: 'GL_CHECKPOINT_CONFLICT',
    });
  });
});

describe('returned errors', () => {
  it('have a code and a message naming the stream and versions involved', () => {
    const conflict = { _tag: 'WrongExpectedVersion', streamId: 'budget-2025', expected: 3, actual: 4 } as const;
    expect(errorCode(conflict)).toBe('GL_WRONG_EXPECTED_VERSION');
    expect(explainError(conflict)).toEqual({
      code: 'GL_WRONG_EXPECTED_VERSION',
      message: 'stream budget-2025 is at version 4, the caller expected 3',
      remedy: RETURNED_ERRORS.WrongExpectedVersion.remedy,
    });
  });

  it('explain a wrapped store error through its own message', () => {
    const tooLarge = {
      _tag: 'LeafTooLarge',
      position: 2,
      streamId: 's',
      type: 'T',
      bytes: 70_000,
      limit: 65_535,
    } as const;
    expect(formatError({ _tag: 'SubmissionNotAppended', error: tooLarge })).toBe(
      `GL_SUBMISSION_NOT_APPENDED: the store did not take the decided events: event 2 (T in stream s) is 70000 bytes as a leaf; the limit is 65535. What to do: ${RETURNED_ERRORS.SubmissionNotAppended.remedy}`,
    );
  });

  it('name every decode problem by path', () => {
    const decode = {
      _tag: 'DecodeError',
      codec: 'ProposedEvent',
      problems: [{ path: 'metadata.occurredAt', reason: 'not an ISO time' }],
    } as const;
    expect(explainError(decode).message).toBe('ProposedEvent: metadata.occurredAt: not an ISO time');
  });
});

describe('docs/errors.md', () => {
  it('lists exactly the catalogue (run `pnpm docs:errors` after changing it)', () => {
    const doc = readFileSync(docsPath, 'utf8');
    expect(doc).toContain(TABLES_BEGIN);
    expect(doc).toContain(TABLES_END);
    expect(withCurrentTables(doc)).toBe(doc);
    const listed = [...doc.matchAll(/^\| `(GL_[A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(
      [
        ...Object.values(RETURNED_ERRORS),
        ...Object.values(THROWN_ERRORS),
        ...Object.values(STORE_ERRORS),
        ...Object.values(READ_API_ERRORS),
      ]
        .map((e) => e.code)
        .sort(),
    );
  });

  it('would be caught out by a code missing from the docs', () => {
    const doc = readFileSync(docsPath, 'utf8');
    const withoutOne = doc.replace(/^\| `GL_NOT_JSON` \|.*\n/m, '');
    expect(withCurrentTables(withoutOne)).not.toBe(withoutOne);
    expect(renderErrorTables()).toContain('`GL_NOT_JSON`');
  });
});
