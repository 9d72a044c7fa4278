import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeErrors } from './errors.ts';

describe('the SQLite store error codes', () => {
  const codes = Object.values(storeErrors).map(
    (make) => (make as (...args: unknown[]) => { code: string })('x', 1, 2).code,
  );

  it('are listed in docs/errors.md and the README, exactly', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const doc = readFileSync(join(root, 'docs', 'errors.md'), 'utf8');
    const start = doc.indexOf('### Thrown by the stores');
    const section = doc.slice(start, doc.indexOf('### Answered by the read API', start));
    const listed = [...section.matchAll(/^\| `(GL_[A-Z_]+)` \| ([^|]*)\|/gm)]
      .filter((row) => row[2]!.includes('SQLite'))
      .map((row) => row[1]!);
    // A checkpoint conflict is core's code, thrown by every store: it is listed with core's own.
    const shared = doc.includes('| `GL_CHECKPOINT_CONFLICT` |') ? ['GL_CHECKPOINT_CONFLICT'] : [];
    expect([...listed, ...shared].sort()).toEqual([...codes].sort());
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    for (const code of codes) expect(readme).toContain(`\`${code}\``);
  });

  it('each name what to do in the message', () => {
    expect(storeErrors.schemaTooNew('ledger.db', 9, 1).message).toContain('upgrade govledger');
    expect(storeErrors.corruptEntry(4, 'short hashes').message).toContain('run govledger verify');
  });
});
