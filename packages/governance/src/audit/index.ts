/**
 * Audit workflows over the governance domain: which aggregate folds a stream, the findings
 * a reviewer looks for first, the public view of changes, and the labels a report uses.
 */
export * from './findings.ts';
export * from './labels.ts';
export * from './public-changes.ts';
export * from './stream-aggregates.ts';
