/**
 * @govledger/witness — a C2SP tlog-witness server that another organisation (an owners'
 * committee, a street office, a court) runs to cosign a govledger log's checkpoints, so the
 * operator cannot show one history to some and another to others without being caught.
 */
export { createWitness, MAX_REQUEST_BYTES, type WitnessOptions } from './create-witness.ts';
export { type LogRecord, type StateUnavailable, WitnessState } from './witness-state.ts';
export { type AddStateContext, type CosignedHeads, decideAddState, type StateRefusal } from './add-state.ts';
export { firstDifferingRecord, siblingRanges } from './first-difference.ts';
export { type LogSource, type ReadApiSourceOptions, readApiSource } from './log-source.ts';
export { type ReplayUnavailable, StateReplay, type StateReplayOptions } from './state-replay.ts';
