/**
 * The domain's sources read event data and related states through their types, never through
 * a cast: a fold's `switch (type)` narrows `data`, and a spec's `Related` type (built from the
 * registry's typed references) types what a rule reads. These patterns are the casts that
 * would undo that; a source that brings one back fails here with its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOURCE_ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * Casts still waiting for their area's turn, by file relative to `src/`: each entry names why.
 * Remove an entry once its cast is gone.
 */
const PENDING: Readonly<Record<string, string>> = {};

/** Non-test TypeScript sources of the domain (test files and test support are left out). */
function domainSources(): string[] {
  return readdirSync(SOURCE_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.includes('test'))
    .map((path) => path.split('\\').join('/'))
    .sort();
}

const DATA_CAST = /\bas [A-Z][A-Za-z]*Data\b/;
const STATE_CAST = /related\.[a-zA-Z]* as |\bas [A-Z][A-Za-z]*State\b/;

/** The lines of `text` (the source at `path`) matching `pattern`, as `path:line: text`. */
function matchingLines(path: string, text: string, pattern: RegExp): string[] {
  return text
    .split('\n')
    .flatMap((line, index) => (pattern.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : []));
}

/** Every line of the domain's sources (but the pending ones) matching `pattern`. */
function sourceLinesMatching(pattern: RegExp): string[] {
  return domainSources()
    .filter((path) => PENDING[path] === undefined)
    .flatMap((path) => matchingLines(path, readFileSync(join(SOURCE_ROOT, path), 'utf8'), pattern));
}

describe('the domain reads data and related states without casts', () => {
  it('checks every non-test source of the domain, the rules of each area among them', () => {
    const sources = domainSources();
    expect(sources).toContain('complaints/decide.ts');
    expect(sources).toContain('old-community-coverage/decide.ts');
    expect(sources).toContain('registry/references.ts');
    expect(sources.some((path) => path.includes('test'))).toBe(false);
  });

  it('casts no event data to an `XData` type', () => {
    expect(sourceLinesMatching(DATA_CAST)).toEqual([]);
  });

  it('casts no related state and no value to an `XState` type', () => {
    expect(sourceLinesMatching(STATE_CAST)).toEqual([]);
  });

  it('reports a cast by file and line, and passes the typed reading', () => {
    const source = ['const area = related[AREA_KEY];', 'const vote = related.vote as VoteState;'].join('\n');
    expect(matchingLines('x/decide.ts', source, STATE_CAST)).toEqual([
      'x/decide.ts:2: const vote = related.vote as VoteState;',
    ]);
    expect(matchingLines('x/fold.ts', 'const d = event.data as ComplaintFiledData;', DATA_CAST)).toEqual([
      'x/fold.ts:1: const d = event.data as ComplaintFiledData;',
    ]);
  });
});
