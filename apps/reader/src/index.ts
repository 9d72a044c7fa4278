/**
 * @govledger/reader — the GET-only read API over a govledger store: dashboards over the
 * governance projections and the audit protocol of the verifiable log. It is handed an open
 * store and never opens one; the CLI (`govledger serve`) composes it.
 */
export { createReader } from './create-reader.ts';
export type { RateLimitOptions, ReaderOptions } from './reader-options.ts';
export type { Access } from './auditor-access.ts';
export { MAX_ENTRIES_PER_PAGE } from './routes/entries.ts';
export { errorLog } from './error-log.ts';
export type { AsOfBudgetOptions } from './as-of-budget.ts';
