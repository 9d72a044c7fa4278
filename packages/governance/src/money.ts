/**
 * Money as the ledger records it: integer fen (1 yuan = 100 fen), never a fraction of a yuan,
 * so every sum, share and balance is exact. Every area's amounts use these two codecs.
 */
import { checkedInteger } from '@govledger/core';

/** An amount in fen that may be zero (a total, a balance, what is left unallocated). */
export const Fen = checkedInteger('Fen', (n) => n >= 0, 'an amount in fen (an integer ≥ 0)');

/** An amount in fen that must be positive (a payment, a deposit, an amount requested). */
export const PositiveFen = checkedInteger('PositiveFen', (n) => n >= 1, 'an amount in fen (an integer ≥ 1)');
