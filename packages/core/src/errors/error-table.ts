/**
 * Renders the error catalogues as the Markdown tables of docs/errors.md, so the list in the
 * docs is the catalogue in the code, written once (`pnpm docs:errors` rewrites the tables;
 * a test fails when they differ).
 */
import { RETURNED_ERRORS, type ReturnedErrorEntry } from './returned-errors.ts';
import { THROWN_ERRORS, type ThrownErrorEntry } from './thrown-errors.ts';

/** Marks the generated part of docs/errors.md. */
export const TABLES_BEGIN = '<!-- error tables: generated from packages/core/src/errors by `pnpm docs:errors` -->';
/** Ends the generated part of docs/errors.md. */
export const TABLES_END = '<!-- end of error tables -->';

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The two tables (returned, then thrown) between their markers. */
export function renderErrorTables(): string {
  const returned = Object.entries(RETURNED_ERRORS as Record<string, ReturnedErrorEntry>).map(
    ([tag, e]) => `| \`${e.code}\` | \`${tag}\` from ${cell(e.returnedBy)} | ${cell(e.when)} | ${cell(e.remedy)} |`,
  );
  const thrown = Object.values(THROWN_ERRORS as Record<string, ThrownErrorEntry>).map(
    (e) => `| \`${e.code}\` | \`${e.thrownAs}\` | ${cell(e.when)} | ${cell(e.remedy)} |`,
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
