/**
 * A hand-specialised check of the event envelope, run before the io-ts codecs of
 * `envelope.ts`: every event appended or imported passes through the envelope codec, and the
 * generic codec (intersections, exact-key walks, failure contexts) costs more per event than
 * the durable insert. These predicates accept only values the codec accepts unchanged, so a
 * value they accept is decoded as itself at once; anything else (including every invalid
 * value) goes through the codec, which stays the authority and names each problem.
 * `envelope-fast-check.test.ts` checks that soundness property-based against the codecs.
 */
import { isRealIsoTime, isValidId } from './envelope-fields.ts';

const FORBIDDEN_KEY = '__proto__';

function isPlainRecord(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && Object.getPrototypeOf(u) === Object.prototype;
}

function isName(u: unknown): boolean {
  return typeof u === 'string' && u.length > 0 && u.length <= 512;
}

function isId(u: unknown): boolean {
  return typeof u === 'string' && isValidId(u);
}

function isTime(u: unknown): boolean {
  return typeof u === 'string' && isRealIsoTime(u);
}

/** True when no object at any depth of `value` has a `__proto__` key (the exact codecs refuse one anywhere). */
function free(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!free(value[i])) return false;
    return true;
  }
  for (const key of Object.keys(value)) {
    if (key === FORBIDDEN_KEY || !free((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function isActor(u: unknown): boolean {
  if (!isPlainRecord(u)) return false;
  const keys = Object.keys(u);
  const both = keys.length === 2 && (keys[0] === 'id' ? keys[1] === 'role' : keys[0] === 'role' && keys[1] === 'id');
  return both && isId(u.id) && isName(u.role);
}

/** Proposed metadata (`recorded`: with the store's `recordedAt`, required). */
function isMetadata(u: unknown, recorded: boolean): boolean {
  if (!isPlainRecord(u)) return false;
  let seen = 0;
  for (const key of Object.keys(u)) {
    const value = u[key];
    switch (key) {
      case 'actor':
        if (!isActor(value)) return false;
        seen++;
        break;
      case 'occurredAt':
        if (!isTime(value)) return false;
        seen++;
        break;
      case 'recordedAt':
        if (!recorded || !isTime(value)) return false;
        seen++;
        break;
      case 'correlationId':
      case 'causationId':
        if (!isId(value)) return false;
        break;
      case 'backfilled':
        if (value !== true) return false;
        break;
      default:
        return false;
    }
  }
  return seen === (recorded ? 3 : 2);
}

/** The fields proposed and recorded events share, each present and valid. */
function hasEventFields(u: Record<string, unknown>): boolean {
  const { schemaVersion, data } = u;
  return (
    isId(u.streamId) &&
    isName(u.type) &&
    typeof schemaVersion === 'number' &&
    Number.isInteger(schemaVersion) &&
    schemaVersion >= 1 &&
    schemaVersion <= 65535 &&
    isPlainRecord(data) &&
    free(data)
  );
}

const PROPOSED_KEYS = new Set(['streamId', 'type', 'schemaVersion', 'data', 'metadata']);
const RECORDED_KEYS = new Set([...PROPOSED_KEYS, 'index', 'streamVersion', 'eventId']);

function hasExactly(u: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  const keys = Object.keys(u);
  if (keys.length !== allowed.size) return false;
  for (const key of keys) if (!allowed.has(key)) return false;
  return true;
}

/**
 * True only for a value the `ProposedEvent` codec accepts as is: a plain object with exactly
 * the envelope's fields, each valid, and no undeclared key anywhere the codec looks. False
 * means "ask the codec", not "invalid".
 */
export function isExactProposedEvent(u: unknown): boolean {
  return isPlainRecord(u) && hasExactly(u, PROPOSED_KEYS) && hasEventFields(u) && isMetadata(u.metadata, false);
}

/** As {@link isExactProposedEvent}, for the `RecordedEvent` codec (index, version, id and `recordedAt` too). */
export function isExactRecordedEvent(u: unknown): boolean {
  return (
    isPlainRecord(u) &&
    hasExactly(u, RECORDED_KEYS) &&
    Number.isFinite(u.index) &&
    Number.isFinite(u.streamVersion) &&
    isId(u.eventId) &&
    hasEventFields(u) &&
    isMetadata(u.metadata, true)
  );
}
