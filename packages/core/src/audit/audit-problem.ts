/**
 * What an audit found wrong, as values: the first bad index or checkpoint and what was wrong.
 */

/** One finding of `verify`. `index` or `checkpointSize` locates it when known. */
export interface AuditProblem {
  readonly _tag:
    | 'EntryTampered'
    | 'EntryMissing'
    | 'CheckpointInvalid'
    | 'CheckpointMismatch'
    | 'LogRolledBack'
    | 'LeafInvalid'
    | 'StoreInconsistent';
  readonly index?: number;
  readonly checkpointSize?: number;
  readonly message: string;
}

/** The outcome of an audit: sound, or the first problem found, plus what was checked. */
export interface AuditReport {
  readonly ok: boolean;
  readonly size: number;
  /** Base64 RFC 6962 root of the leaves as they are now (recomputed, never read). */
  readonly root: string;
  readonly entriesChecked: number;
  readonly checkpointsChecked: number;
  readonly problem?: AuditProblem;
  /** Facts worth telling the auditor that are not failures (e.g. entries past the checkpoint). */
  readonly notes: readonly string[];
}

/** Progress callback for long audits (entries checked of total). */
export type AuditProgress = (done: number, total: number) => void;
