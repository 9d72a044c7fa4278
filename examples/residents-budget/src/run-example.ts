/**
 * Steps 4 and 5 — choose a store, record the story, replay it as of a past date, sign a
 * checkpoint, and check an inclusion proof against it the way an auditor would: with only
 * the published verifier key, the signed checkpoint and the entry's bytes.
 */
import {
  type EventStore,
  encodeHash,
  encodeVerifierKey,
  generateSignerKey,
  handleCommand,
  leafHash,
  openCheckpoint,
  parseVerifierKey,
  replayProjections,
  signCheckpoint,
  verifyInclusion,
  verifierKeyOf,
  verifyLedger,
} from '@govledger/core';
import { openSqliteStore } from '@govledger/store-sqlite';
import { isLeft } from 'fp-ts/lib/Either.js';
import { type BudgetView, budgetView, remainingCents } from './budget-view.ts';
import { budgetDecider, describeBudgetError } from './decide.ts';
import { BUDGET_STREAM, story } from './story.ts';

/** The log's name in its checkpoints; the signing key carries the same name. */
export const ORIGIN = 'maple-court.example/budget';

/** The budget figures a member would read. */
export interface BudgetFigures {
  readonly capCents: number;
  readonly approvedCents: number;
  readonly spentCents: number;
  readonly remainingCents: number;
  readonly proposals: readonly { readonly proposalId: string; readonly status: string; readonly spentCents: number }[];
}

/** Everything the example did and found, for printing and for its tests. */
export interface ExampleReport {
  /** Entries in the log after the story. */
  readonly size: number;
  /** Commands the rules refused, with the reason a member reads. */
  readonly refused: readonly { readonly at: string; readonly reason: string }[];
  readonly now: BudgetFigures;
  /** The same projection replayed as of the end of March 2025. */
  readonly endOfMarch: BudgetFigures & { readonly size: number };
  /** The signed checkpoint (C2SP signed note) and the verifier key auditors trust. */
  readonly checkpoint: string;
  readonly verifierKey: string;
  /** The inclusion proof of the last spending entry, checked against the checkpoint. */
  readonly inclusion: { readonly index: number; readonly size: number; readonly verified: boolean };
  /** A full audit: every leaf rehashed, every stored checkpoint checked. */
  readonly audit: { readonly ok: boolean; readonly entriesChecked: number; readonly problem?: string | undefined };
}

function figures(view: BudgetView): BudgetFigures {
  return {
    capCents: view.capCents,
    approvedCents: view.approvedCents,
    spentCents: view.spentCents,
    remainingCents: remainingCents(view),
    proposals: [...view.proposals.values()].map(({ proposalId, status, spentCents }) => ({
      proposalId,
      status,
      spentCents,
    })),
  };
}

/** Records the story through the decider; returns the refusals (a refusal writes nothing). */
async function recordStory(store: EventStore, setClock: (at: string) => void) {
  const refused: { at: string; reason: string }[] = [];
  for (const step of story) {
    setClock(step.at);
    const metadata = { actor: step.actor, occurredAt: step.at };
    const clock = () => new Date(step.at);
    const result = await handleCommand(store, budgetDecider, BUDGET_STREAM, step.command, metadata, { clock });
    if (isLeft(result)) {
      if (result.left._tag !== 'Rejected')
        throw new Error(`the store refused ${step.command.kind}: ${result.left._tag}`);
      refused.push({ at: step.at, reason: describeBudgetError(result.left.error) });
    }
  }
  return refused;
}

/** An auditor's check of one entry: the proof leads from its bytes to the signed root. */
async function checkInclusion(store: EventStore, index: number, note: string, verifierKey: string) {
  const verifier = parseVerifierKey(verifierKey);
  if (isLeft(verifier)) throw new Error(`bad verifier key: ${verifier.left.reason}`);
  const opened = openCheckpoint(note, [verifier.right]);
  if (isLeft(opened)) throw new Error(`checkpoint does not open: ${opened.left._tag}`);
  const { size, root } = opened.right.checkpoint;
  const proof = await store.log.inclusionProof(index, size);
  let leaf: Uint8Array | undefined;
  for await (const stored of store.readLeaves(index, index + 1)) leaf = stored.leaf;
  if (!leaf) throw new Error(`entry ${index} is missing`);
  const verified = !isLeft(verifyInclusion(proof, leafHash(leaf))) && proof.root === encodeHash(root);
  return { index, size, verified };
}

/**
 * Runs the whole example on a new SQLite ledger at `path`. The store's clock follows the
 * story's dates so that "as of the end of March" means the story's March; a real system
 * keeps the default clock (recordedAt is when the ledger recorded an act).
 */
export async function runExample(path: string): Promise<ExampleReport> {
  let now = new Date(0);
  const store = openSqliteStore(path, { clock: () => now });
  try {
    const refused = await recordStory(store, (at) => {
      now = new Date(at);
    });

    const current = await replayProjections(store, [budgetView]);
    const march = await replayProjections(store, [budgetView], { time: '2025-03-31T23:59:59Z' });

    const signer = generateSignerKey(ORIGIN);
    if (isLeft(signer)) throw new Error(`cannot make a key: ${signer.left.reason}`);
    const head = await store.log.treeHead();
    const checkpoint = signCheckpoint({ origin: ORIGIN, size: head.size, root: head.root }, signer.right);
    await store.log.saveCheckpoint({ size: head.size, note: checkpoint });
    const verifierKey = encodeVerifierKey(signer.right);

    let lastSpending = -1;
    for await (const event of store.readAll({ types: ['SpendingRecorded'] })) lastSpending = event.index;
    const inclusion = await checkInclusion(store, lastSpending, checkpoint, verifierKey);

    const audit = await verifyLedger(store, { verifier: verifierKeyOf(signer.right), trustedCheckpoint: checkpoint });
    return {
      size: head.size,
      refused,
      now: figures(current.states.budgetView as BudgetView),
      endOfMarch: { size: march.size, ...figures(march.states.budgetView as BudgetView) },
      checkpoint,
      verifierKey,
      inclusion,
      audit: { ok: audit.ok, entriesChecked: audit.entriesChecked, problem: audit.problem?.message },
    };
  } finally {
    await store.close();
  }
}
