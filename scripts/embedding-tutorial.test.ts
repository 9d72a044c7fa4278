import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tutorial = readFileSync(join(root, 'docs', 'embedding.md'), 'utf8');

/** Every ```ts block of the tutorial that names its source file on its first line. */
function excerpts(): { file: string; code: string }[] {
  return [...tutorial.matchAll(/```ts\n\/\/ (examples\/[^\n]+)\n([\s\S]*?)\n```/g)].map((m) => ({
    file: m[1]!,
    code: m[2]!,
  }));
}

describe('docs/embedding.md', () => {
  it('quotes the example verbatim, so the tutorial and the code cannot drift apart', () => {
    const quoted = excerpts();
    expect(quoted.length).toBeGreaterThanOrEqual(10);
    for (const { file, code } of quoted) {
      const source = readFileSync(join(root, file), 'utf8');
      expect(source.includes(code), `${file} no longer contains:\n${code}`).toBe(true);
    }
  });

  it('walks through the five steps in order', () => {
    const headings = [...tutorial.matchAll(/^## (\d)\. (.+)$/gm)].map((m) => `${m[1]}. ${m[2]}`);
    expect(headings).toEqual([
      '1. Define events',
      '2. Write a decider',
      '3. Write a projection',
      '4. Choose a store',
      '5. Verify',
    ]);
  });
});
