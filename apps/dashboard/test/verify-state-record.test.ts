/**
 * The page's check of a figure against the signed state root (src/verify/state-record.ts),
 * run in Node's WebCrypto and held against core: a record core proves under a state note
 * core signs passes; any altered figure, proof hash, state root, signature or size fails
 * with its reason.
 */
import {
  encodeHash,
  encodeVerifierKey,
  generateSignerKey,
  ledgerStatistics,
  MemoryStore,
  ProjectionRunner,
  signCheckpoint,
  signStateNote,
  StateCommitment,
} from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Checkpoint, openCheckpoint, parseVerifierKey, type VerifierKey } from '../src/verify/note.ts';
import { describeStateReason } from '../src/verify/state-reasons.ts';
import { checkStateRecord, figureMatches, type StateRecordAnswer } from '../src/verify/state-record.ts';

const ORIGIN = 'ledger.example/zjg';

/** An answer a test proxy may edit anywhere. */
interface Editable {
  asOf: { size: number; root: string };
  state: { root: string; records: number; note: string | null };
  proof: { record: { count: number }; index: number; path: string[] };
}

describe('the page checks a figure against the signed state root', () => {
  let answer: StateRecordAnswer;
  let checkpoint: Checkpoint;
  let key: VerifierKey;
  let otherKey: VerifierKey;

  beforeAll(async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 29; i++) {
      const appended = await store.append(`s-${i % 4}`, [
        sampleEvent(`s-${i % 4}`, { n: i }, i % 2 ? 'Noted' : 'Counted'),
      ]);
      if (isLeft(appended)) throw new Error('append');
    }
    const signer = generateSignerKey(ORIGIN);
    const other = generateSignerKey(ORIGIN);
    if (isLeft(signer) || isLeft(other)) throw new Error('key');
    const head = await store.log.treeHead();
    const runner = new ProjectionRunner(store, [ledgerStatistics], {
      commitment: new StateCommitment([ledgerStatistics]),
    });
    await runner.catchUp();
    const state = runner.stateRoot()!;
    const note = signStateNote(
      { origin: ORIGIN, size: head.size, logRoot: head.root, records: state.records, stateRoot: state.root },
      signer.right,
    );
    const proof = runner.proveRecord('ledgerStatistics', 'type:Noted')!;
    answer = {
      asOf: { size: head.size, root: encodeHash(head.root) },
      state: { root: encodeHash(state.root), records: state.records, note },
      proof,
    };
    const parsedKey = await parseVerifierKey(encodeVerifierKey(signer.right));
    const parsedOther = await parseVerifierKey(encodeVerifierKey(other.right));
    if (!parsedKey.ok || !parsedOther.ok) throw new Error('vkey');
    key = parsedKey.value;
    otherKey = parsedOther.value;
    const opened = await openCheckpoint(
      signCheckpoint({ origin: ORIGIN, size: head.size, root: head.root }, signer.right),
      key,
    );
    if (!opened.ok) throw new Error(opened.reason);
    checkpoint = opened.value;
  });

  const altered = (edit: (copy: Editable) => void) => {
    const copy = structuredClone(answer) as unknown as Editable;
    edit(copy);
    return checkStateRecord(copy as unknown as StateRecordAnswer, checkpoint, key);
  };

  it('passes the record as core proves it, and the shown figure equals it', async () => {
    const checked = await checkStateRecord(answer, checkpoint, key);
    expect(checked).toEqual({ ok: true, record: { count: 14 } });
    expect(figureMatches(14, (answer.proof.record as { count: number }).count)).toBe(true);
    expect(figureMatches(15, (answer.proof.record as { count: number }).count)).toBe(false);
  });

  it('fails an altered figure, proof hash or index as a proof that does not lead to the state root', async () => {
    expect(await altered((c) => (c.proof.record.count = 15))).toEqual({ ok: false, reason: 'proof' });
    expect(await altered((c) => (c.proof.path[0] = c.proof.path[1] ?? ''))).toEqual({ ok: false, reason: 'proof' });
    expect(await altered((c) => (c.proof.index += 1))).toEqual({ ok: false, reason: 'proof' });
  });

  it('fails an altered state root or signature, and a note signed by another key', async () => {
    const lines = answer.state.note!.split('\n');
    const root = await altered((c) => {
      c.state.note = [...lines.slice(0, 4), lines[2], ...lines.slice(5)].join('\n');
    });
    expect(root).toEqual({ ok: false, reason: 'noteSignature' });
    expect(await checkStateRecord(answer, checkpoint, otherKey)).toEqual({ ok: false, reason: 'noteSignature' });
    expect(await altered((c) => (c.state.note = null))).toEqual({ ok: false, reason: 'noNote' });
  });

  it('fails a figure computed at another size than the verified checkpoint', async () => {
    expect(await altered((c) => (c.asOf.size -= 1))).toEqual({ ok: false, reason: 'otherSize' });
    const older = { ...checkpoint, size: checkpoint.size - 1 };
    expect(await checkStateRecord(answer, older, key)).toEqual({ ok: false, reason: 'otherCheckpoint' });
  });

  it('says why in Chinese on the Chinese page and in English on the English page', () => {
    expect(describeStateReason('proof', 'zh')).toBe('数字的证明无法推导出已签名的状态根');
    expect(describeStateReason('proof', 'en')).toBe("the figure's proof does not lead to the signed state root");
  });
});
