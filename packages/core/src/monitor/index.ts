/** Monitoring a log: one poll's decision, and self-contained evidence of misbehaviour. */
export { checkEvidence, type Evidence, EVIDENCE_FORMAT, type Observation } from './evidence.ts';
export { parseEvidence } from './evidence-file.ts';
export { type MonitorOutcome, monitorStep, type ProofSource } from './monitor-step.ts';
