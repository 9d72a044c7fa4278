/**
 * `verify --state --export FILE --state-note FILE --checkpoint FILE --key VKEY`: the offline
 * state audit. The export's leaves are loaded into an in-memory store (which recomputes the
 * log root from them), the state note must name the checkpoint's log head, and the state
 * root recomputed by replaying every projection over the leaves must be the signed one.
 */
import { encodeHash, MemoryStore, openCheckpoint, type VerifierKey, describeCheckpointError } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { committingRunner } from './state-signer.ts';
import { checkStateNote, type StateAudit } from './verify-state.ts';

/** Audits a state note against an export (see the module comment). */
export async function verifyExportState(
  leaves: AsyncIterable<Uint8Array>,
  stateNote: string,
  checkpointNote: string,
  verifier: VerifierKey,
): Promise<StateAudit> {
  const opened = openCheckpoint(checkpointNote, [verifier]);
  if (isLeft(opened))
    return { ok: false, checked: [], notes: [], problem: `checkpoint: ${describeCheckpointError(opened.left)}` };
  const store = new MemoryStore();
  const collected: Uint8Array[] = [];
  for await (const leaf of leaves) {
    if (collected.length === opened.right.checkpoint.size) break;
    collected.push(Buffer.from(leaf));
  }
  const imported = await store.importLeaves(collected);
  if (isLeft(imported))
    return { ok: false, checked: [], notes: [], problem: `the export does not load: ${JSON.stringify(imported.left)}` };
  const head = await store.log.treeHead();
  if (
    head.size !== opened.right.checkpoint.size ||
    encodeHash(head.root) !== encodeHash(opened.right.checkpoint.root)
  ) {
    return {
      ok: false,
      checked: [],
      notes: [],
      problem: `the export's first ${head.size} entries do not have the checkpoint's root`,
    };
  }
  try {
    const result = await checkStateNote(stateNote, verifier, committingRunner(store), checkpointNote);
    if (result.problem !== undefined) return { ok: false, checked: [], notes: [], problem: result.problem };
    return {
      ok: true,
      checked: [{ size: result.head.size, records: result.head.records, root: encodeHash(result.head.stateRoot) }],
      notes: [],
    };
  } catch (error) {
    return { ok: false, checked: [], notes: [], problem: `state note: ${(error as Error).message}` };
  }
}

/** The report lines of a state audit. */
export function stateAuditText(audit: StateAudit): string {
  const lines = audit.ok
    ? [`OK: ${audit.checked.length} signed state root(s) recomputed from the log`]
    : [`FAILED: ${audit.problem}`];
  for (const c of audit.checked) lines.push(`state root at size ${c.size}: ${c.root} (${c.records} records)`);
  return `${[...lines, ...audit.notes.map((n) => `note: ${n}`)].join('\n')}\n`;
}
