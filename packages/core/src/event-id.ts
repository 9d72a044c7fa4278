/**
 * Event ids: UUIDv7 (RFC 9562), time-ordered, made by the store at append. One source for
 * every store, so ids look and sort the same whichever store recorded them.
 *
 * The `uuid` package lays out the bits. Its default draws 16 fresh random bytes from the
 * operating system for every id, and at bulk-append rates that call alone took 40 % of the
 * appending thread; so the random bytes come from a pool refilled 4 KiB at a time, and the
 * millisecond and counter that keep ids of one process in creation order are kept here
 * (RFC 9562 §6.2, method 1: a counter seeded from random bits at each new millisecond).
 */
import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let poolOffset = POOL_BYTES;

/** The next 16 unused random bytes of the pool (each byte is handed out once). */
function randomBytes16(): Uint8Array {
  if (poolOffset + 16 > POOL_BYTES) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  return bytes;
}

/** The millisecond of the last id and its 31-bit counter within that millisecond. */
let lastMs = Number.NEGATIVE_INFINITY;
let counter = 0;

/** A fresh UUIDv7 from the clock; successive ids of one process sort in creation order. */
export function newEventId(): string {
  const random = randomBytes16();
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    // Seeded from random bits with the top bit clear, leaving room to count up within the millisecond.
    counter = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else {
    counter = (counter + 1) | 0;
    // The counter ran out (or the clock stepped back): borrow the next millisecond.
    if (counter === 0) lastMs++;
  }
  return uuidv7({ random, msecs: lastMs, seq: counter });
}
