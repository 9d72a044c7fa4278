/**
 * EventStoreDB wants a UUID for every event. govledger's event ids are UUIDv7 already and
 * are used as they are, so the server's idempotent-write check sees our ids; an injected id
 * that is not a UUID (deterministic demos) is mapped to a name-based UUID (RFC 9562 v8 over
 * SHA-256), the same every time, so a retried append stays idempotent.
 */
import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The EventStoreDB event id for a govledger event id (or any text, such as a checkpoint). */
export function esdbEventId(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const bytes = createHash('sha256').update(id, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
