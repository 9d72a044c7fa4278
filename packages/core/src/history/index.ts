/**
 * Questions auditors ask of the past: what changed between two points and which events
 * changed it, what one aggregate went through, what one actor did.
 */
export * from './actor-trail.ts';
export * from './change-recorder.ts';
export * from './periods.ts';
export * from './projection-diff.ts';
export { isCollection, isRecord, itemPathOf, pointerOf, valueAt } from './state-items.ts';
export * from './stream-history.ts';
export * from './value-diff.ts';
export { type WriteListener, WriteTracker } from './write-tracker.ts';
