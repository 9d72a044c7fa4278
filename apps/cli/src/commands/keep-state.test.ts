import {
  encodeHash,
  leafHash,
  openCheckpoint,
  openStateNote,
  parseVerifierKey,
  stateLeafBytes,
  verifyInclusion,
} from '@govledger/core';
import { createReader } from '@govledger/reader';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { ledgerFiles } from '../ledger-files.ts';
import { openLedger } from '../open-ledger.ts';
import { allProjections } from '../projections.ts';
import { stateNoteAt, stateNoteSizes } from '../state/state-notes.ts';
import { committingRunner } from '../state/state-signer.ts';
import { REGISTRATIONS, SUBMISSIONS } from '../test-support/complaint-ledger.ts';
import { cliOverTestDouble } from '../test-support/esdb-double.ts';
import { govledger } from '../test-support/run-cli.ts';

// EventStoreDB cannot run on this machine: these tests run the CLI against the project's
// wire-level gRPC test double of EventStoreDB (packages/store-eventstoredb/src/test-double),
// not a real server.
const at = cliOverTestDouble();

describe('the log keeper signs state notes over EventStoreDB (wire-level test double)', () => {
  /**
   * A ledger written without its signing key (so no write signs anything), with `keep --once`
   * run after each submission: every checkpoint after the first is the keeper's.
   */
  async function keptLedger(): Promise<{ url: string; kept: string[] }> {
    const url = at.freshLedgerUrl('keep');
    const init = await govledger(['init', '--db', url, '--origin', 'zjg.example/ledger', '--key', 'keys/l.key'], {
      cwd: at.cwd,
    });
    expect(init.code, init.stderr).toBe(0);
    const kept: string[] = [];
    for (const lines of [REGISTRATIONS, ...SUBMISSIONS]) {
      const submitted = await govledger(['submit', '--db', url, '-'], { cwd: at.cwd, stdin: `${lines.join('\n')}\n` });
      expect(submitted.code, submitted.stderr).toBe(0);
      const keep = await govledger(['keep', '--db', url, '--key', 'keys/l.key', '--once'], { cwd: at.cwd });
      expect(keep.code, keep.stderr).toBe(0);
      kept.push(keep.stdout);
    }
    return { url, kept };
  }

  it('after writes through the keeper, each checkpoint has a state note of its size whose root a fresh replay recomputes', async () => {
    const { url, kept } = await keptLedger();
    const size = Number(/checkpoint signed at size (\d+)/.exec(kept.at(-1)!)?.[1]);
    expect(kept.at(-1)).toContain(`state note signed at size ${size}`);
    const vkey = (await govledger(['key', '--db', url, '--key', 'keys/l.key'], { cwd: at.cwd })).stdout.trim();
    const verifier = parseVerifierKey(vkey);
    if (!isRight(verifier)) throw new Error(`no verifier key: ${vkey}`);
    const store = openLedger(ledgerFiles({ db: url }, {}, at.cwd).db, { readonly: true });
    try {
      const checkpoints = await store.log.checkpoints();
      expect(checkpoints.map((c) => c.size)).toHaveLength(1 + 1 + SUBMISSIONS.length);
      expect(await stateNoteSizes(store)).toEqual(checkpoints.map((c) => c.size));
      const fresh = committingRunner(store);
      for (const checkpoint of checkpoints) {
        const opened = openCheckpoint(checkpoint.note, [verifier.right]);
        const note = openStateNote((await stateNoteAt(store, checkpoint.size))!, [verifier.right]);
        if (!isRight(opened) || !isRight(note)) throw new Error(`size ${checkpoint.size} does not open`);
        expect(note.right.head.size).toBe(checkpoint.size);
        expect(encodeHash(note.right.head.logRoot)).toBe(encodeHash(opened.right.checkpoint.root));
        await fresh.catchUp(checkpoint.size);
        expect(encodeHash(note.right.head.stateRoot)).toBe(encodeHash(fresh.stateRoot()!.root));
      }
    } finally {
      await store.close();
    }
    const verified = await govledger(['verify', '--db', url, '--key', vkey, '--state'], { cwd: at.cwd });
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`OK: ${2 + SUBMISSIONS.length} signed state root(s) recomputed from the log`);
  });

  it('the read API names the signed state of an EventStoreDB ledger and proves its figures against that note', async () => {
    const { url } = await keptLedger();
    const store = openLedger(ledgerFiles({ db: url }, {}, at.cwd).db, { readonly: true });
    // Built as `govledger serve` builds it: with every projection the state notes commit to.
    const app = createReader({ store, projections: allProjections });
    try {
      const head = await store.head();
      const signed = (await app.inject({ method: 'GET', url: '/v1/state/signed' })).json();
      expect(signed.signed.asOf.size).toBe(head.size);
      expect(signed.signed.note).toBe(await stateNoteAt(store, head.size));
      const answer = await app.inject({
        method: 'GET',
        url: `/v1/state/proofs?record=complaintBoard/c-1&asOf=${head.size - 1}`,
      });
      expect(answer.statusCode).toBe(200);
      const body = answer.json();
      expect(body.state.note).toBe(signed.signed.note);
      // The note's fifth line is the state root every proof of the answer leads to.
      expect(body.state.note.split('\n')[4]).toBe(body.state.root);
      const [proof] = body.proofs;
      const leaf = leafHash(stateLeafBytes(proof.model, proof.key, proof.record));
      expect(verifyInclusion({ ...proof, root: body.state.root }, leaf)._tag).toBe('Right');
    } finally {
      await app.close();
      await store.close();
    }
  });
});
