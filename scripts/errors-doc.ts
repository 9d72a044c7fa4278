/**
 * Rewrites the error tables of docs/errors.md from core's error catalogues:
 * `pnpm docs:errors`. The test in packages/core/src/errors checks they agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCurrentTables } from '../packages/core/src/errors/error-table.ts';

const path = join(import.meta.dirname, '..', 'docs', 'errors.md');
const updated = withCurrentTables(readFileSync(path, 'utf8'));
if (updated === null) {
  console.error(`${path} lacks the error table markers; put them back where the tables belong`);
  process.exitCode = 1;
} else {
  writeFileSync(path, updated);
  console.log(`wrote ${path}`);
}
