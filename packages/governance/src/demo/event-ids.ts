/**
 * Deterministic event ids for the demo: RFC 9562 UUIDv7 layout — 48-bit Unix milliseconds of
 * the simulated time, version 7, the RFC variant — with the random bits replaced by bits of
 * the seed and a counter, so a demo ledger is the same byte for byte on every run while its
 * ids stay unique (the counter never repeats) and sort by simulated time.
 */
import { hash32 } from './random.ts';

/**
 * A source of event ids for `seed`: call it with the simulated time (Unix ms) of each event.
 *
 * @example
 * const nextId = demoEventIds(7);
 * nextId(Date.parse('2022-01-04T01:03:00Z')); // '017e22c5-a7e0-7xxx-8xxx-000000000000'
 */
export function demoEventIds(seed: number): (atMs: number) => string {
  const seedBits = hash32(`govledger-demo-event-ids:${seed}`);
  const randA = (seedBits >>> 20).toString(16).padStart(3, '0');
  const variant = (0x8000 | (seedBits & 0x3fff)).toString(16);
  let counter = 0;
  return (atMs) => {
    const time = Math.floor(atMs).toString(16).padStart(12, '0').slice(-12);
    const tail = (counter++).toString(16).padStart(12, '0');
    return `${time.slice(0, 8)}-${time.slice(8)}-7${randA}-${variant}-${tail}`;
  };
}
