/**
 * Default event ids: RFC 9562 UUIDv7 (48-bit Unix milliseconds, then random bits), so ids
 * sort roughly by creation time and never repeat. Built from `crypto.randomUUID()` (a v4
 * with 122 random bits, buffered by Node) by overwriting its first 48 bits with the time and
 * its version nibble with 7; the variant bits are already RFC 9562's.
 */
import { randomUUID } from 'node:crypto';

/**
 * A fresh UUIDv7 string such as `0190b6f2-3c1a-7d4e-9f21-5b8c0a7e6d13`.
 * `nowMs` (Unix milliseconds, default `Date.now()`) is for tests.
 */
export function newUuidV7(nowMs: number = Date.now()): string {
  const time = Math.floor(nowMs).toString(16).padStart(12, '0').slice(-12);
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15)}`;
}
