/**
 * The page's check that a figure's record did not exist yet at a past size
 * (src/verify/state-record.ts, `provesAbsence`): a record core proves at a later state, at a
 * leaf index past the earlier state's record count, is absent then; a record that already
 * existed, or an altered proof, is not.
 */
import {
  ledgerStatistics,
  MemoryStore,
  ProjectionRunner,
  StateCommitment,
  type StateRecordProof,
} from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { isEmptyFigure, type OpenedStateNote, provesAbsence } from '../src/verify/state-record.ts';

describe('the page proves that a record did not exist yet at a past size', () => {
  let recordsThen: number;
  let later: OpenedStateNote;
  let cameLater: StateRecordProof;
  let existedThen: StateRecordProof;

  beforeAll(async () => {
    const store = new MemoryStore();
    const append = async (i: number, type: string) => {
      const appended = await store.append(`s-${i}`, [sampleEvent(`s-${i}`, { n: i }, type)]);
      if (isLeft(appended)) throw new Error('append');
    };
    for (let i = 0; i < 5; i++) await append(i, 'Counted');
    const runner = new ProjectionRunner(store, [ledgerStatistics], {
      commitment: new StateCommitment([ledgerStatistics]),
    });
    await runner.catchUp();
    recordsThen = runner.stateRoot()!.records;
    expect(runner.proveRecord('ledgerStatistics', 'type:Noted')).toBeUndefined();
    for (let i = 5; i < 12; i++) await append(i, i % 2 ? 'Noted' : 'Counted');
    await runner.catchUp();
    const state = runner.stateRoot()!;
    later = { stateRoot: new Uint8Array(state.root), records: state.records };
    cameLater = runner.proveRecord('ledgerStatistics', 'type:Noted')!;
    existedThen = runner.proveRecord('ledgerStatistics', 'type:Counted')!;
  });

  it('accepts the later proof of a record whose leaf comes after every record of the earlier state', async () => {
    expect(cameLater.index).toBeGreaterThanOrEqual(recordsThen);
    expect(await provesAbsence(cameLater, later, recordsThen)).toBe(true);
  });

  it('refuses a record that already existed at the earlier size, though its later proof holds', async () => {
    expect(await provesAbsence(existedThen, later, recordsThen)).toBe(false);
  });

  it('refuses an altered later proof or a later state that does not hold it', async () => {
    const path = [...cameLater.path];
    path[0] = existedThen.leafHash;
    expect(await provesAbsence({ ...cameLater, path }, later, recordsThen)).toBe(false);
    expect(await provesAbsence(cameLater, { ...later, records: later.records + 1 }, recordsThen)).toBe(false);
  });

  it('reads only zero, empty, false or null figures as what a record that does not exist yet shows', () => {
    for (const empty of [0, '', false, null, [], {}, { count: 0, byMode: {} }, [0, null]])
      expect(isEmptyFigure(empty)).toBe(true);
    for (const figure of [1, '0%', true, [1], { count: 0, total: 3 }, -1]) expect(isEmptyFigure(figure)).toBe(false);
  });
});
