/**
 * What every route module is handed: the store (read only through its read methods), the
 * head and projection states, access control, the serialised-body cache and the settings
 * resolved from the reader's options.
 */
import type { EventStore, PersonalKeyStore, SnapshotStore } from '@govledger/core';
import type { AnswerCache } from './answer-cache.ts';
import type { AuditorAccess } from './auditor-access.ts';
import type { LedgerHeads } from './ledger-head.ts';
import type { AsOfBudget } from './as-of-budget.ts';
import type { StateReader } from './projection-states.ts';
import type { StateProofs } from './state-proofs.ts';

/** The shared state of one reader instance. */
export interface ReaderContext {
  readonly store: EventStore & SnapshotStore;
  readonly heads: LedgerHeads;
  /** The projection states this module's routes may read (only those it `needs`). */
  readonly states: StateReader;
  readonly access: AuditorAccess;
  /** Serialised state answers by request URL, each current while its head (and minute) stand. */
  readonly answers: AnswerCache;
  readonly keyStore: PersonalKeyStore | undefined;
  /** The published verifier key text (`name+keyid+base64`), when configured. */
  readonly verifierKey: string | undefined;
  /** The verifier key's name, when configured. */
  readonly verifierKeyName: string | undefined;
  /** True when anyone may read raw leaves; otherwise only auditors. */
  readonly publicLeaves: boolean;
  /** The wall clock in ms since the epoch, for "now" when a time-dependent answer names no time. */
  readonly nowMs: () => number;
  /** Per-client budget of fresh `asOf` replays (see as-of-budget.ts). */
  readonly asOfBudget: AsOfBudget;
  /** Public records of the reader's projections with their proofs against the state root. */
  readonly stateProofs: StateProofs;
}
