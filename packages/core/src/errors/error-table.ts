/**
 * Renders the error catalogues as the Markdown tables of docs/errors.md, so the list in the
 * docs is the catalogue in the code, written once (`pnpm docs:errors` rewrites the tables;
 * a test fails when they differ).
 */
import { RETURNED_ERRORS, type ReturnedErrorEntry } from './returned-errors.ts';
import { READ_API_ERRORS, type ReadApiErrorEntry } from './read-api-errors.ts';
import { STORE_ERRORS, type StoreErrorEntry } from './store-errors.ts';
import { THROWN_ERRORS, type ThrownErrorEntry } from './thrown-errors.ts';

/** Marks the generated part of docs/errors.md. */
export const TABLES_BEGIN = '<!-- error tables: generated from packages/core/src/errors by `pnpm docs:errors` -->';
/** Ends the generated part of docs/errors.md. */
export const TABLES_END = '<!-- end of error tables -->';

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The four tables (returned, thrown, thrown by the stores, answered by the read API) between their markers. */
export function renderErrorTables(): string {
  const returned = Object.entries(RETURNED_ERRORS as Record<string, ReturnedErrorEntry>).map(
    ([tag, e]) => `| \`${e.code}\` | \`${tag}\` from ${cell(e.returnedBy)} | ${cell(e.when)} | ${cell(e.remedy)} |`,
  );
  const thrown = Object.values(THROWN_ERRORS as Record<string, ThrownErrorEntry>).map(
    (e) => `| \`${e.code}\` | \`${e.thrownAs}\` | ${cell(e.when)} | ${cell(e.remedy)} |`,
  );
  const stores = Object.values(STORE_ERRORS as Record<string, StoreErrorEntry>).map(
    (e) => `| \`${e.code}\` | ${cell(e.thrownBy)} | ${cell(e.when)} | ${cell(e.remedy)} |`,
  );
  const readApi = Object.values(READ_API_ERRORS as Record<string, ReadApiErrorEntry>).map(
    (e) => `| \`${e.code}\` | ${e.status} | ${cell(e.when)} | ${cell(e.remedy)} |`,
  );
  return [
    TABLES_BEGIN,
    '',
    '### Returned as values',
    '',
    '| code | `_tag`, returned by | when | what to do |',
    '| --- | --- | --- | --- |',
    ...returned,
    '',
    '### Thrown',
    '',
    '| code | thrown as | when | what to do |',
    '| --- | --- | --- | --- |',
    ...thrown,
    '',
    '### Thrown by the stores',
    '',
    'Each store throws its own error class (`SqliteStoreError`, `EsdbStoreError`, `PostgresStoreError`) with one of these codes, or `GL_CHECKPOINT_CONFLICT` above.',
    '',
    '| code | thrown by | when | what to do |',
    '| --- | --- | --- | --- |',
    ...stores,
    '',
    '### Answered by the read API',
    '',
    'The `error.code` of the body `{"error":{"code","message","parameter"?}}`.',
    '',
    '| code | status | when | what to do |',
    '| --- | --- | --- | --- |',
    ...readApi,
    '',
    TABLES_END,
  ].join('\n');
}

/** `doc` with its generated tables replaced by the current ones, or `null` when it lacks the markers. */
export function withCurrentTables(doc: string): string | null {
  const begin = doc.indexOf(TABLES_BEGIN);
  const end = doc.indexOf(TABLES_END);
  if (begin < 0 || end < begin) return null;
  return doc.slice(0, begin) + renderErrorTables() + doc.slice(end + TABLES_END.length);
}
