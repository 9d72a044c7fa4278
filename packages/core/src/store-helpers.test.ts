import { describe, expect, it } from 'vitest';
import { checkSnapshotWithin, StoreGuard, storeMessages } from './store-helpers.ts';

describe('the guard every store puts before an operation', () => {
  const guarded = (open: boolean, readonly: boolean) =>
    new StoreGuard(() => open, readonly, {
      closed: () => new Error('closed'),
      readonly: (operation) => new Error(`readonly: ${operation}`),
    });

  it('lets an open writable store read and write', () => {
    expect(() => guarded(true, false).open()).not.toThrow();
    expect(() => guarded(true, false).writable('append events')).not.toThrow();
  });

  it("refuses every call on a closed store with the store's closed error", () => {
    expect(() => guarded(false, false).open()).toThrow('closed');
    expect(() => guarded(false, true).writable('append events')).toThrow('closed');
  });

  it('lets a readonly store read and refuses its writes, naming the operation', () => {
    expect(() => guarded(true, true).open()).not.toThrow();
    expect(() => guarded(true, true).writable('save a snapshot')).toThrow('readonly: save a snapshot');
  });

  it('asks whether the store is open at each call, so closing later is seen', () => {
    let open = true;
    const guard = new StoreGuard(() => open, false, {
      closed: () => new Error('closed'),
      readonly: () => new Error('readonly'),
    });
    guard.open();
    open = false;
    expect(() => guard.open()).toThrow('closed');
  });
});

describe('the check before a snapshot is saved', () => {
  it('accepts a snapshot within the head with an integer version', () => {
    expect(() => checkSnapshotWithin({ size: 10, version: 3 }, 10)).not.toThrow();
  });

  it('refuses a snapshot past the head with the size check of every store', () => {
    expect(() => checkSnapshotWithin({ size: 11, version: 3 }, 10)).toThrow(
      expect.objectContaining({ code: 'GL_ARGUMENT_OUT_OF_RANGE' }),
    );
  });

  it('refuses a version that is not an integer', () => {
    expect(() => checkSnapshotWithin({ size: 1, version: 1.5 }, 10)).toThrow(RangeError);
  });
});

describe('the messages every store gives alike', () => {
  it('name the store, the operation or the entry, and what to do', () => {
    expect(storeMessages.readonlyStore('ledger.db', 'append events')).toBe(
      'ledger.db was opened readonly: cannot append events',
    );
    expect(storeMessages.storeClosed('ledger.db')).toBe('the store on ledger.db is closed');
    expect(storeMessages.checkpointConflict(7)).toContain('size 7');
    expect(storeMessages.corruptEntry(3, 'a short hash')).toBe(
      'entry 3 is damaged: a short hash; run govledger verify',
    );
  });
});
